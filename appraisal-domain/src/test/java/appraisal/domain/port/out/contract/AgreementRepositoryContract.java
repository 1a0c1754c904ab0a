package appraisal.domain.port.out.contract;

import appraisal.domain.model.agreement.AgreementFixtures;
import appraisal.domain.model.indicator.IndicatorRef;
import java.util.HashSet;
import java.util.Optional;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.RollUpMethod;
import appraisal.domain.model.agreement.RollUp;
import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.ROUND;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.measured;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Acknowledgement;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.Reopening;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AgreementRepository;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link AgreementRepository} does, run against the in-memory fake and each real
 * store: whole agreements read back equal in every lifecycle state, optimistic locking refuses
 * stale saves without writing, {@code saveAll} is all or nothing, a person has one agreement per
 * round (a second is refused naming the first, and nothing is written), a removed agreement is gone,
 * and the queries select and order as the port says.
 *
 * <p>A subclass supplies a fresh, empty repository for each test.
 */
public abstract class AgreementRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract AgreementRepository repository();

    private AgreementSnapshot savedAndReloaded(Agreement agreement) {
        repository().save(agreement);
        return repository().find(agreement.id()).orElseThrow().snapshot();
    }

    // ---------------------------------------------------------------- round trips

    @Test
    void an_agreement_never_saved_is_not_found() {
        assertThat(repository().find(new AgreementId("agr-none"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AgreementStatus.class)
    void an_agreement_reads_back_equal_in_every_lifecycle_status(AgreementStatus status) {
        Agreement agreement = anAgreement().in(status);

        AgreementSnapshot reloaded = savedAndReloaded(agreement);

        assertThat(reloaded).isEqualTo(agreement.snapshot());
        assertThat(reloaded.status()).isEqualTo(status);
    }

    @Test
    void an_evaluated_agreement_keeps_its_context_results_evidence_overrides_judgements_and_competencies() {
        Agreement agreement = PortExamples.richlyEvaluated("agr-rich");

        AgreementSnapshot reloaded = savedAndReloaded(agreement);

        assertThat(reloaded).isEqualTo(agreement.snapshot());
        assertThat(reloaded.items()).extracting(i -> i.id().value()).containsExactly("1", "2", "3");
        assertThat(reloaded.items().get(0).targetAdjustments()).containsOnlyKeys(3, 4, 5);
        assertThat(reloaded.results().get(new ItemId("1")).evidence()).hasSize(3)
                .hasExactlyElementsOfTypes(EvidenceRef.File.class, EvidenceRef.File.class, EvidenceRef.Link.class);
        assertThat(reloaded.results().get(new ItemId("2")).facts().get("poverty.households_helped_pct"))
                .contains(new FactValue.Quantity(new BigDecimal("0.5E+2")));
        assertThat(reloaded.evaluation().orElseThrow().of(new ItemId("1")).orElseThrow().override().orElseThrow().level()).isEqualTo(4);
    }

    @Test
    void the_roll_up_rules_of_items_are_kept() {
        Agreement agreement = AgreementFixtures.anAgreement().id("agr-roll-up").in(AgreementStatus.DRAFT);
        List<Item> items = agreement.items();
        agreement.setRollUp(items.get(0).id(), Optional.of(new RollUp(RollUpMethod.MEAN_LEVEL, Optional.empty())),
                AgreementFixtures.EVALUATOR, AgreementFixtures.day(1));
        agreement.setRollUp(items.get(1).id(), Optional.of(new RollUp(RollUpMethod.SUM, Optional.of(AgreementFixtures.MEASURED_FACT))),
                AgreementFixtures.EVALUATOR, AgreementFixtures.day(1));

        repository().save(agreement);

        Agreement loaded = repository().find(agreement.id()).orElseThrow();
        assertThat(loaded.items().get(0).rollUp()).contains(new RollUp(RollUpMethod.MEAN_LEVEL, Optional.empty()));
        assertThat(loaded.items().get(1).rollUp()).contains(new RollUp(RollUpMethod.SUM, Optional.of(AgreementFixtures.MEASURED_FACT)));
        assertThat(loaded.snapshot()).isEqualTo(agreement.snapshot());
    }

    @Test
    void exact_decimals_keep_their_scale() {
        Agreement agreement = PortExamples.richlyEvaluated("agr-decimals");

        AgreementSnapshot reloaded = savedAndReloaded(agreement);

        FactValue.Quantity percent = (FactValue.Quantity) reloaded.results().get(new ItemId("1")).facts().get("percent").orElseThrow();
        assertThat(percent.value().toString()).isEqualTo("87.250");
        assertThat(reloaded.items().get(2).weight().toString()).isEqualTo("33.34");
    }

    @Test
    void a_refused_acknowledgement_reviewed_then_reopened_keeps_what_the_reopening_set_aside() {
        Agreement agreement = PortExamples.reopenedAfterARefusalAndAReview("agr-refused");

        AgreementSnapshot reloaded = savedAndReloaded(agreement);

        assertThat(reloaded).isEqualTo(agreement.snapshot());
        Reopening reopening = reloaded.reopenings().get(0);
        assertThat(reopening.from()).isEqualTo(AgreementStatus.REVIEWED);
        assertThat(reopening.setAsideAcknowledgement()).containsInstanceOf(Acknowledgement.Refused.class);
        assertThat(reopening.setAsideReview()).isPresent();
        assertThat(reloaded.acknowledgement()).isEmpty();
    }

    @Test
    void a_closed_agreement_reopened_keeps_the_acknowledgement_and_review_it_set_aside() {
        Agreement agreement = PortExamples.reopenedAfterClosing("agr-closed");

        assertThat(savedAndReloaded(agreement)).isEqualTo(agreement.snapshot());
    }

    @Test
    void an_amended_agreement_keeps_its_signed_prior_revisions_as_they_were_signed() {
        Agreement agreement = PortExamples.amendedTwice("agr-amended");

        AgreementSnapshot reloaded = savedAndReloaded(agreement);

        assertThat(reloaded).isEqualTo(agreement.snapshot());
        assertThat(reloaded.revision()).isEqualTo(3);
        assertThat(reloaded.priorRevisions()).extracting(r -> r.number()).containsExactly(1, 2);
        assertThat(reloaded.priorRevisions().get(0).items().get(0).weight()).isEqualByComparingTo("60");
        assertThat(reloaded.priorRevisions().get(1).items().get(0).weight()).isEqualByComparingTo("70");
        assertThat(reloaded.priorRevisions().get(1).context()).isEqualTo(Facts.of("office.headcount", FactValue.of("3")));
        assertThat(reloaded.signatures()).hasSize(1);
    }

    @Test
    void thai_text_reads_back_unchanged() {
        Agreement agreement = PortExamples.reopenedAfterARefusalAndAReview("agr-thai");

        AgreementSnapshot reloaded = savedAndReloaded(agreement);

        assertThat(reloaded.items().get(0).responsibleUnit()).isEqualTo("กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน");
        assertThat(reloaded.items().get(0).adjustmentReason()).isEqualTo("อำเภอขนาดเล็ก มีเจ้าหน้าที่ ๔ คน จึงปรับค่าเป้าหมาย");
        assertThat(reloaded.context().get("office.situation")).contains(new FactValue.Choice("มีหนี้ค้างชำระ"));
        assertThat(reloaded.reopenings().get(0).reason()).isEqualTo("ข้อมูลผลการดำเนินงานตัวชี้วัดที่ ๑ ไม่ถูกต้อง");
        assertThat(reloaded.reopenings().get(0).setAsideReview().orElseThrow().opinion()).isEqualTo("เห็นด้วยกับผู้ประเมิน");
    }

    // ---------------------------------------------------------------- versions

    @Test
    void saving_a_new_agreement_stores_version_1_and_marks_it_saved() {
        Agreement draft = anAgreement().draft();

        repository().save(draft);

        assertThat(draft.version()).isEqualTo(1);
        assertThat(repository().find(draft.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void every_save_of_a_reloaded_agreement_advances_its_version_by_one_and_keeps_the_change() {
        repository().save(anAgreement().draft());
        Agreement loaded = repository().find(anAgreement().draft().id()).orElseThrow();

        loaded.sign(APPRAISEE, day(1));
        repository().save(loaded);
        Agreement again = repository().find(loaded.id()).orElseThrow();
        again.sign(EVALUATOR, day(2));
        repository().save(again);

        Agreement stored = repository().find(loaded.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.status()).isEqualTo(AgreementStatus.AGREED);
        assertThat(stored.snapshot()).isEqualTo(again.snapshot());
    }

    @Test
    void a_stale_save_is_refused_as_a_conflict_and_writes_nothing() {
        repository().save(anAgreement().in(AgreementStatus.AGREED));
        Agreement mine = repository().find(anAgreement().draft().id()).orElseThrow();
        Agreement theirs = repository().find(mine.id()).orElseThrow();
        theirs.recordResult(new ItemId("1"), measured("75"), List.of(), APPRAISEE, day(100));
        repository().save(theirs);

        mine.recordResult(new ItemId("1"), measured("10"), List.of(), APPRAISEE, day(101));
        DomainException refusal = refusalOf(() -> repository().save(mine));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(refusal.code()).isEqualTo("agreement.stale-version");
        assertThat(mine.version()).as("a refused save does not mark the agreement saved").isEqualTo(1);
        assertThat(repository().find(mine.id()).orElseThrow().snapshot()).isEqualTo(theirs.snapshot());
    }

    @Test
    void a_second_new_agreement_under_a_taken_id_is_refused_as_a_conflict() {
        repository().save(anAgreement().draft());
        Agreement duplicate = anAgreement().withItems("100").draft();

        DomainException refusal = refusalOf(() -> repository().save(duplicate));

        assertThat(refusal.code()).isEqualTo("agreement.stale-version");
        assertThat(duplicate.version()).isZero();
        assertThat(repository().find(duplicate.id()).orElseThrow().items()).hasSize(2);
    }

    @Test
    void an_agreement_claiming_a_version_the_store_never_had_is_refused() {
        AgreementSnapshot s = anAgreement().in(AgreementStatus.AGREED).snapshot();
        Agreement phantom = Agreement.restore(new AgreementSnapshot(s.id(), s.round(), s.appraisee(), s.evaluator(), s.parent(),
                s.context(), s.items(), s.results(), s.evaluation(), s.signatures(), s.acknowledgement(), s.review(), s.status(),
                5, s.revision(), s.priorRevisions(), s.reopenings()));

        DomainException refusal = refusalOf(() -> repository().save(phantom));

        assertThat(refusal.code()).isEqualTo("agreement.stale-version");
        assertThat(repository().find(phantom.id())).isEmpty();
    }

    @Test
    void a_save_replaces_what_the_agreement_no_longer_has() {
        Agreement agreement = anAgreement().withItems("50", "30", "20").in(AgreementStatus.AGREED);
        agreement.recordResult(new ItemId("3"), Facts.of(Map.of("a", FactValue.flag(true), "b", FactValue.flag(false))),
                List.of(PortExamples.evidence("x.pdf", "application/pdf", 1)), APPRAISEE, day(40));
        repository().save(agreement);

        Agreement loaded = repository().find(agreement.id()).orElseThrow();
        loaded.amend(EVALUATOR, "item 3 dropped", day(50));
        loaded.removeItem(new ItemId("3"), EVALUATOR, day(50));
        loaded.changeWeight(new ItemId("1"), new BigDecimal("70"), EVALUATOR, day(50));
        repository().save(loaded);

        Agreement reloaded = repository().find(agreement.id()).orElseThrow();
        assertThat(reloaded.items()).extracting(i -> i.id().value()).containsExactly("1", "2");
        assertThat(reloaded.results()).isEmpty();
        assertThat(reloaded.priorRevisions().get(0).items()).hasSize(3);
        assertThat(reloaded.snapshot()).isEqualTo(loaded.snapshot());
    }

    // ---------------------------------------------------------------- saveAll

    @Test
    void save_all_stores_every_agreement_of_a_cascade() {
        Agreement head = anAgreement().id("agr-head").in(AgreementStatus.AGREED);
        repository().save(head);
        List<Agreement> cascade = new ArrayList<>();
        for (String id : PortExamples.ids("agr-staff", 60)) {
            cascade.add(PortExamples.cascaded(id, head.id(), new PersonId("staff-" + id)));
        }

        repository().saveAll(cascade);

        assertThat(cascade).allSatisfy(a -> assertThat(a.version()).isEqualTo(1));
        assertThat(repository().children(head.id())).extracting(a -> a.snapshot())
                .containsExactlyElementsOf(cascade.stream().map(Agreement::snapshot).toList());
    }

    @Test
    void save_all_with_one_stale_agreement_writes_none_of_them() {
        repository().save(anAgreement().id("agr-b").draft());
        Agreement stale = repository().find(new AgreementId("agr-b")).orElseThrow();
        Agreement newer = repository().find(new AgreementId("agr-b")).orElseThrow();
        newer.sign(APPRAISEE, day(1));
        repository().save(newer);
        Agreement fresh = anAgreement().id("agr-a").appraisee(new PersonId("p-a")).draft();
        Agreement alsoFresh = anAgreement().id("agr-c").appraisee(new PersonId("p-c")).draft();
        stale.sign(EVALUATOR, day(1));

        DomainException refusal = refusalOf(() -> repository().saveAll(List.of(fresh, stale, alsoFresh)));

        assertThat(refusal.code()).isEqualTo("agreement.stale-version");
        assertThat(repository().find(fresh.id())).isEmpty();
        assertThat(repository().find(alsoFresh.id())).isEmpty();
        assertThat(repository().find(stale.id()).orElseThrow().snapshot()).isEqualTo(newer.snapshot());
        assertThat(List.of(fresh.version(), stale.version(), alsoFresh.version())).containsExactly(0L, 1L, 0L);
    }

    @Test
    void save_all_refuses_the_same_agreement_twice_in_one_call() {
        repository().save(anAgreement().draft());
        Agreement one = repository().find(anAgreement().draft().id()).orElseThrow();
        Agreement same = repository().find(one.id()).orElseThrow();

        DomainException refusal = refusalOf(() -> repository().saveAll(List.of(one, same)));

        assertThat(refusal.code()).isEqualTo("agreement.stale-version");
        assertThat(repository().find(one.id()).orElseThrow().version()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- one agreement per person per round

    @Test
    void a_second_agreement_of_a_person_in_a_round_is_refused_naming_the_first_and_writes_nothing() {
        Agreement first = anAgreement().id("agr-first").in(AgreementStatus.AGREED);
        repository().save(first);
        Agreement second = anAgreement().id("agr-second").withItems("100").draft();

        DomainException refusal = refusalOf(() -> repository().save(second));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(refusal.code()).isEqualTo("agreement.already-exists");
        assertThat(refusal.getMessage()).contains(APPRAISEE.value(), "agr-first", ROUND.value());
        assertThat(second.version()).isZero();
        assertThat(repository().find(second.id())).isEmpty();
        assertThat(repository().ofAppraisee(ROUND, APPRAISEE)).extracting(a -> a.id().value()).containsExactly("agr-first");
    }

    @Test
    void two_new_agreements_of_a_person_in_one_save_all_are_refused_and_none_of_the_call_is_written() {
        Agreement other = anAgreement().id("agr-0").appraisee(new PersonId("p-0")).draft();
        Agreement one = anAgreement().id("agr-1").draft();
        Agreement two = anAgreement().id("agr-2").draft();

        DomainException refusal = refusalOf(() -> repository().saveAll(List.of(other, one, two)));

        assertThat(refusal.code()).isEqualTo("agreement.already-exists");
        assertThat(refusal.getMessage()).contains("agr-1");
        assertThat(repository().inRound(ROUND)).isEmpty();
        assertThat(List.of(other.version(), one.version(), two.version())).containsExactly(0L, 0L, 0L);
    }

    @Test
    void the_same_person_may_have_an_agreement_in_each_round_and_their_agreement_is_saved_again_as_usual() {
        Agreement first = anAgreement().id("agr-1").draft();
        repository().save(first);
        repository().save(anAgreement().id("agr-2").round(new RoundId("2565-2")).draft());
        Agreement loaded = repository().find(first.id()).orElseThrow();
        loaded.sign(APPRAISEE, day(1));

        repository().save(loaded);

        assertThat(repository().find(first.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(repository().ofAppraisee(new RoundId("2565-2"), APPRAISEE)).extracting(a -> a.id().value()).containsExactly("agr-2");
    }

    @Test
    void a_removed_agreement_is_gone_with_its_rows_and_its_person_may_have_a_new_one() {
        Agreement evaluated = PortExamples.richlyEvaluated("agr-gone");
        repository().save(evaluated);
        Agreement loaded = repository().find(evaluated.id()).orElseThrow();

        repository().remove(loaded);

        assertThat(repository().find(evaluated.id())).isEmpty();
        assertThat(repository().inRound(ROUND)).isEmpty();
        assertThat(repository().ofAppraisee(ROUND, APPRAISEE)).isEmpty();
        Agreement again = anAgreement().id("agr-again").draft();
        repository().save(again);
        assertThat(repository().ofAppraisee(ROUND, APPRAISEE)).extracting(a -> a.id().value()).containsExactly("agr-again");
    }

    @Test
    void removing_a_stale_agreement_is_refused_as_a_conflict_and_one_never_stored_is_not_found() {
        repository().save(anAgreement().draft());
        Agreement stale = repository().find(AgreementFixtures.AGREEMENT_ID).orElseThrow();
        Agreement newer = repository().find(AgreementFixtures.AGREEMENT_ID).orElseThrow();
        newer.sign(APPRAISEE, day(1));
        repository().save(newer);

        DomainException conflict = refusalOf(() -> repository().remove(stale));
        DomainException missing = refusalOf(() -> repository().remove(anAgreement().id("agr-never").draft()));

        assertThat(conflict.code()).isEqualTo("agreement.stale-version");
        assertThat(repository().find(stale.id()).orElseThrow().snapshot()).isEqualTo(newer.snapshot());
        assertThat(missing.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(missing.code()).isEqualTo("agreement.not-found");
    }

    @Test
    void save_all_of_nothing_does_nothing() {
        repository().saveAll(List.of());

        assertThat(repository().inRound(ROUND)).isEmpty();
    }

    @Test
    void two_threads_saving_the_same_version_of_an_agreement_exactly_one_wins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                String id = "agr-race-" + attempt;
                PersonId appraisee = new PersonId("p-race-" + attempt);
                repository().save(anAgreement().id(id).appraisee(appraisee).draft());
                Agreement byAppraisee = repository().find(new AgreementId(id)).orElseThrow();
                Agreement byEvaluator = repository().find(new AgreementId(id)).orElseThrow();
                byAppraisee.sign(appraisee, day(1));
                byEvaluator.sign(EVALUATOR, day(1));
                CyclicBarrier start = new CyclicBarrier(2);
                Future<Boolean> first = threads.submit(saveAfter(start, byAppraisee));
                Future<Boolean> second = threads.submit(saveAfter(start, byEvaluator));

                boolean firstWon = first.get(30, TimeUnit.SECONDS);
                boolean secondWon = second.get(30, TimeUnit.SECONDS);

                assertThat(firstWon ^ secondWon).as("exactly one of two concurrent saves wins (attempt %d)", attempt).isTrue();
                Agreement winner = firstWon ? byAppraisee : byEvaluator;
                Agreement stored = repository().find(new AgreementId(id)).orElseThrow();
                assertThat(stored.version()).isEqualTo(2);
                assertThat(stored.snapshot()).isEqualTo(winner.snapshot());
                assertThat(stored.signatures()).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private Callable<Boolean> saveAfter(CyclicBarrier start, Agreement agreement) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                repository().save(agreement);
                return true;
            } catch (DomainException e) {
                if (!e.code().equals("agreement.stale-version")) {
                    throw e;
                }
                return false;
            }
        };
    }

    // ---------------------------------------------------------------- queries

    @Test
    void in_round_lists_the_round_s_agreements_ordered_by_id() {
        RoundId other = new RoundId("2565-2");
        repository().saveAll(List.of(
                anAgreement().id("agr-c").appraisee(new PersonId("p-c")).draft(),
                anAgreement().id("agr-a").appraisee(new PersonId("p-a")).in(AgreementStatus.CLOSED),
                anAgreement().id("agr-x").round(other).draft(),
                anAgreement().id("agr-b").appraisee(new PersonId("p-b")).in(AgreementStatus.EVALUATED)));

        assertThat(repository().inRound(ROUND)).extracting(a -> a.id().value()).containsExactly("agr-a", "agr-b", "agr-c");
        assertThat(repository().inRound(other)).extracting(a -> a.id().value()).containsExactly("agr-x");
        assertThat(repository().inRound(new RoundId("2566-1"))).isEmpty();
        assertThat(repository().inRound(ROUND).get(0).status()).isEqualTo(AgreementStatus.CLOSED);
    }

    @Test
    void of_appraisee_lists_only_that_appraisee_s_agreements_in_that_round() {
        PersonId someone = new PersonId("district-head-02");
        repository().saveAll(List.of(
                anAgreement().id("agr-1").draft(),
                anAgreement().id("agr-2").appraisee(someone).draft(),
                anAgreement().id("agr-3").round(new RoundId("2565-2")).draft(),
                anAgreement().id("agr-0").evaluator(APPRAISEE).appraisee(EVALUATOR).draft()));

        assertThat(repository().ofAppraisee(ROUND, APPRAISEE)).extracting(a -> a.id().value()).containsExactly("agr-1");
        assertThat(repository().ofAppraisee(ROUND, someone)).extracting(a -> a.id().value()).containsExactly("agr-2");
        assertThat(repository().ofAppraisee(new RoundId("2565-2"), APPRAISEE)).extracting(a -> a.id().value()).containsExactly("agr-3");
        assertThat(repository().ofAppraisee(ROUND, new PersonId("nobody"))).isEmpty();
    }

    @Test
    void of_appraisees_maps_each_appraisee_to_their_agreements_in_that_round_and_leaves_out_who_has_none() {
        PersonId someone = new PersonId("district-head-02");
        PersonId nobody = new PersonId("nobody");
        repository().saveAll(List.of(
                anAgreement().id("agr-1").draft(),
                anAgreement().id("agr-3").round(new RoundId("2565-2")).draft(),
                anAgreement().id("agr-4").appraisee(someone).in(AgreementStatus.CLOSED)));

        Map<PersonId, List<Agreement>> found = repository().ofAppraisees(ROUND, List.of(someone, nobody, APPRAISEE));

        assertThat(found).containsOnlyKeys(someone, APPRAISEE);
        assertThat(found.get(someone)).extracting(a -> a.id().value()).containsExactly("agr-4");
        assertThat(found.get(someone).get(0).status()).isEqualTo(AgreementStatus.CLOSED);
        assertThat(found.get(APPRAISEE)).extracting(a -> a.id().value()).containsExactly("agr-1");
        assertThat(repository().ofAppraisees(new RoundId("2565-2"), List.of(APPRAISEE)).get(APPRAISEE))
                .extracting(a -> a.id().value()).containsExactly("agr-3");
        assertThat(repository().ofAppraisees(ROUND, List.of())).isEmpty();
    }

    @Test
    void of_appraisees_finds_them_among_more_appraisees_than_one_query_may_name() {
        List<PersonId> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            many.add(new PersonId("p-" + i));
        }
        repository().saveAll(List.of(anAgreement().id("agr-first").appraisee(many.get(0)).draft(),
                anAgreement().id("agr-last").appraisee(many.get(1_202)).draft()));

        assertThat(repository().ofAppraisees(ROUND, many)).containsOnlyKeys(many.get(0), many.get(1_202));
    }

    @Test
    void children_lists_the_agreements_cascaded_from_a_parent_ordered_by_id_and_not_their_children() {
        AgreementId province = new AgreementId("agr-province");
        repository().saveAll(List.of(
                anAgreement().id("agr-province").draft(),
                PortExamples.cascaded("agr-district-2", province, new PersonId("d2")),
                PortExamples.cascaded("agr-district-1", province, new PersonId("d1")),
                PortExamples.cascaded("agr-staff-1", new AgreementId("agr-district-1"), new PersonId("s1"))));

        assertThat(repository().children(province)).extracting(a -> a.id().value()).containsExactly("agr-district-1", "agr-district-2");
        assertThat(repository().children(new AgreementId("agr-district-1"))).extracting(a -> a.id().value()).containsExactly("agr-staff-1");
        assertThat(repository().children(new AgreementId("agr-staff-1"))).isEmpty();
    }

    @Test
    void a_round_loaded_at_once_gives_every_agreement_exactly_as_finding_it_alone() {
        // Agreements with rows in different tables, interleaved by id, and one of another round among them: a store that
        // reads a round table by table must still give each agreement its own rows and no one else's.
        RoundId other = new RoundId("2565-2");
        List<Agreement> saved = List.of(
                PortExamples.richlyEvaluated("agr-3", new PersonId("p-3")),
                anAgreement().id("agr-1").appraisee(new PersonId("p-1")).draft(),
                PortExamples.amendedTwice("agr-5", new PersonId("p-5")),
                PortExamples.reopenedAfterClosing("agr-2", new PersonId("p-2")),
                anAgreement().id("agr-35").round(other).appraisee(new PersonId("p-35")).in(AgreementStatus.EVALUATED),
                PortExamples.cascaded("agr-4", new AgreementId("agr-1"), new PersonId("p-4")),
                PortExamples.reopenedAfterARefusalAndAReview("agr-6", new PersonId("p-6")));
        repository().saveAll(saved);

        List<Agreement> round = repository().inRound(ROUND);

        assertThat(round).extracting(a -> a.id().value()).containsExactly("agr-1", "agr-2", "agr-3", "agr-4", "agr-5", "agr-6");
        for (Agreement a : round) {
            assertThat(a.snapshot()).as(a.id().value()).isEqualTo(repository().find(a.id()).orElseThrow().snapshot());
            assertThat(a.snapshot()).as(a.id().value())
                    .isEqualTo(saved.stream().filter(s -> s.id().equals(a.id())).findFirst().orElseThrow().snapshot());
        }
        assertThat(repository().inRound(other)).extracting(Agreement::snapshot).containsExactly(saved.get(4).snapshot());
    }

    @Test
    void mapping_a_round_gives_what_the_work_makes_of_each_agreement_in_the_round_s_order_and_the_indicators_it_uses() {
        RoundId other = new RoundId("2565-2");
        List<Agreement> saved = List.of(
                PortExamples.richlyEvaluated("agr-3", new PersonId("p-3")),
                anAgreement().id("agr-1").appraisee(new PersonId("p-1")).draft(),
                PortExamples.amendedTwice("agr-5", new PersonId("p-5")),
                anAgreement().id("agr-35").round(other).appraisee(new PersonId("p-35")).in(AgreementStatus.EVALUATED),
                PortExamples.cascaded("agr-4", new AgreementId("agr-1"), new PersonId("p-4")));
        repository().saveAll(saved);

        List<String> made = repository().mapInRound(ROUND, a -> a.id().value() + "@" + a.version() + ":" + a.items().size());

        assertThat(made).containsExactlyElementsOf(repository().inRound(ROUND).stream()
                .map(a -> a.id().value() + "@" + a.version() + ":" + a.items().size()).toList());
        assertThat(made).extracting(m -> m.substring(0, m.indexOf('@'))).containsExactly("agr-1", "agr-3", "agr-4", "agr-5");
        Set<IndicatorRef> expected = new HashSet<>();
        saved.stream().filter(a -> a.round().equals(ROUND)).forEach(a -> {
            a.items().forEach(i -> expected.add(i.indicator()));
            a.priorRevisions().forEach(r -> r.items().forEach(i -> expected.add(i.indicator())));
        });
        assertThat(repository().indicatorsInRound(ROUND)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(repository().indicatorsInRound(new RoundId("2599-1"))).isEmpty();
        assertThat(repository().mapInRound(new RoundId("2599-1"), a -> a)).isEmpty();
    }

    @Test
    void ids_are_ordered_by_their_characters_not_by_locale() {
        repository().saveAll(List.of(
                anAgreement().id("agr-b").appraisee(new PersonId("p1")).draft(),
                anAgreement().id("AGR-Z").appraisee(new PersonId("p2")).draft(),
                anAgreement().id("agr-a").appraisee(new PersonId("p3")).draft(),
                anAgreement().id("agr_ก").appraisee(new PersonId("p4")).draft()));

        assertThat(repository().inRound(ROUND)).extracting(a -> a.id().value()).containsExactly("AGR-Z", "agr-a", "agr-b", "agr_ก");
    }

    @Test
    void query_results_are_whole_agreements() {
        Agreement rich = PortExamples.richlyEvaluated("agr-rich");
        Agreement amended = PortExamples.amendedTwice("agr-amended", new PersonId("p-amended"));
        repository().saveAll(List.of(rich, amended));

        assertThat(repository().inRound(ROUND)).extracting(Agreement::snapshot).containsExactly(amended.snapshot(), rich.snapshot());
    }
}
