package appraisal.cli;

import appraisal.cli.demo.DemoClock;
import appraisal.cli.demo.NationalDepartment;
import appraisal.cli.demo.NationalRubric;
import appraisal.cli.demo.PlausibleFacts;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.OwnIndicator;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.BroadcastResult;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveResult;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordResultsCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.rubric.RubricImport;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Round 2 of FY 2565 of a whole department ({@link NationalDepartment}), told through the use
 * cases as offices would live it: the department broadcasts the twelve team indicators to every
 * province head; each province broadcasts its head's agreement to its district heads; every
 * head derives their staff's agreements by a plan (ten of the twelve items each, with shares,
 * and two individual indicators of their own); then people sign, report results, self-assess and
 * are evaluated — most on time, some late, a few not at all. Deterministic from the seed.
 *
 * <p>The steps are separate so the benchmark can time them: {@link #register}, {@link #cascade},
 * {@link #report}. Signing, results and evaluations run one province per transaction (each use
 * case in a savepoint of it, see {@link Application#inOneTransaction}): a commit per use case would
 * make a national round take far longer than offices entering it over months ever notice.
 */
public final class NationalDemo {

    static final RoundId ROUND = new RoundId("2565-2");
    private static final PersonId ADMIN = new PersonId("demo");
    /** The cascades are the demo's set-up, done with an administrator's authority and recorded as such. */
    private static final Actor SET_UP = Actor.administrator(ADMIN);

    /** What the cascade did. */
    public record Cascade(int broadcasts, int derives, int agreements) {
    }

    /** How far the round got: agreements signed by both, self-assessed, evaluated. */
    public record Progress(int agreements, int signed, int selfAssessed, int evaluated) {
    }

    private final Application app;
    private final DemoClock clock;
    private final NationalDepartment department;
    private final Node buriramTeam;
    private final Node roundFile;
    private final long seed;
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final List<AgreementId> provinceAgreements = new ArrayList<>();
    /** Every agreement of the cascade, per province, in the order it was made, with its appraisee and evaluator. */
    private final List<List<Drafted>> drafted = new ArrayList<>();
    private ImmutableList<ItemDraft> template;
    private Round round;

    private record Drafted(AgreementId id, PersonId appraisee, PersonId evaluator, OrgUnitId office) {
    }

    /**
     * @param buriramTeam the Buriram team rubric's tree, whose T1–T8 the national rubric reuses
     * @param roundFile   the round file's tree (round 2 of FY 2565 with the letter's deadlines)
     */
    public NationalDemo(Application app, DemoClock clock, NationalDepartment department, Node buriramTeam, Node roundFile, long seed) {
        this.app = app;
        this.clock = clock;
        this.department = department;
        this.buriramTeam = buriramTeam;
        this.roundFile = roundFile;
        this.seed = seed;
    }

    /** Imports the organisation, opens the round and imports the national rubric. */
    public void register() {
        clock.set(LocalDate.of(2022, 4, 1), 9);
        app.importOrg.importOrg(new ImportOrgCommand(department.units(), department.people(), ADMIN));
        round = app.roundCodec.read(roundFile);
        app.openRound.open(new OpenRoundCommand(round, ADMIN));
        RubricImport rubric = app.importRubric.importRubric(new ImportRubricCommand(NationalRubric.of(buriramTeam), ADMIN));
        rubric.rubric().entries().forEach(e -> indicators.put(e.indicator().ref().code(), e.indicator()));
        List<ItemDraft> items = new ArrayList<>();
        for (RubricEntry e : rubric.rubric().section(Section.TEAM)) {
            items.add(ItemDraft.of(e.indicator().ref(), Section.TEAM, e.weight()));
        }
        template = ImmutableList.copyOf(items);
    }

    /** How the cascade's use cases are grouped into transactions. */
    public enum Transactions {
        /** Each use case commits on its own, as 1,031 separate commands would. */
        PER_USE_CASE,
        /** Each province's broadcast and derives commit together (each use case in a savepoint). */
        PER_PROVINCE,
        /** The whole cascade commits once (each use case in a savepoint), as one batch job would. */
        ONE
    }

    /**
     * The cascade, one use case per step as the offices would run it: the department to every
     * province, then each province to its districts and each head to their staff.
     */
    public Cascade cascade(Transactions transactions) {
        if (transactions == Transactions.ONE) {
            return app.inOneTransaction(() -> cascade(Transactions.PER_USE_CASE));
        }
        clock.set(LocalDate.of(2022, 4, 5), 9);
        BroadcastResult toProvinces = app.broadcast.broadcast(BroadcastCascadeCommand.toEveryOffice(ROUND,
                NationalDepartment.DEPARTMENT, template, SET_UP));
        Map<OrgUnitId, BroadcastResult.Entry> byProvince = new LinkedHashMap<>();
        toProvinces.entries().forEach(e -> byProvince.put(e.office(), e));
        int derives = 0;
        List<NationalDepartment.Province> provinces = department.provinces();
        for (int p = 0; p < provinces.size(); p++) {
            NationalDepartment.Province province = provinces.get(p);
            BroadcastResult.Entry entry = byProvince.get(province.office().unit());
            List<Drafted> drafts = new ArrayList<>();
            drafted.add(drafts);
            provinceAgreements.add(entry.agreement());
            drafts.add(new Drafted(entry.agreement(), entry.head(), NationalDepartment.DIRECTOR_GENERAL, province.office().unit()));
            clock.set(LocalDate.of(2022, 4, 6).plusDays(p % 10), 10);
            Runnable steps = () -> cascade(province, entry.agreement(), drafts);
            if (transactions == Transactions.PER_PROVINCE) {
                app.inOneTransaction(() -> {
                    steps.run();
                    return null;
                });
            } else {
                steps.run();
            }
            derives += 1 + province.districts().size();
        }
        return new Cascade(1 + provinces.size(), derives, drafted.stream().mapToInt(List::size).sum());
    }

    /**
     * One province: its broadcast to its districts (the province head's agreement as template and
     * parent), the derive of its own staff and of each district's. The province head's agreement
     * is the department's template as drafted (nobody has changed it yet), so its items are the
     * template's and need not be read back.
     */
    private void cascade(NationalDepartment.Province province, AgreementId provinceAgreement, List<Drafted> drafts) {
        BroadcastResult toDistricts = app.broadcast.broadcast(new BroadcastCascadeCommand(ROUND, province.office().unit(),
                ImmutableSet.of(), template, Optional.of(provinceAgreement), ImmutableMap.of(), SET_UP));
        derive(provinceAgreement, province.office(), drafts);
        Map<OrgUnitId, AgreementId> districtAgreements = new HashMap<>();
        toDistricts.entries().forEach(e -> districtAgreements.put(e.office(), e.agreement()));
        for (NationalDepartment.Office district : province.districts()) {
            AgreementId id = districtAgreements.get(district.unit());
            drafts.add(new Drafted(id, district.head(), province.office().head(), district.unit()));
            derive(id, district, drafts);
        }
    }

    /** Derives a head's staff from the head's agreement, by {@link #plan}. */
    private void derive(AgreementId head, NationalDepartment.Office office, List<Drafted> drafts) {
        if (office.staff().isEmpty()) {
            return;
        }
        DeriveResult result = app.derive.derive(new DeriveCascadeCommand(head, plan(office), SET_UP));
        result.entries().forEach(e -> drafts.add(new Drafted(e.agreement(), e.person(), office.head(), office.unit())));
    }

    /**
     * The plan of one office: staff member k carries every parent item but two (k-th pair, so a
     * larger office covers everything and a one-person office leaves two items to nobody), each
     * with a share of 1 to 3, and two individual indicators of their own at a fixed 10 % each.
     */
    AssignmentPlan plan(NationalDepartment.Office office) {
        Random random = officeRandom(office.unit(), 1);
        List<ItemId> items = template.stream().map(i -> new ItemId(i.indicatorCode())).toList();
        List<Assignment> assignments = new ArrayList<>();
        for (int k = 0; k < office.staff().size(); k++) {
            List<CarriedItem> carries = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                int dropped = (2 * k) % items.size();
                if (i == dropped || i == (dropped + 1) % items.size()) {
                    continue;
                }
                carries.add(new CarriedItem(items.get(i), new Portion.Share(BigDecimal.valueOf(1 + random.nextInt(3)))));
            }
            List<OwnIndicator> own = List.of(
                    OwnIndicator.of(NationalRubric.INDIVIDUAL.get(k % 4), Portion.weight("10")),
                    OwnIndicator.of(NationalRubric.INDIVIDUAL.get((k + 1) % 4), Portion.weight("10")));
            assignments.add(new Assignment(office.staff().get(k), ImmutableList.copyOf(carries), ImmutableList.copyOf(own)));
        }
        return new AssignmentPlan(ImmutableList.copyOf(assignments));
    }

    /**
     * The rest of the round for every agreement of the cascade, office by office: both sign (most
     * by the end of July, some in August, a few never); results are reported and submitted (most
     * by 15 September, some late, a few not at all); evaluators evaluate many by 30 September, some
     * in October, the rest not yet.
     */
    public Progress report() {
        PlausibleFacts plausible = new PlausibleFacts(round.scheme(), round.start(), round.end());
        int[] counts = new int[3];
        for (List<Drafted> province : drafted) {
            app.inOneTransaction(() -> {
                province.forEach(d -> report(d, plausible, counts));
                return null;
            });
        }
        return new Progress(drafted.stream().mapToInt(List::size).sum(), counts[0], counts[1], counts[2]);
    }

    /** One agreement's round after the cascade; counts signed, self-assessed and evaluated in {@code counts}. */
    private void report(Drafted d, PlausibleFacts plausible, int[] counts) {
        Random random = officeRandom(d.office(), d.appraisee().value().hashCode());
        int fate = random.nextInt(100);
        if (fate < 3) {
            return; // never signed: still a draft
        }
        LocalDate signedOn = fate < 11 ? LocalDate.of(2022, 8, 1).plusDays(random.nextInt(20))
                : LocalDate.of(2022, 5, 2).plusDays(random.nextInt(85));
        clock.set(signedOn, 9 + random.nextInt(6));
        app.sign.sign(new SignAgreementCommand(AgreementChange.of(d.id(), d.appraisee())));
        clock.set(signedOn.plusDays(random.nextInt(3)), 15);
        app.sign.sign(new SignAgreementCommand(AgreementChange.of(d.id(), d.evaluator())));
        counts[0]++;
        if (fate < 8) {
            return; // agreed, nothing reported yet
        }
        Agreement agreement = app.agreements.show(d.id());
        boolean lateReport = fate < 18;
        LocalDate reported = lateReport ? LocalDate.of(2022, 9, 16).plusDays(random.nextInt(12))
                : LocalDate.of(2022, 8, 15).plusDays(random.nextInt(31));
        clock.set(reported, 10);
        List<RecordResultsCommand.Result> results = new ArrayList<>();
        for (Item item : agreement.items()) {
            Indicator indicator = indicators.get(item.indicator().code());
            PlausibleFacts.Report report = plausible.reach(indicator, targetLevel(random), agreement.context(), random);
            results.add(new RecordResultsCommand.Result(item.id(), report.results(), ImmutableList.of()));
        }
        // The self-assessment form is sent whole: every item's result in one change.
        app.recordResult.recordAll(new RecordResultsCommand(AgreementChange.of(d.id(), d.appraisee()), ImmutableList.copyOf(results)));
        clock.set(reported, 16);
        app.submit.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(d.id(), d.appraisee())));
        counts[1]++;
        if (fate >= 70) {
            return; // self-assessed, evaluation still to come
        }
        LocalDate evaluatedOn = fate < 25 ? LocalDate.of(2022, 10, 1).plusDays(random.nextInt(10))
                : later(reported.plusDays(1), LocalDate.of(2022, 9, 16)).plusDays(random.nextInt(10));
        clock.set(evaluatedOn, 11);
        app.evaluate.evaluate(new EvaluateAgreementCommand(AgreementChange.of(d.id(), d.evaluator()),
                ImmutableMap.<ItemId, ItemEvaluation>of(), competencies(random)));
        counts[2]++;
    }

    /** The agreements of the province heads, in province order: the parents whose roll-up a province reads. */
    public List<AgreementId> provinceAgreements() {
        return List.copyOf(provinceAgreements);
    }

    /** A random stream of its own for each office (and purpose), so offices do not depend on each other's draws. */
    private Random officeRandom(OrgUnitId office, int purpose) {
        return new Random(seed * 1_000_003L + office.value().hashCode() * 31L + purpose);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Mostly 3–5, sometimes 1 or 2. */
    private static int targetLevel(Random random) {
        int r = random.nextInt(20);
        return r < 1 ? 1 : r < 3 ? 2 : r < 8 ? 3 : r < 15 ? 4 : 5;
    }

    /** Levels for every competency (the management ones are read only for D and M positions). */
    private static CompetencyAssessment competencies(Random random) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            levels.put(c.code(), c.management() ? 1 + random.nextInt(3) : 1 + random.nextInt(4));
        }
        return CompetencyAssessment.of(levels);
    }
}
