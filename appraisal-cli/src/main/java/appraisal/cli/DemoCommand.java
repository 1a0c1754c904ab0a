package appraisal.cli;

import appraisal.cli.demo.BuriramOffice;
import appraisal.cli.demo.DemoAccounts;
import appraisal.cli.demo.DemoClock;
import appraisal.cli.demo.NationalDepartment;
import appraisal.cli.demo.PlausibleFacts;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.CloseAgreementCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordRefusalCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.rubric.RubricImport;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.interchange.Syntax;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code appraisal demo}: loads the source document's round into the store and tells its story —
 * the Buriram province agrees the team indicators with its 23 district heads, results come in (a
 * few late, two not at all), the provincial officer evaluates, heads acknowledge (one refuses before
 * a witness), the reviewer reviews some — so that {@code score}, {@code report} and {@code serve}
 * show something real at once.
 */
@Command(name = "demo", description = "Load round 2 of FY 2565 of the Buriram province office (the source document) with its "
        + "23 districts, signed agreements, reported results and evaluations; or, with --scale national, of a whole "
        + "department made up from the seed: 76 provinces, 878 districts, ~10,000 staff, cascaded and reported.",
        footer = {"", "--scale national runs every step through the use cases: the department broadcasts 12 team indicators to "
                + "the provinces, each province to its districts, each head derives their staff's agreements (10 items carried, "
                + "2 of their own), then signing, results, self-assessment and evaluation. It takes a few minutes on SQLite; "
                + "--provinces, --districts and --people make a smaller department of the same shape.",
                "Examples:", "  appraisal demo", "  appraisal demo --db demo.db && appraisal score --db demo.db --format json",
                "  appraisal demo --scale national --db national.db --seed 7",
                "  appraisal demo --scale national --provinces 2 --districts 9 --people 120 --db small.db"})
public final class DemoCommand extends CommandBase {

    static final RoundId ROUND = new RoundId("2565-2");
    static final String TEAM_RUBRIC = "demo/buriram-2565-r2-team.yaml";
    static final String INDIVIDUAL_RUBRIC = "demo/buriram-2565-r2-individual.yaml";
    static final String ROUND_FILE = "demo/buriram-2565-r2-round.yaml";

    @Option(names = "--seed", description = "Seed of the made-up names and results (default ${DEFAULT-VALUE}).")
    long seed = 2565;

    @Option(names = "--scale", paramLabel = "SCALE", description = "office (the Buriram province office, default) or national "
            + "(a whole department).")
    String scale = "office";

    @Option(names = "--provinces", paramLabel = "N", description = "With --scale national: provinces (default ${DEFAULT-VALUE}).")
    int provinces = NationalDepartment.Size.NATIONAL.provinces();

    @Option(names = "--districts", paramLabel = "N", description = "With --scale national: districts in all (default ${DEFAULT-VALUE}).")
    int districts = NationalDepartment.Size.NATIONAL.districts();

    @Option(names = "--people", paramLabel = "N", description = "With --scale national: people in all (default ${DEFAULT-VALUE}).")
    int people = NationalDepartment.Size.NATIONAL.people();

    private final TreeText text = new TreeText();

    @Override
    protected ExitCode execute() {
        switch (scale.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "office":
                return office();
            case "national":
                return national();
            default:
                throw new CliException(ExitCode.USAGE, "--scale must be office or national, not '" + scale + "'");
        }
    }

    /** The whole department, through the use cases; prints what it made and how long each step took. */
    private ExitCode national() {
        NationalDepartment.Size size;
        try {
            size = new NationalDepartment.Size(provinces, districts, people);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage());
        }
        DemoClock clock = new DemoClock(LocalDate.of(2022, 4, 1));
        Application app = root().application(db(), clock);
        Table.Builder summary = Table.of("provinces", "จังหวัด", "districts", "อำเภอ", "people", "บุคลากร", "agreements", "ข้อตกลง",
                "signed", "ลงนามแล้ว", "self_assessed", "ประเมินตนเองแล้ว", "evaluated", "ประเมินแล้ว");
        if (app.rounds.rounds().stream().anyMatch(r -> r.id().equals(ROUND))) {
            out().note("the demo round " + ROUND + " is already in " + dbShown() + "; nothing was loaded");
            return ExitCode.OK;
        }
        NationalDepartment department = new NationalDepartment(size, seed);
        NationalDemo demo = new NationalDemo(app, clock, department, tree(TEAM_RUBRIC), tree(ROUND_FILE), seed);
        long start = System.nanoTime();
        demo.register();
        long registered = System.nanoTime();
        NationalDemo.Cascade cascade = demo.cascade(NationalDemo.Transactions.PER_PROVINCE);
        long cascaded = System.nanoTime();
        NationalDemo.Progress progress = demo.report();
        long reported = System.nanoTime();
        out().print(summary.row(size.provinces(), department.districtCount(), department.people().size(), cascade.agreements(),
                progress.signed(), progress.selfAssessed(), progress.evaluated()).build());
        out().note(String.format(java.util.Locale.ROOT, "in %s: organisation, round and rubric %.1f s; cascade (%d broadcasts, %d derives) "
                        + "%.1f s; signing, results and evaluations %.1f s; %.1f s in all",
                dbShown(), seconds(registered - start), cascade.broadcasts(), cascade.derives(), seconds(cascaded - registered),
                seconds(reported - cascaded), seconds(reported - start)));
        out().note("Next: appraisal round compliance --by-office, appraisal cascade rollup AG-2, appraisal score --format csv");
        auditKey(app);
        return ExitCode.OK;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** The Buriram province office's round, as the source document tells it. */
    private ExitCode office() {
        DemoClock clock = new DemoClock(LocalDate.of(2022, 4, 4));
        Application app = root().application(db(), clock);
        PersonId admin = new PersonId("demo");
        if (app.rounds.rounds().stream().anyMatch(r -> r.id().equals(ROUND))) {
            out().note("the demo round " + ROUND + " is already in " + dbShown() + "; showing its scores");
            accounts(app, admin);
            ScoreTables.printRound(this, app.scoreRound.score(ROUND), app.agreements, app.org);
            return ExitCode.OK;
        }
        BuriramOffice office = new BuriramOffice(seed);
        app.importOrg.importOrg(new ImportOrgCommand(office.units(), office.people(), admin));
        Round round = app.roundCodec.read(tree(ROUND_FILE));
        app.openRound.open(new OpenRoundCommand(round, admin));
        RubricImport team = app.importRubric.importRubric(new ImportRubricCommand(tree(TEAM_RUBRIC), admin));
        RubricImport individual = app.importRubric.importRubric(new ImportRubricCommand(tree(INDIVIDUAL_RUBRIC), admin));
        out().note("loaded " + office.units().size() + " units and " + office.people().size() + " people; round " + ROUND + "; "
                + team.stored().size() + " team and " + individual.stored().size() + " individual indicators ("
                + individual.findings().size() + " lint findings on the individual ones: see appraisal rubric lint)");

        Random random = new Random(seed);
        PlausibleFacts plausible = new PlausibleFacts(round.scheme(), round.start(), round.end());
        List<BuriramOffice.District> districts = office.districts();
        for (int i = 0; i < districts.size(); i++) {
            tell(app, clock, round, team, plausible, districts.get(i), i, new Random(random.nextLong()));
        }
        accounts(app, admin);
        RoundScores scores = app.scoreRound.score(ROUND);
        ScoreTables.printRound(this, scores, app.agreements, app.org);
        out().note(scores.scores().size() + " agreements in " + dbShown() + ". Next: appraisal score --format json, appraisal report");
        auditKey(app);
        return ExitCode.OK;
    }

    /** Where the key that seals the new store's audit trail was made: without it a check cannot verify the trail. */
    private void auditKey(Application app) {
        out().note("the audit trail is sealed with the key in " + app.auditKeyFile + "; keep a copy of it apart from the backups "
                + "(docs/persistence.md)");
    }

    /** The demo accounts ({@link DemoAccounts}) that are missing; those already there are left as they are. */
    private void accounts(Application app, PersonId admin) {
        Set<String> existing = app.users.users().stream().map(a -> a.username().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> added = new ArrayList<>();
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            if (!existing.contains(a.username())) {
                app.users.addUser(new AddUserCommand(a.username(), DemoAccounts.PASSWORD.toCharArray(), a.person(), a.admin(), admin));
                added.add(a.username());
            }
        }
        if (!added.isEmpty()) {
            out().note("demo accounts " + String.join(", ", added) + " with the password " + DemoAccounts.PASSWORD
                    + " (see README: demo accounts)");
        }
    }

    /** One district's round, from agreement to (for some) a closed appraisal. */
    private void tell(Application app, DemoClock clock, Round round, RubricImport team, PlausibleFacts plausible,
                      BuriramOffice.District district, int i, Random random) {
        PersonId head = district.head();
        PersonId officer = BuriramOffice.PROVINCIAL_OFFICER;
        Facts context = Facts.of("office.headcount", FactValue.of(java.math.BigDecimal.valueOf(district.headcount())));
        List<ItemDraft> items = new ArrayList<>();
        for (RubricEntry e : team.rubric().section(Section.TEAM)) {
            items.add(ItemDraft.of(e.indicator().ref().code(), Section.TEAM, e.weight()));
        }
        clock.set(LocalDate.of(2022, 4, 18).plusDays(i * 3L), 10);
        AgreementId id = app.draft.draft(new DraftAgreementCommand(ROUND, head, officer, Optional.empty(), context,
                ImmutableList.copyOf(items), officer));
        clock.set(LocalDate.of(2022, 4, 25).plusDays(i * 4L), 14);
        app.sign.sign(new SignAgreementCommand(AgreementChange.of(id, head)));
        clock.set(LocalDate.of(2022, 4, 26).plusDays(i * 4L), 11);
        app.sign.sign(new SignAgreementCommand(AgreementChange.of(id, officer)));

        // Results: most by 14 September; districts 18–20 late; 21–22 never submit.
        boolean submits = i < 21;
        LocalDate reported = i >= 17 && i <= 19 ? LocalDate.of(2022, 9, 18 + (i - 17)) : LocalDate.of(2022, 8, 22).plusDays(i);
        Map<ItemId, ItemEvaluation> judgements = new LinkedHashMap<>();
        Map<ItemId, Integer> levels = new LinkedHashMap<>();
        int itemsReported = submits ? items.size() : 5;
        for (int k = 0; k < itemsReported; k++) {
            RubricEntry entry = team.rubric().section(Section.TEAM).get(k);
            int target = targetLevel(random);
            PlausibleFacts.Report report = plausible.reach(entry.indicator(), target, context, random);
            ItemId item = new ItemId(entry.indicator().ref().code());
            levels.put(item, report.level());
            clock.set(reported, 9 + k);
            app.recordResult.record(new RecordResultCommand(AgreementChange.of(id, head), item, report.results(), ImmutableList.of()));
            if (!report.judgements().isEmpty()) {
                judgements.put(item, ItemEvaluation.judged(report.judgements()));
            }
        }
        if (!submits) {
            return;
        }
        clock.set(reported, 17);
        app.submit.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, head)));
        if (i == 19) {
            return; // submitted late and not evaluated yet
        }
        // The provincial officer raises T6 for two districts after a field visit.
        if ((i == 3 || i == 9) && levels.getOrDefault(new ItemId("T6"), 5) < 5) {
            ItemId t6 = new ItemId("T6");
            int raised = levels.get(t6) + 1;
            Facts judged = Optional.ofNullable(judgements.get(t6)).map(ItemEvaluation::judgements).orElse(Facts.NONE);
            judgements.put(t6, new ItemEvaluation(judged, Optional.of(new LevelOverride(raised,
                    "ตรวจเยี่ยมพื้นที่แล้ว ครัวเรือนเป้าหมายได้รับการตรวจสอบครบตามเกณฑ์ระดับ " + raised)), "ยืนยันจากการลงพื้นที่"));
        }
        clock.set(LocalDate.of(2022, 9, 20).plusDays(i % 9), 10);
        app.evaluate.evaluate(new EvaluateAgreementCommand(AgreementChange.of(id, officer), ImmutableMap.copyOf(judgements),
                competencies(random)));
        clock.set(LocalDate.of(2022, 9, 29).plusDays(i % 2), 15);
        if (i == 5) {
            PersonId witness = new PersonId(district.id().value() + "-02");
            app.acknowledge.recordRefusal(new RecordRefusalCommand(AgreementChange.of(id, officer), witness,
                    "แจ้งผลการประเมินแล้ว ผู้รับการประเมินไม่ลงนามรับทราบ"));
        } else {
            app.acknowledge.acknowledge(new appraisal.domain.port.in.lifecycle.AcknowledgeCommand(AgreementChange.of(id, head)));
        }
        if (i % 3 == 0) {
            clock.set(LocalDate.of(2022, 10, 3).plusDays(i % 5), 10);
            app.review.review(new ReviewAgreementCommand(AgreementChange.of(id, BuriramOffice.REVIEWER), "เห็นด้วยกับผลการประเมิน"));
            if (i % 6 == 0) {
                app.close.close(new CloseAgreementCommand(AgreementChange.of(id, BuriramOffice.REVIEWER)));
            }
        }
    }

    /** Mostly 3–5, sometimes 2, as a province's districts usually do. */
    private static int targetLevel(Random random) {
        int r = random.nextInt(20);
        return r < 2 ? 2 : r < 7 ? 3 : r < 15 ? 4 : 5;
    }

    /** A district head (D1) is expected at core level 3 and management level 1. */
    private static CompetencyAssessment competencies(Random random) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            int observed = c.management() ? 1 + random.nextInt(2) : (random.nextInt(5) == 0 ? 2 : 3 + random.nextInt(2));
            levels.put(c.code(), observed);
        }
        return CompetencyAssessment.of(levels);
    }

    private appraisal.domain.model.criterion.Node tree(String resource) {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the demo file " + resource + " is missing from the jar; rebuild it with mvn package");
            }
            return text.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.YAML, resource).tree();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
