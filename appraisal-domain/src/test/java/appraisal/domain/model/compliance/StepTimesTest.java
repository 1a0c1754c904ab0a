package appraisal.domain.model.compliance;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When an agreement first reached each step, from its trail or, without one, from its own data. */
class StepTimesTest {

    @Test
    void the_first_time_both_signed_counts_even_after_an_amendment_and_a_second_signing() {
        Agreement a = anAgreement().draft();
        List<DomainEvent> trail = new ArrayList<>();
        a.sign(APPRAISEE, day(3));
        a.sign(EVALUATOR, day(5));
        a.amend(EVALUATOR, "new target", day(20));
        a.sign(APPRAISEE, day(21));
        a.sign(EVALUATOR, day(22));
        trail.addAll(a.pendingEvents());

        StepTimes times = StepTimes.of(a, trail);

        assertThat(times.agreed()).contains(day(5));
        assertThat(times.selfAssessed()).isEmpty();
        assertThat(times.of(DeadlineKind.EVALUATION)).isEmpty();
    }

    @Test
    void without_a_trail_the_agreement_own_signatures_results_and_evaluation_stand_in() {
        Agreement evaluated = anAgreement().in(AgreementStatus.EVALUATED); // signed day 1, results day 150, evaluated day 170

        StepTimes times = StepTimes.of(evaluated, List.of());

        assertThat(times.agreed()).contains(day(1));
        assertThat(times.selfAssessed()).contains(day(150));
        assertThat(times.evaluated()).contains(day(170));
    }

    @Test
    void a_draft_never_signed_has_reached_nothing() {
        assertThat(StepTimes.of(anAgreement().draft(), List.of())).isEqualTo(StepTimes.NONE);
        assertThat(StepTimes.anyStepReached(anAgreement().draft())).isFalse();
    }

    @Test
    void two_agreements_of_one_person_count_each_step_at_the_earlier_time() {
        StepTimes first = new StepTimes(Optional.of(day(10)), Optional.empty(), Optional.of(day(90)));
        StepTimes second = new StepTimes(Optional.of(day(4)), Optional.of(day(80)), Optional.empty());

        assertThat(first.earliest(second)).isEqualTo(new StepTimes(Optional.of(day(4)), Optional.of(day(80)), Optional.of(day(90))));
    }

    @Test
    void the_due_date_is_the_last_day_allowed() {
        Deadline due = new Deadline(DeadlineKind.AGREEMENT, LocalDate.of(2022, 7, 31), "ต้นรอบ");

        assertThat(DeadlineCheck.of(due, Optional.of(LocalDate.of(2022, 7, 31)), LocalDate.of(2022, 8, 2)).standing())
                .isEqualTo(Standing.ON_TIME);
        assertThat(DeadlineCheck.of(due, Optional.empty(), LocalDate.of(2022, 7, 31)))
                .satisfies(c -> {
                    assertThat(c.standing()).isEqualTo(Standing.PENDING);
                    assertThat(c.days()).isZero();
                });
        assertThat(DeadlineCheck.of(due, Optional.empty(), LocalDate.of(2022, 8, 1)))
                .satisfies(c -> {
                    assertThat(c.standing()).isEqualTo(Standing.LATE);
                    assertThat(c.days()).isEqualTo(1);
                });
    }
}
