package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.ADMIN;
import static appraisal.domain.seed.BuriramDistricts.DIRECTOR;
import static appraisal.domain.seed.BuriramDistricts.PROVINCE;
import static appraisal.domain.seed.BuriramDistricts.PROVINCIAL;
import static appraisal.domain.seed.BuriramDistricts.district;
import static appraisal.domain.seed.BuriramDistricts.head;
import static appraisal.domain.seed.BuriramDistricts.staff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.compliance.DeadlineCheck;
import appraisal.domain.model.compliance.OfficeCompliance.Tally;
import appraisal.domain.model.compliance.OfficeCompliance;
import appraisal.domain.model.compliance.PersonCompliance;
import appraisal.domain.model.compliance.Standing;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.AmendAgreementCommand;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.ComplianceReport;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The province follows round 2 of FY 2565 against the letter's deadlines — agreements by 31 July,
 * self-assessment by 15 September, evaluation by 30 September 2565 — on a fixed clock. Times are
 * UTC; the offices' calendar (and the clock's zone) is Bangkok, seven hours ahead.
 */
class DeadlineComplianceTest {

    private static final RoundId ROUND = BuriramRound2565.round().id();

    private final InMemorySystem system = new InMemorySystem();
    private AgreementId provincial;
    private AgreementId districtOne;
    private AgreementId districtTwo;

    private void at(String instant) {
        system.clock.set(Instant.parse(instant));
    }

    private void sign(AgreementId id, PersonId by) {
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, by)));
    }

    private void selfAssess(AgreementId id, PersonId appraisee) {
        for (Item item : system.agreements.show(id).items()) {
            system.agreements.record(new RecordResultCommand(AgreementChange.of(id, appraisee), item.id(), Facts.NONE, ImmutableList.of()));
        }
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, appraisee)));
    }

    private AgreementId agreementOf(PersonId person) {
        return system.agreements.ofAppraisee(ROUND, person).get(0).id();
    }

    @BeforeEach
    void theRoundSoFar() {
        BuriramDistricts.setUp(system, 2); // district 1: head + 3 staff; district 2: head + 4 staff
        at("2022-07-10T03:00:00Z");
        provincial = BuriramDistricts.provincialDraft(system);
        system.cascades.broadcast(new BroadcastCascadeCommand(ROUND, PROVINCE, ImmutableSet.of(), BuriramDistricts.teamTemplate(),
                Optional.of(provincial), ImmutableMap.of(), Actor.administrator(ADMIN)));
        districtOne = agreementOf(head(1));
        districtTwo = agreementOf(head(2));

        at("2022-07-20T03:00:00Z");
        BuriramDistricts.signByBoth(system, provincial, PROVINCIAL, DIRECTOR);
        at("2022-07-25T03:00:00Z");
        BuriramDistricts.signByBoth(system, districtOne, head(1), PROVINCIAL);
        at("2022-07-28T03:00:00Z");
        system.cascades.derive(new DeriveCascadeCommand(districtOne, new AssignmentPlan(ImmutableList.of(
                new Assignment(staff(1, 1), ImmutableList.of(new CarriedItem(new ItemId("T1"), Portion.share("1"))), ImmutableList.of()),
                new Assignment(staff(1, 2), ImmutableList.of(new CarriedItem(new ItemId("T2"), Portion.share("1"))), ImmutableList.of()))),
                head(1)));
        at("2022-07-29T03:00:00Z");
        BuriramDistricts.signByBoth(system, agreementOf(staff(1, 2)), staff(1, 2), head(1));
        // 31 July 17:30 UTC is already 1 August, 00:30 in Bangkok: a day late, though not in UTC.
        at("2022-07-31T16:00:00Z");
        sign(agreementOf(staff(1, 1)), staff(1, 1));
        at("2022-07-31T17:30:00Z");
        sign(agreementOf(staff(1, 1)), head(1));
        at("2022-08-05T02:00:00Z");
        BuriramDistricts.signByBoth(system, districtTwo, head(2), PROVINCIAL);
        // Amended after agreeing on time: back in DRAFT, but it was agreed by the deadline.
        at("2022-08-10T03:00:00Z");
        system.agreements.amend(new AmendAgreementCommand(AgreementChange.of(agreementOf(staff(1, 2)), head(1)), "ปรับค่าเป้าหมาย"));

        at("2022-09-10T03:00:00Z");
        selfAssess(districtOne, head(1));
        at("2022-09-12T03:00:00Z");
        system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(districtOne, PROVINCIAL), ImmutableMap.of(),
                everyCompetencyAt(3)));
        at("2022-09-16T02:00:00Z");
        selfAssess(provincial, PROVINCIAL);
    }

    /** "KIND standing days" for each late deadline of a person. */
    private static String lateness(PersonCompliance p) {
        return p.late().stream().map(c -> c.kind() + " " + c.standing() + " " + c.days()).collect(Collectors.joining(", "));
    }

    @Test
    void on_20_september_the_late_people_and_their_days_late_are_exactly_these() {
        at("2022-09-20T05:00:00Z");

        ComplianceReport report = system.compliance.compliance(ROUND, Optional.empty());

        assertThat(report.asOf()).isEqualTo(LocalDate.of(2022, 9, 20));
        // 31 July → 20 September is 51 days; 15 → 20 September is 5.
        assertThat(report.late()).extracting(p -> p.person().id().value(), DeadlineComplianceTest::lateness).containsExactly(
                tuple("BRM-0001", "SELF_ASSESSMENT DONE_LATE 1"),
                tuple("BRM-STR-01", "AGREEMENT LATE 51, SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D01-01", "AGREEMENT DONE_LATE 1, SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D01-02", "SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D01-03", "AGREEMENT LATE 51, SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D02-00", "AGREEMENT DONE_LATE 5, SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D02-01", "AGREEMENT LATE 51, SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D02-02", "AGREEMENT LATE 51, SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D02-03", "AGREEMENT LATE 51, SELF_ASSESSMENT LATE 5"),
                tuple("BRM-D02-04", "AGREEMENT LATE 51, SELF_ASSESSMENT LATE 5"));
        // The director has no supervisor and no agreement: nobody expects one of him.
        assertThat(report.people()).extracting(p -> p.person().id()).doesNotContain(DIRECTOR).hasSize(11);
    }

    @Test
    void each_person_sees_what_is_done_when_what_is_late_and_how_many_days_are_left() {
        at("2022-09-20T05:00:00Z");

        ComplianceReport report = system.compliance.compliance(ROUND, Optional.empty());

        PersonCompliance districtHead = report.people().stream().filter(p -> p.person().id().equals(head(1))).findFirst().orElseThrow();
        assertThat(districtHead.office()).isEqualTo(district(1));
        assertThat(districtHead.agreement()).contains(districtOne);
        assertThat(districtHead.evaluator()).contains(PROVINCIAL);
        assertThat(districtHead.checks()).extracting(DeadlineCheck::kind, DeadlineCheck::standing, DeadlineCheck::doneOn, DeadlineCheck::days)
                .containsExactly(
                        tuple(DeadlineKind.AGREEMENT, Standing.ON_TIME, Optional.of(LocalDate.of(2022, 7, 25)), 0L),
                        tuple(DeadlineKind.SELF_ASSESSMENT, Standing.ON_TIME, Optional.of(LocalDate.of(2022, 9, 10)), 0L),
                        tuple(DeadlineKind.EVALUATION, Standing.ON_TIME, Optional.of(LocalDate.of(2022, 9, 12)), 0L));

        PersonCompliance amended = report.people().stream().filter(p -> p.person().id().equals(staff(1, 2))).findFirst().orElseThrow();
        assertThat(system.agreements.show(amended.agreement().orElseThrow()).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(amended.checks().get(0).standing()).isEqualTo(Standing.ON_TIME);
        assertThat(amended.checks().get(0).doneOn()).contains(LocalDate.of(2022, 7, 29));
        // Evaluation is due 30 September: ten days left for everyone not yet evaluated.
        assertThat(amended.checks().get(2)).satisfies(c -> {
            assertThat(c.standing()).isEqualTo(Standing.PENDING);
            assertThat(c.days()).isEqualTo(10);
        });
    }

    @Test
    void the_offices_are_summed_up_per_deadline_with_work_groups_counted_in_their_office() {
        at("2022-09-20T05:00:00Z");

        List<OfficeCompliance> offices = system.compliance.compliance(ROUND, Optional.empty()).offices();

        assertThat(offices).extracting(OfficeCompliance::office, OfficeCompliance::people)
                .containsExactly(tuple(PROVINCE, 2), tuple(district(1), 4),
                        tuple(district(2), 5));
        // Tally(on time, done late, late, pending)
        assertThat(offices.get(0).byDeadline()).containsExactly(
                Map.entry(DeadlineKind.AGREEMENT, new Tally(1, 0, 1, 0)),
                Map.entry(DeadlineKind.SELF_ASSESSMENT, new Tally(0, 1, 1, 0)),
                Map.entry(DeadlineKind.EVALUATION, new Tally(0, 0, 0, 2)));
        assertThat(offices.get(1).byDeadline()).containsExactly(
                Map.entry(DeadlineKind.AGREEMENT, new Tally(2, 1, 1, 0)),
                Map.entry(DeadlineKind.SELF_ASSESSMENT, new Tally(1, 0, 3, 0)),
                Map.entry(DeadlineKind.EVALUATION, new Tally(1, 0, 0, 3)));
        assertThat(offices.get(2).byDeadline().get(DeadlineKind.AGREEMENT)).isEqualTo(new Tally(0, 1, 4, 0));
        assertThat(offices.get(2).byDeadline().get(DeadlineKind.AGREEMENT).behind()).isEqualTo(5);
    }

    @Test
    void a_district_follows_only_its_own_people() {
        at("2022-09-20T05:00:00Z");

        ComplianceReport report = system.compliance.compliance(ROUND, Optional.of(district(1)));

        assertThat(report.people()).extracting(p -> p.person().id())
                .containsExactly(head(1), staff(1, 1), staff(1, 2), staff(1, 3));
        assertThat(report.offices()).singleElement().satisfies(o -> assertThat(o.office()).isEqualTo(district(1)));
    }

    @Test
    void before_the_agreement_deadline_nothing_is_late_yet_and_the_days_left_count_down() {
        // Read as of 30 July: district 2's head signed on 5 August, which has not happened yet on that day.
        at("2022-07-30T05:00:00Z");

        ComplianceReport report = system.compliance.compliance(ROUND, Optional.of(district(2)));

        assertThat(report.late()).isEmpty();
        assertThat(report.people()).hasSize(5).allSatisfy(p -> {
            assertThat(p.checks().get(0).standing()).isEqualTo(Standing.PENDING);
            assertThat(p.checks().get(0).doneOn()).isEmpty();
            assertThat(p.checks().get(0).days()).isEqualTo(1);
        });
    }

    /** Every competency (core and management) observed at one level: enough for any position to be evaluated. */
    private static CompetencyAssessment everyCompetencyAt(int level) {
        java.util.Map<String, Integer> levels = new java.util.LinkedHashMap<>();
        for (appraisal.domain.model.competency.Competency c : appraisal.domain.model.competency.Competency.values()) {
            levels.put(c.code(), level);
        }
        return CompetencyAssessment.of(levels);
    }
}
