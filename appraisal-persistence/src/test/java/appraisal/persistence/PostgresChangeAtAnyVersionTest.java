package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.fake.SettableClock;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.interchange.RubricCodec;
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
import appraisal.domain.port.in.agreement.UpdateContextCommand;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.seed.BuriramRound2565;
import appraisal.domain.service.AgreementService;
import appraisal.domain.service.OrgService;
import appraisal.domain.service.RoundService;
import appraisal.domain.service.RubricService;
import com.google.common.collect.ImmutableList;
import com.google.common.reflect.Reflection;
import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two stores on one PostgreSQL database — two app instances — change one agreement at whatever
 * version is current ({@code If-Match: *}), eight threads at once: every change is saved, none meets
 * a stale version, because each holds the agreement from its read to its commit
 * ({@link AgreementRepository#findForChange}). The same load read without holding the row does meet
 * stale versions (or reads torn by saves landing in between), which shows the contention is real.
 */
class PostgresChangeAtAnyVersionTest {

    private static final PersonId ADMIN = new PersonId("admin");
    private static final PersonId DIRECTOR = new PersonId("CDD-0001");
    private static final PersonId PROVINCIAL = new PersonId("BRM-0001");
    private static final int THREADS_PER_STORE = 4;
    private static final int CHANGES_PER_THREAD = 20;

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    private final SettableClock clock = new SettableClock(Instant.parse("2022-04-01T02:00:00Z"));

    private AgreementService agreements(Store store, Function<AgreementRepository, AgreementRepository> repository) {
        return new AgreementService(repository.apply(store.agreements()), store.indicators(), store.people(), store.orgUnits(), store.rounds(),
                store.audit(), store.unitOfWork(), store.ids(), clock, store.evidence());
    }

    /** The province's head and the department's deputy, the round and the team rubric; the head's agreement drafted. */
    private AgreementId drafted(Store store) {
        OrgUnitId department = new OrgUnitId("CDD");
        OrgUnitId province = new OrgUnitId("BRM");
        new OrgService(store.orgUnits(), store.people(), store.audit(), store.unitOfWork(), clock).importOrg(new ImportOrgCommand(
                ImmutableList.of(new OrgUnit(department, "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()),
                        new OrgUnit(province, "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, Optional.of(department))),
                ImmutableList.of(new Person(DIRECTOR, "รองอธิบดีกรมการพัฒนาชุมชน", "รองอธิบดี", PositionLevel.M2, department, Optional.empty(), false),
                        new Person(PROVINCIAL, "นายสมชาย ใจดี", "พัฒนาการจังหวัด", PositionLevel.D2, province, Optional.of(DIRECTOR), false)),
                ADMIN));
        new RoundService(store.rounds(), store.audit(), store.unitOfWork(), clock).open(new OpenRoundCommand(BuriramRound2565.round(), ADMIN));
        new RubricService(new RubricCodec(CriterionCodec.withInstalledKinds()), store.indicators(), store.audit(), store.unitOfWork(), clock)
                .importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), ADMIN));
        List<ItemDraft> items = new ArrayList<>();
        BuriramRound2565.teamRubric().entries().forEach(e -> items.add(ItemDraft.of(e.indicator().ref().code(), e.section(), e.weight())));
        return agreements(store, r -> r).draft(new DraftAgreementCommand(BuriramRound2565.round().id(), PROVINCIAL, DIRECTOR,
                Optional.empty(), Facts.NONE, ImmutableList.copyOf(items), Actor.administrator(ADMIN)));
    }

    /**
     * What the hammering came to: changes saved, changes refused for a stale version, and changes
     * whose read of the agreement kept seeing other saves land in the middle of it.
     */
    private record Outcome(int saved, int stale, int torn) {
    }

    /** Every thread changes the office facts of {@code id} at whatever version is current, all starting together. */
    private Outcome hammer(List<AgreementService> instances, AgreementId id) throws Exception {
        int threads = instances.size() * THREADS_PER_STORE;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicInteger saved = new AtomicInteger();
        AtomicInteger stale = new AtomicInteger();
        AtomicInteger torn = new AtomicInteger();
        AtomicInteger facts = new AtomicInteger();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                AgreementService instance = instances.get(t % instances.size());
                running.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < CHANGES_PER_THREAD; i++) {
                        try {
                            instance.updateContext(new UpdateContextCommand(AgreementChange.of(id, Actor.person(DIRECTOR)),
                                    Facts.of("staff", FactValue.of(String.valueOf(facts.incrementAndGet())))));
                            saved.incrementAndGet();
                        } catch (DomainException e) {
                            if (!e.code().equals("agreement.stale-version")) {
                                throw e;
                            }
                            stale.incrementAndGet();
                        } catch (StoreException e) {
                            torn.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(saved.get(), stale.get(), torn.get());
    }

    @Test
    void two_instances_changing_one_agreement_at_whatever_version_is_current_save_every_change_and_never_meet_a_stale_version()
            throws Exception {
        Store one = fresh.store();
        AgreementId id = drafted(one);
        Store two = fresh.open(one.location());
        AgreementService first = agreements(one, r -> r);
        long before = first.show(id).version();

        Outcome outcome = hammer(List.of(first, agreements(two, r -> r)), id);

        int all = 2 * THREADS_PER_STORE * CHANGES_PER_THREAD;
        assertThat(outcome).isEqualTo(new Outcome(all, 0, 0));
        Agreement after = first.show(id);
        assertThat(after.version()).isEqualTo(before + all);
        assertThat(first.history(id).stream().filter(e -> e.type().equals("agreement.context-updated"))).hasSize(all);
    }

    @Test
    void the_same_changes_read_without_holding_the_agreement_do_meet_stale_versions() throws Exception {
        Store one = fresh.store();
        AgreementId id = drafted(one);
        Store two = fresh.open(one.location());
        // As before the hold: a change reads the agreement as any reader does.
        Function<AgreementRepository, AgreementRepository> unheld = r -> Reflection.newProxy(AgreementRepository.class, (proxy, method, args) -> {
            if (method.getName().equals("findForChange")) {
                return r.find((AgreementId) args[0]);
            }
            try {
                return method.invoke(r, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });

        Outcome outcome = hammer(List.of(agreements(one, unheld), agreements(two, unheld)), id);

        assertThat(outcome.stale() + outcome.torn()).as("changes that met another's save (of %s)", outcome).isPositive();
    }
}
