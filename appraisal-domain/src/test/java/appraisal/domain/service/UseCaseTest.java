package appraisal.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.RecordResultsCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The use cases over port fakes: what each refuses, what it stores, and that it stores it once. */
class UseCaseTest {

    private final InMemorySystem system = new InMemorySystem();
    private final PersonId admin = new PersonId("admin");

    private void organisation() {
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("CDD"), "กรม", OrgUnitKind.DEPARTMENT, Optional.empty()), admin));
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("BRM"), "บุรีรัมย์", OrgUnitKind.PROVINCE,
                Optional.of(new OrgUnitId("CDD"))), admin));
        person("P1", Optional.empty());
        person("P2", Optional.of("P1"));
        person("P3", Optional.of("P2"));
    }

    private void person(String id, Optional<String> supervisor) {
        system.org.register(new RegisterPersonCommand(new Person(new PersonId(id), "คน " + id, "นักพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId("BRM"), supervisor.map(PersonId::new), false), admin));
    }

    /** The team rubric with T1's level 1 text changed: a new version of T1 only. */
    private static Node teamRubricWithT1Reworded() {
        Node.Obj tree = BuriramRound2565.teamTree();
        Node.Obj t1 = (Node.Obj) ((Node.Arr) tree.fields().get("indicators")).items().get(0);
        var fields = new java.util.LinkedHashMap<>(t1.fields());
        fields.put("title", Node.text("ร้อยละของการเบิกจ่ายงบประมาณ (ปรับถ้อยคำ)"));
        var indicators = new ArrayList<>(((Node.Arr) tree.fields().get("indicators")).items());
        indicators.set(0, new Node.Obj(com.google.common.collect.ImmutableMap.copyOf(fields)));
        var root = new java.util.LinkedHashMap<>(tree.fields());
        root.put("indicators", Node.arr(indicators));
        return new Node.Obj(com.google.common.collect.ImmutableMap.copyOf(root));
    }

    @Test
    void importing_a_rubric_twice_stores_each_indicator_once_and_a_change_as_a_new_version() {
        assertThat(system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin)).newVersions()).hasSize(8);
        assertThat(system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin)).newVersions()).isEmpty();

        var changed = system.rubrics.importRubric(new ImportRubricCommand(teamRubricWithT1Reworded(), admin));

        assertThat(changed.newVersions()).containsExactly(new IndicatorRef("T1", 2));
        assertThat(system.indicators.find(new IndicatorRef("T1", 1))).isPresent();
        assertThat(system.indicators.latest("T1").orElseThrow().title()).endsWith("(ปรับถ้อยคำ)");
        assertThat(system.audit.all()).filteredOn(e -> e.type().equals("indicator.version-stored")).hasSize(9);
    }

    @Test
    void a_rubric_with_an_error_is_refused_and_nothing_is_stored() {
        Node.Obj tree = BuriramRound2565.teamTree();
        Node.Obj t1 = (Node.Obj) ((Node.Arr) tree.fields().get("indicators")).items().get(0);
        var levels = new ArrayList<>(((Node.Arr) t1.fields().get("levels")).items());
        levels.remove(4);
        var fields = new java.util.LinkedHashMap<>(t1.fields());
        fields.put("levels", Node.arr(levels));
        var indicators = new ArrayList<>(((Node.Arr) tree.fields().get("indicators")).items());
        indicators.set(0, new Node.Obj(com.google.common.collect.ImmutableMap.copyOf(fields)));
        var root = new java.util.LinkedHashMap<>(tree.fields());
        root.put("indicators", Node.arr(indicators));

        assertThatThrownBy(() -> system.rubrics.importRubric(new ImportRubricCommand(
                new Node.Obj(com.google.common.collect.ImmutableMap.copyOf(root)), admin)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("rubric.has-errors");
                    assertThat(e.getMessage()).contains("rubric.level-count").contains("/indicators/0/levels");
                });
        assertThat(system.indicators.allLatest()).isEmpty();
        assertThat(system.audit.all()).isEmpty();
    }

    @Test
    void an_agreement_is_drafted_only_with_the_appraisees_supervisor_as_evaluator() {
        organisation();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin));
        ImmutableList<ItemDraft> items = ImmutableList.of(ItemDraft.of("T1", Section.TEAM, new BigDecimal("100")));

        assertThatThrownBy(() -> system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(),
                new PersonId("P3"), new PersonId("P1"), Optional.empty(), Facts.NONE, items, Actor.administrator(admin))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("agreement.evaluator-not-supervisor");
                    assertThat(e.getMessage()).contains("P2");
                });
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(),
                new PersonId("P3"), new PersonId("P2"), Optional.empty(), Facts.NONE, items, Actor.administrator(admin)));
        assertThat(system.agreements.show(id).items()).singleElement()
                .satisfies(i -> assertThat(i.responsibleUnit()).isEqualTo(BuriramRound2565.COORDINATION));
    }

    @Test
    void drafting_with_an_indicator_nobody_imported_names_it() {
        organisation();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));

        assertThatThrownBy(() -> system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(),
                new PersonId("P3"), new PersonId("P2"), Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("X9", Section.TEAM, new BigDecimal("100"))), Actor.administrator(admin))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("X9");
                });
        assertThat(system.agreementStore.inRound(BuriramRound2565.round().id())).isEmpty();
    }

    @Test
    void a_supervisor_chain_that_loops_is_refused() {
        organisation();

        assertThatThrownBy(() -> person("P1", Optional.of("P3")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("person.supervisor-cycle"));
        assertThat(system.people.find(new PersonId("P1")).orElseThrow().supervisor()).isEmpty();
    }

    @Test
    void a_unit_under_an_unknown_parent_is_refused() {
        assertThatThrownBy(() -> system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("X"), "x",
                OrgUnitKind.DISTRICT, Optional.of(new OrgUnitId("NOPE"))), admin)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("org.unknown-parent"));
        assertThat(system.units.all()).isEmpty();
    }

    @Test
    void scoring_a_round_lists_drafts_that_cannot_be_scored_yet_with_the_reason() {
        organisation();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin));
        AgreementId half = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), new PersonId("P3"),
                new PersonId("P2"), Optional.empty(), Facts.NONE, ImmutableList.of(ItemDraft.of("T1", Section.TEAM, new BigDecimal("60"))), Actor.administrator(admin)));

        RoundScores scores = system.scoring.score(BuriramRound2565.round().id());

        assertThat(scores.scores()).isEmpty();
        assertThat(scores.unscored()).containsOnlyKeys(half);
        assertThat(scores.unscored().get(half)).contains("agreement.weights-not-100").contains("60");
    }

    @Test
    void an_evaluation_that_leaves_out_a_competency_is_refused_and_nothing_is_stored() {
        PersonId appraisee = new PersonId("P3");
        PersonId evaluator = new PersonId("P2");
        AgreementId id = agreedBetweenP3AndP2(ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))));
        system.agreements.record(new RecordResultCommand(AgreementChange.of(id, appraisee), new ItemId("T2"),
                Facts.of("plan.achieved_pct", FactValue.of("91")), ImmutableList.of()));
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, appraisee)));
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            if (!c.management() && c != Competency.TEAMWORK) {
                levels.put(c.code(), 2);
            }
        }

        assertThatThrownBy(() -> system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, evaluator),
                ImmutableMap.of(), CompetencyAssessment.of(levels))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("competency.missing");
                    assertThat(e.getMessage()).contains("core.teamwork");
                });
        levels.put("core.team-work", 2);
        assertThatThrownBy(() -> system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, evaluator),
                ImmutableMap.of(), CompetencyAssessment.of(levels))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("competency.unknown"));
        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.SELF_ASSESSED);
        assertThat(system.agreements.show(id).evaluation()).isEmpty();

        levels.remove("core.team-work");
        levels.put(Competency.TEAMWORK.code(), 2);
        system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, evaluator), ImmutableMap.of(),
                CompetencyAssessment.of(levels)));
        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.EVALUATED);
    }

    @Test
    void a_preview_scores_typed_facts_over_the_stored_ones_as_scoring_them_would_and_stores_nothing() {
        PersonId appraisee = new PersonId("P3");
        AgreementId id = agreedBetweenP3AndP2(ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))));
        system.agreements.record(new RecordResultCommand(AgreementChange.of(id, appraisee), new ItemId("T2"),
                Facts.of("plan.achieved_pct", FactValue.of("76")), ImmutableList.of()));
        long version = system.agreements.show(id).version();
        int stored = system.scoring.score(id).items().get(0).computed().level();

        appraisal.domain.model.scoring.IndicatorScore typed = system.scoring.preview(id, new ItemId("T2"),
                Facts.of("plan.achieved_pct", FactValue.of("96")));
        appraisal.domain.model.scoring.IndicatorScore same = system.scoring.preview(id, new ItemId("T2"), Facts.NONE);

        assertThat(typed.level()).isGreaterThan(stored);
        system.agreements.record(new RecordResultCommand(AgreementChange.of(id, appraisee), new ItemId("T2"),
                Facts.of("plan.achieved_pct", FactValue.of("96")), ImmutableList.of()));
        assertThat(system.scoring.score(id).items().get(0).computed()).isEqualTo(typed);
        assertThat(same.level()).isEqualTo(stored);
        assertThat(system.agreements.show(id).version()).isEqualTo(version + 1);
        assertThatThrownBy(() -> system.scoring.preview(id, new ItemId("T9"), Facts.NONE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.item-not-found"));
    }

    @Test
    void results_of_several_items_are_recorded_in_one_change_with_the_events_of_recording_them_one_by_one() {
        PersonId appraisee = new PersonId("P3");
        PersonId evaluator = new PersonId("P2");
        AgreementId id = agreedBetweenP3AndP2(ImmutableList.of(ItemDraft.of("T1", Section.TEAM, new BigDecimal("40")),
                ItemDraft.of("T2", Section.TEAM, new BigDecimal("60"))));
        long before = system.agreements.show(id).version();
        int events = system.audit.all().size();

        long after = system.agreements.recordAll(new RecordResultsCommand(AgreementChange.of(id, appraisee), ImmutableList.of(
                new RecordResultsCommand.Result(new ItemId("T2"), Facts.of("plan.achieved_pct", FactValue.of("91")), ImmutableList.of()),
                new RecordResultsCommand.Result(new ItemId("T1"), Facts.of("budget.disbursed_pct", FactValue.of("96.5")),
                        ImmutableList.of()))));

        assertThat(after).isEqualTo(before + 1);
        assertThat(system.agreements.show(id).results()).containsOnlyKeys(new ItemId("T1"), new ItemId("T2"));
        assertThat(system.agreements.show(id).result(new ItemId("T2")).orElseThrow().facts().get("plan.achieved_pct"))
                .contains(FactValue.of("91"));
        assertThat(system.audit.all().subList(events, system.audit.all().size())).extracting(e -> e.type())
                .containsExactly("agreement.result-recorded", "agreement.result-recorded");
    }

    @Test
    void results_of_several_items_are_all_refused_when_one_item_is_not_on_the_agreement() {
        PersonId appraisee = new PersonId("P3");
        PersonId evaluator = new PersonId("P2");
        AgreementId id = agreedBetweenP3AndP2(ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))));

        assertThatThrownBy(() -> system.agreements.recordAll(new RecordResultsCommand(AgreementChange.of(id, appraisee), ImmutableList.of(
                new RecordResultsCommand.Result(new ItemId("T2"), Facts.of("plan.achieved_pct", FactValue.of("91")), ImmutableList.of()),
                new RecordResultsCommand.Result(new ItemId("T7"), Facts.of("x", FactValue.of("1")), ImmutableList.of())))))
                .isInstanceOf(DomainException.class);
        assertThat(system.agreements.show(id).results()).isEmpty();
    }

    @Test
    void each_use_case_runs_in_one_unit_of_work() {
        organisation();
        int before = system.unitOfWork.transactions();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin));

        assertThat(system.unitOfWork.transactions() - before).isEqualTo(2);
        List<String> types = system.audit.all().stream().map(e -> e.type()).distinct().toList();
        assertThat(types).contains("org-unit.registered", "person.registered", "round.opened", "indicator.version-stored");
    }

    /** The organisation, the round and the team rubric, and an agreement P3 (appraisee) and P2 (evaluator) have both signed. */
    private AgreementId agreedBetweenP3AndP2(ImmutableList<ItemDraft> items) {
        organisation();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin));
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), new PersonId("P3"),
                new PersonId("P2"), Optional.empty(), Facts.NONE, items, Actor.administrator(admin)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, new PersonId("P3"))));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, new PersonId("P2"))));
        return id;
    }
}
