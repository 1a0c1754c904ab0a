package appraisal.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Authority;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.AmendAgreementCommand;
import appraisal.domain.port.in.agreement.ChangeWeightCommand;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.agreement.UpdateContextCommand;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.SetRollUpCommand;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.CloseAgreementCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordRefusalCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.ReopenAgreementCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authority as a matrix: every act × every party × every status (and "no agreement yet" for the
 * acts that draft), each cell run through the real use case on port fakes, asserting that it is
 * done, or refused with the exact code and nothing stored. The parties are fixed people of one
 * small org — the agreement under test is a district head's:
 * <pre>
 *   M0  head of the department (HEAD_ABOVE)
 *   └ D0  deputy (REVIEWER: the evaluator's supervisor)
 *     └ P1  province head (EVALUATOR)
 *       ├ H1  district head of X (APPRAISEE), with staff S1
 *       └ H2  district head of Y (OTHER)
 * </pre>
 * plus {@code user:admin} with an administrator's account (ADMINISTRATOR). The expected answer of
 * each cell is read from the table; what the table says is pinned by the rules tests below and by
 * {@code docs/authority.md}, which is generated from it.
 */
class AuthorityMatrixTest {

    static final RoundId ROUND = BuriramRound2565.round().id();
    static final PersonId M0 = new PersonId("M0");
    static final PersonId D0 = new PersonId("D0");
    static final PersonId P1 = new PersonId("P1");
    static final PersonId H1 = new PersonId("H1");
    static final PersonId H2 = new PersonId("H2");
    static final PersonId S1 = new PersonId("S1");
    static final Actor ADMIN = Actor.administrator(new PersonId("user:admin"));
    static final ItemId T2 = new ItemId("T2");

    static final Map<Party, Actor> ACTORS = new EnumMap<>(Map.of(
            Party.APPRAISEE, Actor.person(H1),
            Party.EVALUATOR, Actor.person(P1),
            Party.REVIEWER, Actor.person(D0),
            Party.HEAD_ABOVE, Actor.person(M0),
            Party.ADMINISTRATOR, ADMIN,
            Party.OTHER, Actor.person(H2)));

    /** One column of the matrix: an agreement in a status, or none yet. */
    record Column(Optional<AgreementStatus> status) {
        @Override
        public String toString() {
            return status.map(Enum::name).orElse("none yet");
        }
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Optional.empty()));
        for (AgreementStatus s : AgreementStatus.values()) {
            columns.add(new Column(Optional.of(s)));
        }
        for (Act act : Act.values()) {
            for (Party party : Party.values()) {
                for (Column column : columns) {
                    // An act that makes agreements has only the "none yet" column; an act on one has every status.
                    if (Authority.rule(act).onNewAgreement() == column.status().isEmpty()) {
                        cells.add(Arguments.of(act, party, column));
                    }
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} by {1} when {2}")
    @MethodSource("cells")
    void every_act_by_every_party_in_every_status_is_done_or_refused_with_its_code(Act act, Party party, Column column) {
        InMemorySystem system = organisation();
        Optional<AgreementId> target = column.status().map(s -> agreementIn(system, s));
        Optional<Agreement> before = target.map(system.agreements::show);
        int events = system.audit.all().size();
        int agreements = system.agreementStore.inRound(ROUND).size();
        String expected = expected(act, party, column.status());

        if (expected.isEmpty()) {
            run(system, act, ACTORS.get(party), target);
            assertThat(system.audit.all().size()).as("an allowed act is recorded").isGreaterThan(events);
            if (party == Party.ADMINISTRATOR) {
                assertThat(system.audit.all().subList(events, system.audit.all().size()))
                        .as("an administrator's act is recorded as such")
                        .allSatisfy(e -> assertThat(e.after()).containsEntry("authority", "administrator"));
            }
        } else {
            assertThatThrownBy(() -> run(system, act, ACTORS.get(party), target))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(expected));
            assertThat(system.audit.all()).as("a refused act records nothing").hasSize(events);
            assertThat(system.agreementStore.inRound(ROUND)).as("a refused act drafts nothing").hasSize(agreements);
            target.ifPresent(id -> assertThat(system.agreements.show(id).snapshot()).isEqualTo(before.orElseThrow().snapshot()));
        }
    }

    /** The table's answer for one cell: empty when allowed, else the code of the refusal. */
    static String expected(Act act, Party party, Optional<AgreementStatus> status) {
        Authority.Rule rule = Authority.rule(act);
        if (!rule.allowsStatus(status)) {
            return "agreement.illegal-transition";
        }
        if (!rule.allows(party)) {
            // H1 is the agreement's appraisee; a broadcast drafts for offices, where H1 is one head among others.
            return party == Party.APPRAISEE && act != Act.BROADCAST ? "authority.own-agreement" : "authority.not-allowed";
        }
        if (act == Act.CLOSE && status.orElseThrow() != AgreementStatus.REVIEWED) {
            // The round requires a review and D0 can give it.
            return "agreement.review-required";
        }
        return "";
    }

    /** Runs {@code act} through its use case with well-formed input. No default: a new act must say how it is run. */
    static void run(InMemorySystem system, Act act, Actor actor, Optional<AgreementId> target) {
        switch (act) {
            case DRAFT -> system.agreements.draft(new DraftAgreementCommand(ROUND, H1, P1, Optional.empty(), Facts.NONE,
                    ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))), actor));
            case BROADCAST -> system.cascades.broadcast(new BroadcastCascadeCommand(ROUND, new OrgUnitId("BRM"), ImmutableSet.of(),
                    ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))), Optional.empty(), ImmutableMap.of(), actor));
            case EDIT_DRAFT -> system.agreements.changeWeight(new ChangeWeightCommand(change(target, actor), T2, new BigDecimal("100")));
            case SET_ROLL_UP -> system.cascades.setRollUp(new SetRollUpCommand(change(target, actor), T2, Optional.empty()));
            case UPDATE_CONTEXT -> system.agreements.updateContext(new UpdateContextCommand(change(target, actor),
                    Facts.of("office.headcount", FactValue.of("4"))));
            case SIGN -> system.agreements.sign(new SignAgreementCommand(change(target, actor)));
            case AMEND -> system.agreements.amend(new AmendAgreementCommand(change(target, actor), "แก้ไขตัวชี้วัด"));
            case RECORD_RESULT -> system.agreements.record(new RecordResultCommand(change(target, actor), T2,
                    Facts.of("plan.achieved_pct", FactValue.of("93")), ImmutableList.of()));
            case SUBMIT -> system.agreements.submit(new SubmitSelfAssessmentCommand(change(target, actor)));
            case EVALUATE -> system.agreements.evaluate(new EvaluateAgreementCommand(change(target, actor), ImmutableMap.of(),
                    everyCompetency()));
            case ACKNOWLEDGE -> system.agreements.acknowledge(new AcknowledgeCommand(change(target, actor)));
            case RECORD_REFUSAL -> system.agreements.recordRefusal(new RecordRefusalCommand(change(target, actor), S1, "ไม่ลงนาม"));
            case REVIEW -> system.agreements.review(new ReviewAgreementCommand(change(target, actor), "เห็นด้วย"));
            case CLOSE -> system.agreements.close(new CloseAgreementCommand(change(target, actor)));
            case REOPEN -> system.agreements.reopen(new ReopenAgreementCommand(change(target, actor), "ผลการเบิกจ่ายปรับปรุง"));
            case DERIVE -> system.cascades.derive(new DeriveCascadeCommand(target.orElseThrow(), new AssignmentPlan(ImmutableList.of(
                    new Assignment(S1, ImmutableList.of(new CarriedItem(T2, Portion.share("1"))), ImmutableList.of()))), actor));
        }
    }

    private static AgreementChange change(Optional<AgreementId> target, Actor actor) {
        return AgreementChange.of(target.orElseThrow(), actor);
    }

    static CompetencyAssessment everyCompetency() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            levels.put(c.code(), 3);
        }
        return CompetencyAssessment.of(levels);
    }

    /** The org above, the round (review required) and the team indicators, with no agreement. */
    static InMemorySystem organisation() {
        InMemorySystem system = new InMemorySystem();
        PersonId setUp = new PersonId("set-up");
        List<OrgUnit> units = List.of(
                new OrgUnit(new OrgUnitId("CDD"), "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()),
                new OrgUnit(new OrgUnitId("BRM"), "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, Optional.of(new OrgUnitId("CDD"))),
                new OrgUnit(new OrgUnitId("X"), "อำเภอ X", OrgUnitKind.DISTRICT, Optional.of(new OrgUnitId("BRM"))),
                new OrgUnit(new OrgUnitId("Y"), "อำเภอ Y", OrgUnitKind.DISTRICT, Optional.of(new OrgUnitId("BRM"))));
        List<Person> people = List.of(
                person(M0, "CDD", PositionLevel.M2, null),
                person(D0, "CDD", PositionLevel.M1, M0),
                person(P1, "BRM", PositionLevel.M1, D0),
                person(H1, "X", PositionLevel.D1, P1),
                person(S1, "X", PositionLevel.K2, H1),
                person(H2, "Y", PositionLevel.D1, P1));
        system.org.importOrg(new ImportOrgCommand(ImmutableList.copyOf(units), ImmutableList.copyOf(people), setUp));
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), setUp));
        for (RubricEntry e : BuriramRound2565.teamRubric().entries()) {
            system.indicators.save(e.indicator());
        }
        return system;
    }

    private static Person person(PersonId id, String unit, PositionLevel level, PersonId supervisor) {
        return new Person(id, "คน " + id.value(), "ตำแหน่ง", level, new OrgUnitId(unit), Optional.ofNullable(supervisor), false);
    }

    /** H1's agreement with P1, walked by the right people to {@code status}. */
    static AgreementId agreementIn(InMemorySystem system, AgreementStatus status) {
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(ROUND, H1, P1, Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))), P1));
        if (status == AgreementStatus.DRAFT) {
            return id;
        }
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, H1)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, P1)));
        system.agreements.record(new RecordResultCommand(AgreementChange.of(id, H1), T2, Facts.of("plan.achieved_pct",
                FactValue.of("91")), ImmutableList.of()));
        if (status == AgreementStatus.AGREED) {
            return id;
        }
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, H1)));
        if (status == AgreementStatus.SELF_ASSESSED) {
            return id;
        }
        system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, P1), ImmutableMap.of(), everyCompetency()));
        switch (status) {
            case EVALUATED -> { }
            case REOPENED -> system.agreements.reopen(new ReopenAgreementCommand(AgreementChange.of(id, P1), "ทบทวนผล"));
            case REFUSED -> system.agreements.recordRefusal(new RecordRefusalCommand(AgreementChange.of(id, P1), S1, "ไม่ลงนาม"));
            case ACKNOWLEDGED, REVIEWED, CLOSED -> {
                system.agreements.acknowledge(new AcknowledgeCommand(AgreementChange.of(id, H1)));
                if (status != AgreementStatus.ACKNOWLEDGED) {
                    system.agreements.review(new ReviewAgreementCommand(AgreementChange.of(id, D0), "เห็นด้วย"));
                }
                if (status == AgreementStatus.CLOSED) {
                    system.agreements.close(new CloseAgreementCommand(AgreementChange.of(id, D0)));
                }
            }
            default -> fail("no walk to " + status);
        }
        assertThat(system.agreements.show(id).status()).isEqualTo(status);
        return id;
    }

    // ------------------------------------------------------------------ what the table says (Thai practice)

    @Test
    void the_table_has_one_row_per_act_in_the_acts_order() {
        assertThat(Authority.table()).extracting(Authority.Rule::act).containsExactly(Act.values());
    }

    @Test
    void nobody_evaluates_reviews_closes_or_reopens_their_own_agreement_nor_acknowledges_anyone_elses() {
        for (Act act : EnumSet.of(Act.EVALUATE, Act.RECORD_REFUSAL, Act.REVIEW, Act.CLOSE, Act.REOPEN, Act.UPDATE_CONTEXT)) {
            assertThat(Authority.rule(act).allows(Party.APPRAISEE)).as(act.name()).isFalse();
        }
        assertThat(Authority.rule(Act.ACKNOWLEDGE).parties()).containsExactly(Party.APPRAISEE);
        assertThat(Authority.rule(Act.EVALUATE).parties()).containsExactly(Party.EVALUATOR);
        assertThat(Authority.rule(Act.REVIEW).parties()).containsExactly(Party.REVIEWER);
    }

    @Test
    void signing_is_the_two_parties_own_and_no_administrator_signs_or_evaluates_for_them() {
        assertThat(Authority.rule(Act.SIGN).parties()).containsExactlyInAnyOrder(Party.APPRAISEE, Party.EVALUATOR);
        for (Act act : EnumSet.of(Act.SIGN, Act.ACKNOWLEDGE, Act.EVALUATE, Act.REVIEW, Act.RECORD_RESULT, Act.SUBMIT)) {
            assertThat(Authority.rule(act).allows(Party.ADMINISTRATOR)).as(act.name()).isFalse();
        }
    }

    @Test
    void closing_and_reopening_belong_to_the_evaluator_and_those_above_and_reopening_ends_with_the_evaluation_period() {
        for (Act act : EnumSet.of(Act.CLOSE, Act.REOPEN)) {
            assertThat(Authority.rule(act).parties()).as(act.name())
                    .containsExactlyInAnyOrder(Party.EVALUATOR, Party.REVIEWER, Party.HEAD_ABOVE, Party.ADMINISTRATOR);
        }
        assertThat(Authority.rule(Act.REOPEN).condition()).isEqualTo(Authority.Condition.WITHIN_EVALUATION_PERIOD);
    }

    @Test
    void nobody_else_may_do_anything() {
        assertThat(Authority.table()).allSatisfy(r -> assertThat(r.allows(Party.OTHER)).as(r.act().name()).isFalse());
    }

    // ------------------------------------------------------------------ conditions and the attacks found from outside

    @Test
    void where_the_round_requires_a_review_an_acknowledged_agreement_closes_only_after_it() {
        InMemorySystem system = organisation();
        AgreementId id = agreementIn(system, AgreementStatus.ACKNOWLEDGED);

        assertThatThrownBy(() -> system.agreements.close(new CloseAgreementCommand(AgreementChange.of(id, P1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.review-required"));
        system.agreements.review(new ReviewAgreementCommand(AgreementChange.of(id, D0), "เห็นด้วย"));
        system.agreements.close(new CloseAgreementCommand(AgreementChange.of(id, P1)));

        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.CLOSED);
    }

    @Test
    void where_the_rounds_review_is_optional_the_evaluator_closes_an_acknowledged_agreement() {
        InMemorySystem system = organisation();
        Round required = system.rounds.find(ROUND).orElseThrow();
        system.rounds.save(new Round(required.id(), required.fiscalYear(), required.number(), required.deadlines(), required.scheme(),
                new RoundSettings(ReviewPolicy.OPTIONAL, required.settings().evidence())));
        AgreementId id = agreementIn(system, AgreementStatus.ACKNOWLEDGED);

        system.agreements.close(new CloseAgreementCommand(AgreementChange.of(id, P1)));

        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.CLOSED);
    }

    @Test
    void where_nobody_is_above_the_evaluator_to_review_the_agreement_closes_once_acknowledged() {
        InMemorySystem system = organisation();
        // M0 has no supervisor: an agreement M0 evaluates has no reviewer, whatever the round says.
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(ROUND, D0, M0, Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))), M0));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, D0)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, M0)));
        system.agreements.record(new RecordResultCommand(AgreementChange.of(id, D0), T2, Facts.of("plan.achieved_pct",
                FactValue.of("91")), ImmutableList.of()));
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, D0)));
        system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, M0), ImmutableMap.of(), everyCompetency()));
        system.agreements.acknowledge(new AcknowledgeCommand(AgreementChange.of(id, D0)));

        system.agreements.close(new CloseAgreementCommand(AgreementChange.of(id, M0)));

        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.CLOSED);
    }

    @Test
    void after_the_evaluation_deadline_only_an_administrator_reopens_and_the_trail_says_so() {
        InMemorySystem system = organisation();
        AgreementId id = agreementIn(system, AgreementStatus.CLOSED);
        system.clock.set(Instant.parse("2022-10-01T03:00:00Z"));
        int events = system.audit.all().size();

        for (PersonId above : List.of(P1, D0, M0)) {
            assertThatThrownBy(() -> system.agreements.reopen(new ReopenAgreementCommand(AgreementChange.of(id, above), "ทบทวน")))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("authority.after-evaluation-period");
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    });
        }
        assertThat(system.audit.all()).hasSize(events);
        system.agreements.reopen(new ReopenAgreementCommand(AgreementChange.of(id, ADMIN), "คำสั่งศาลปกครอง"));

        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.REOPENED);
        assertThat(system.agreements.history(id).get(system.agreements.history(id).size() - 1).after())
                .containsEntry("authority", "administrator").containsEntry("reason", "คำสั่งศาลปกครอง");
    }

    @Test
    void an_appraisee_who_closed_reopened_and_raised_their_own_score_is_now_refused_at_each_step() {
        InMemorySystem system = organisation();
        AgreementId id = agreementIn(system, AgreementStatus.ACKNOWLEDGED);
        Agreement before = system.agreements.show(id);

        assertThatThrownBy(() -> system.agreements.close(new CloseAgreementCommand(AgreementChange.of(id, H1))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("authority.own-agreement"));
        assertThatThrownBy(() -> system.agreements.reopen(new ReopenAgreementCommand(AgreementChange.of(id, H1), "แก้ผล")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("authority.own-agreement"));

        assertThat(system.agreements.show(id).snapshot()).isEqualTo(before.snapshot());
    }

    @Test
    void an_administrator_who_is_the_appraisee_is_still_the_appraisee() {
        InMemorySystem system = organisation();
        AgreementId id = agreementIn(system, AgreementStatus.REVIEWED);

        assertThatThrownBy(() -> system.agreements.close(new CloseAgreementCommand(AgreementChange.of(id, Actor.administrator(H1)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("authority.own-agreement"));
    }

    @Test
    void a_judgement_is_the_evaluators_and_an_appraisee_reporting_it_as_a_result_is_refused() {
        InMemorySystem system = organisation();
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(ROUND, H1, P1, Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("T4", Section.TEAM, new BigDecimal("100"))), P1));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, H1)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, P1)));
        String judgement = system.indicators.latest("T4").orElseThrow().levels().stream()
                .flatMap(l -> l.criterion().judgementFacts().stream()).findFirst().orElseThrow();
        Agreement before = system.agreements.show(id);

        assertThatThrownBy(() -> system.agreements.record(new RecordResultCommand(AgreementChange.of(id, H1), new ItemId("T4"),
                Facts.of(judgement, FactValue.flag(true)), ImmutableList.of())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("authority.judgement-is-evaluators");
                    assertThat(e.getMessage()).contains(judgement).contains("evaluation");
                });
        assertThat(system.agreements.show(id).snapshot()).isEqualTo(before.snapshot());
    }

    @Test
    void what_an_actor_may_do_now_is_what_the_use_cases_will_do() {
        InMemorySystem system = organisation();
        AgreementId id = agreementIn(system, AgreementStatus.EVALUATED);

        assertThat(system.agreements.allowedActs(id, Actor.person(H1))).containsExactlyInAnyOrder(Act.ACKNOWLEDGE, Act.DERIVE);
        assertThat(system.agreements.allowedActs(id, Actor.person(P1)))
                .containsExactlyInAnyOrder(Act.RECORD_REFUSAL, Act.REOPEN, Act.DERIVE);
        assertThat(system.agreements.allowedActs(id, Actor.person(H2))).isEmpty();
        assertThat(system.agreements.allowedActs(id, ADMIN)).containsExactlyInAnyOrder(Act.REOPEN, Act.DERIVE);
    }

    @Test
    void a_parent_link_goes_only_to_the_evaluators_own_agreement_and_a_missing_one_looks_like_one_out_of_sight() {
        InMemorySystem system = organisation();
        AgreementId h1 = agreementIn(system, AgreementStatus.AGREED);
        AgreementId h2 = system.agreements.draft(new DraftAgreementCommand(ROUND, H2, P1, Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))), P1));
        int events = system.audit.all().size();
        ImmutableList<ItemDraft> items = ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100")));

        // S1 drafts their own agreement naming another district's agreement, then an id that does not exist.
        DomainException outOfSight = catchDomain(() -> system.agreements.draft(new DraftAgreementCommand(ROUND, S1, H1,
                Optional.of(h2), Facts.NONE, items, S1)));
        DomainException missing = catchDomain(() -> system.agreements.draft(new DraftAgreementCommand(ROUND, S1, H1,
                Optional.of(new AgreementId("AG-999")), Facts.NONE, items, S1)));
        assertThat(outOfSight.code()).isEqualTo("agreement.parent-not-found").isEqualTo(missing.code());
        assertThat(outOfSight.kind()).isEqualTo(DomainException.Kind.NOT_FOUND).isEqualTo(missing.kind());
        assertThat(outOfSight.getMessage().replace(h2.value(), "X")).isEqualTo(missing.getMessage().replace("AG-999", "X"));
        // The province head sees H2's agreement, but it is not S1's evaluator's.
        assertThat(catchDomain(() -> system.agreements.draft(new DraftAgreementCommand(ROUND, S1, H1, Optional.of(h2), Facts.NONE,
                items, P1))).code()).isEqualTo("agreement.parent-not-evaluators");
        assertThat(system.audit.all()).hasSize(events);

        AgreementId s1 = system.agreements.draft(new DraftAgreementCommand(ROUND, S1, H1, Optional.of(h1), Facts.NONE, items, H1));
        assertThat(system.agreements.show(s1).parent()).contains(h1);
    }

    private static DomainException catchDomain(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }
}
