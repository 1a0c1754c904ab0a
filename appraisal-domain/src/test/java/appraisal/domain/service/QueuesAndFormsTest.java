package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.DIRECTOR;
import static appraisal.domain.seed.BuriramDistricts.PROVINCIAL;
import static appraisal.domain.seed.BuriramDistricts.head;
import static appraisal.domain.seed.BuriramDistricts.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.rubric.RubricTemplateCommand;
import appraisal.domain.port.in.scoring.ExpectedCompetency;
import appraisal.domain.port.in.task.Task;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What the page's queues, evaluation form and broadcast template are made of. */
class QueuesAndFormsTest {

    private static final RoundId ROUND = BuriramRound2565.round().id();

    private final InMemorySystem system = new InMemorySystem();

    private AgreementId districtOne() {
        BuriramDistricts.setUp(system, 2);
        return system.cascades.broadcast(BroadcastCascadeCommand.toEveryOffice(ROUND, BuriramDistricts.PROVINCE,
                BuriramDistricts.teamTemplate(), PROVINCIAL)).entries().get(0).agreement();
    }

    private static List<Task.Step> steps(List<Task> tasks, AgreementId id) {
        return tasks.stream().filter(t -> t.agreement().id().equals(id)).map(Task::step).toList();
    }

    @Test
    void each_party_finds_the_agreement_in_their_queue_when_the_next_step_is_theirs() {
        AgreementId id = districtOne();
        assertThat(steps(system.tasks.awaiting(head(1), ROUND), id)).containsExactly(Task.Step.SIGN);
        assertThat(steps(system.tasks.awaiting(PROVINCIAL, ROUND), id)).containsExactly(Task.Step.SIGN);
        assertThat(steps(system.tasks.awaiting(head(2), ROUND), id)).isEmpty();

        BuriramDistricts.signByBoth(system, id, head(1), PROVINCIAL);
        assertThat(steps(system.tasks.awaiting(head(1), ROUND), id)).containsExactly(Task.Step.REPORT);
        assertThat(steps(system.tasks.awaiting(PROVINCIAL, ROUND), id)).isEmpty();

        for (var item : system.agreements.show(id).items()) {
            system.agreements.record(new RecordResultCommand(AgreementChange.of(id, head(1)), item.id(),
                    appraisal.domain.model.criterion.Facts.NONE, ImmutableList.of()));
        }
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, head(1))));
        assertThat(steps(system.tasks.awaiting(PROVINCIAL, ROUND), id)).containsExactly(Task.Step.EVALUATE);
        assertThat(steps(system.tasks.awaiting(head(1), ROUND), id)).isEmpty();

        system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, PROVINCIAL), ImmutableMap.of(), all(3)));
        assertThat(steps(system.tasks.awaiting(head(1), ROUND), id)).containsExactly(Task.Step.ACKNOWLEDGE);

        system.agreements.acknowledge(new AcknowledgeCommand(AgreementChange.of(id, head(1))));
        assertThat(steps(system.tasks.awaiting(DIRECTOR, ROUND), id)).as("the evaluator's supervisor reviews")
                .containsExactly(Task.Step.REVIEW);
        assertThat(steps(system.tasks.awaiting(PROVINCIAL, ROUND), id)).isEmpty();

        system.agreements.review(new ReviewAgreementCommand(AgreementChange.of(id, DIRECTOR), "เห็นด้วย"));
        assertThat(steps(system.tasks.awaiting(DIRECTOR, ROUND), id)).containsExactly(Task.Step.CLOSE);
        assertThat(steps(system.tasks.awaiting(staff(1, 1), ROUND), id)).isEmpty();
    }

    private static CompetencyAssessment all(int level) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            levels.put(c.code(), level);
        }
        return CompetencyAssessment.of(levels);
    }

    @Test
    void a_district_heads_evaluation_assesses_the_management_competencies_at_the_levels_the_scheme_expects_of_d1() {
        AgreementId id = districtOne();

        List<ExpectedCompetency> expected = system.scoring.competencies(id);

        assertThat(expected).extracting(ExpectedCompetency::competency).containsExactly(Competency.values());
        assertThat(expected).filteredOn(e -> e.competency() == Competency.LEADERSHIP).singleElement()
                .satisfies(e -> assertThat(e.expectedLevel()).isEqualTo(OptionalInt.of(1)));
        assertThat(expected).filteredOn(e -> e.competency() == Competency.ACHIEVEMENT).singleElement()
                .satisfies(e -> assertThat(e.expectedLevel()).isEqualTo(OptionalInt.of(3)));
    }

    @Test
    void a_staff_members_evaluation_assesses_only_the_core_competencies() {
        districtOne();
        AgreementId staffs = system.agreements.draft(new appraisal.domain.port.in.agreement.DraftAgreementCommand(ROUND, staff(1, 1), head(1),
                java.util.Optional.empty(), appraisal.domain.model.criterion.Facts.NONE,
                ImmutableList.of(ItemDraft.of("T1", Section.TEAM, new BigDecimal("100"))), head(1)));

        assertThat(system.scoring.competencies(staffs)).extracting(ExpectedCompetency::competency)
                .containsExactly(Competency.ACHIEVEMENT, Competency.SERVICE_MIND, Competency.EXPERTISE, Competency.INTEGRITY,
                        Competency.TEAMWORK);
    }

    @Test
    void the_team_section_of_the_imported_rubric_is_a_template_on_the_stored_versions_with_the_sources_weights() {
        BuriramDistricts.setUp(system, 1);

        List<ItemDraft> template = system.rubrics.template(new RubricTemplateCommand(BuriramRound2565.teamTree(), Section.TEAM));

        assertThat(template).extracting(ItemDraft::indicatorCode).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
        assertThat(template).allSatisfy(d -> assertThat(d.version()).isEqualTo(OptionalInt.of(1)));
        assertThat(template.stream().map(ItemDraft::weight).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThatThrownBy(() -> system.rubrics.template(new RubricTemplateCommand(BuriramRound2565.teamTree(), Section.INDIVIDUAL)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("rubric.section-empty"));
    }

    @Test
    void a_rubric_whose_indicators_are_not_stored_as_written_is_no_template() {
        InMemorySystem empty = new InMemorySystem();
        Node tree = BuriramRound2565.teamTree();

        assertThatThrownBy(() -> empty.rubrics.template(new RubricTemplateCommand(tree, Section.TEAM)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("rubric.not-imported");
                    assertThat(e.getMessage()).contains("T1, T2");
                });
    }

    @Test
    void an_evaluation_that_leaves_out_a_management_competency_names_it_as_the_field() {
        AgreementId id = districtOne();
        BuriramDistricts.signByBoth(system, id, head(1), PROVINCIAL);
        for (var item : system.agreements.show(id).items()) {
            system.agreements.record(new RecordResultCommand(AgreementChange.of(id, head(1)), item.id(),
                    appraisal.domain.model.criterion.Facts.NONE, ImmutableList.of()));
        }
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, head(1))));
        Map<String, Integer> core = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            if (!c.management()) {
                core.put(c.code(), 3);
            }
        }

        assertThatThrownBy(() -> system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, PROVINCIAL),
                ImmutableMap.of(), CompetencyAssessment.of(core))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("competency.missing");
                    assertThat(e.location()).isEqualTo("mgmt.leadership");
                });
    }
}
