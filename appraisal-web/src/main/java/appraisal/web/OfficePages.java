package appraisal.web;

import appraisal.documents.FormText;
import appraisal.documents.RoundSheet;
import appraisal.documents.RoundSheetXlsx;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.compliance.DeadlineCheck;
import appraisal.domain.model.compliance.OfficeCompliance;
import appraisal.domain.model.compliance.PersonCompliance;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.lint.Finding;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.cascade.ComplianceReport;
import appraisal.domain.port.in.rubric.LintReport;
import appraisal.domain.port.in.rubric.LintRubricCommand;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import appraisal.interchange.ParsedTree;
import appraisal.interchange.TreeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an office or the province follows: the dashboard (deadline compliance per office and person,
 * late lists, the score distribution and rating counts as charts, each indicator's levels, filtered
 * by office and narrowed to what the viewer may see), the round's sheet as XLSX and CSV, and the
 * rubric browser with lint findings.
 */
final class OfficePages {

    private static final int CHART_WIDTH = 560;
    private static final int CHART_HEIGHT = 180;

    private final WebUseCases.Offices uses;
    private final Templates templates;
    private final TreeText trees = new TreeText();

    OfficePages(WebUseCases.Offices uses, Templates templates) {
        this.uses = uses;
        this.templates = templates;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", "/dashboard", Access.SIGNED_IN, this::dashboard));
        routes.add(new Route("GET", "/dashboard/sheet.xlsx", Access.SIGNED_IN, call -> sheet(call, true)));
        routes.add(new Route("GET", "/dashboard/sheet.csv", Access.SIGNED_IN, call -> sheet(call, false)));
        routes.add(new Route("GET", "/rubrics", Access.SIGNED_IN, this::rubrics));
        routes.add(new Route("GET", "/rubrics/{code}/{version}", Access.SIGNED_IN, this::indicator));
        routes.add(new Route("POST", "/rubrics/lint", Access.SIGNED_IN, this::lint));
    }

    private void dashboard(Call call) {
        Screen s = new Screen(call, templates);
        FormText t = s.text;
        Visibility sees = call.visibility();
        List<Round> rounds = uses.rounds().rounds().stream().sorted(Comparator.comparing(Round::start).reversed())
                .collect(Collectors.toList());
        if (rounds.isEmpty()) {
            throw DomainException.notFound("round.not-found", "no round is open yet; an administrator opens one");
        }
        Round round = call.query("round").map(r -> uses.rounds().round(new RoundId(r))).orElse(rounds.get(0));
        List<OrgUnit> units = uses.org().units();
        List<OrgUnit> offices = units.stream().filter(u -> u.kind() != OrgUnitKind.WORK_GROUP && sees.seesUnit(u.id()))
                .collect(Collectors.toList());
        Optional<OrgUnitId> office = call.query("office").map(OrgUnitId::new);
        if (office.isPresent() && !sees.seesUnit(office.get())) {
            throw Call.hidden("org.unit-not-found", "unit " + office.get().value());
        }
        if (office.isEmpty() && !sees.all() && !offices.isEmpty()) {
            // someone who heads an office starts at the highest office they head
            office = Optional.of(offices.get(0).id());
        }
        ComplianceReport report = uses.compliance().compliance(round.id(), office);
        List<PersonCompliance> people = report.people().stream().filter(p -> sees.sees(p.person().id())).collect(Collectors.toList());
        Set<AgreementId> shown = new HashSet<>();
        people.forEach(p -> p.agreement().ifPresent(shown::add));
        RoundScores scores = uses.scoreRound().score(round.id());
        Map<AgreementId, AgreementScore> byAgreement = new HashMap<>();
        scores.scores().stream().filter(sc -> shown.contains(sc.agreement())).forEach(sc -> byAgreement.put(sc.agreement(), sc));
        Map<OrgUnitId, String> unitNames = units.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));

        List<Deadline> deadlines = round.deadlines();
        List<String> deadlineLabels = deadlines.stream().map(d -> d.label() + " (" + t.date(d.due()) + ")").collect(Collectors.toList());
        List<DashboardView.OfficeRow> officeRows = new ArrayList<>();
        for (OfficeCompliance o : report.offices()) {
            if (!sees.seesUnit(o.office()) && !sees.all()) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            boolean behind = false;
            for (Deadline d : deadlines) {
                OfficeCompliance.Tally tally = o.byDeadline().get(d.kind());
                if (tally == null) {
                    cells.add("");
                    continue;
                }
                behind |= tally.late() > 0;
                cells.add("ทันเวลา " + t.number(tally.onTime()) + " · ช้า " + t.number(tally.doneLate()) + " · ค้าง " + t.number(tally.late())
                        + " · ยังไม่ถึงกำหนด " + t.number(tally.pending()));
            }
            officeRows.add(new DashboardView.OfficeRow(unitNames.getOrDefault(o.office(), o.office().value()), t.number(o.people()),
                    cells, behind));
        }
        List<DashboardView.PersonRow> rows = new ArrayList<>();
        List<DashboardView.PersonRow> late = new ArrayList<>();
        for (PersonCompliance p : people) {
            List<DashboardView.Cell> checks = new ArrayList<>();
            for (Deadline d : deadlines) {
                Optional<DeadlineCheck> c = p.checks().stream().filter(x -> x.kind() == d.kind()).findFirst();
                checks.add(c.map(x -> new DashboardView.Cell(standing(t, x), x.standing().late())).orElse(new DashboardView.Cell("", false)));
            }
            Optional<AgreementScore> sc = p.agreement().map(byAgreement::get);
            DashboardView.PersonRow row = new DashboardView.PersonRow(p.person().id().value(), p.person().name(),
                    unitNames.getOrDefault(p.office(), p.office().value()), p.agreement().map(AgreementId::value).orElse(""),
                    p.agreement().map(id -> FormText.status(uses.agreements().show(id).status())).orElse("ยังไม่มีข้อตกลง"), checks,
                    sc.map(x -> t.figure(x.achievement())).orElse(""),
                    sc.flatMap(AgreementScore::finalScore).map(f -> f.rating().name()).orElse(""));
            rows.add(row);
            if (!p.late().isEmpty()) {
                late.add(row);
            }
        }
        List<AgreementScore> shownScores = new ArrayList<>(byAgreement.values());
        DashboardView view = new DashboardView(round.id().value(), office.map(OrgUnitId::value).orElse(""),
                rounds.stream().map(r -> new DashboardView.Option(r.id().value(), t.text(r.id().value()), r.id().equals(round.id())))
                        .collect(Collectors.toList()),
                officeOptions(offices, office),
                t.date(report.asOf()), deadlineLabels, deadlines.stream().map(d -> column(d.kind())).collect(Collectors.toList()), officeRows, rows, late, distribution(t, shownScores), ratings(t, shownScores),
                indicators(t, shownScores), shownScores.size());
        s.page("dashboard.jte", Screen.params("frame", s.frame("ภาพรวมสำนักงาน", "dashboard"), "d", view));
    }

    private static List<DashboardView.Option> officeOptions(List<OrgUnit> offices, Optional<OrgUnitId> chosen) {
        return offices.stream().map(u -> new DashboardView.Option(u.id().value(), u.name(), chosen.map(u.id()::equals).orElse(false)))
                .collect(Collectors.toList());
    }

    /** A deadline as a column heading: short, the full label is listed above the tables. */
    private static String column(appraisal.domain.model.round.DeadlineKind kind) {
        switch (kind) {
            case AGREEMENT: return "ทำข้อตกลง";
            case SELF_ASSESSMENT: return "รายงานผล";
            case EVALUATION: return "ประเมินผล";
            default: return "อื่น ๆ";
        }
    }

    private static String standing(FormText t, DeadlineCheck c) {
        switch (c.standing()) {
            case ON_TIME: return "ทันเวลา";
            case DONE_LATE: return "ช้า " + t.number(Math.abs(c.days())) + " วัน";
            case LATE: return "ค้าง " + t.number(Math.abs(c.days())) + " วัน";
            case PENDING:
            default: return "เหลือ " + t.number(Math.abs(c.days())) + " วัน";
        }
    }

    /** Achievement scores in bands of ten (0–9 … 90–100), as bars. */
    private static List<DashboardView.Bar> distribution(FormText t, List<AgreementScore> scores) {
        int[] counts = new int[10];
        for (AgreementScore sc : scores) {
            int band = Math.min(9, sc.achievement().divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).intValue());
            counts[Math.max(0, band)]++;
        }
        Map<String, Integer> labelled = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            labelled.put(t.number(i * 10L) + "–" + t.number(i == 9 ? 100 : i * 10L + 9), counts[i]);
        }
        return bars(t, labelled);
    }

    private static List<DashboardView.Bar> ratings(FormText t, List<AgreementScore> scores) {
        Map<String, Integer> counts = new TreeMap<>();
        for (AgreementScore sc : scores) {
            counts.merge(sc.finalScore().map(f -> f.rating().name()).orElse("ยังไม่ประเมิน"), 1, Integer::sum);
        }
        return bars(t, counts);
    }

    private static List<DashboardView.Bar> bars(FormText t, Map<String, Integer> counts) {
        int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int n = Math.max(1, counts.size());
        int slot = CHART_WIDTH / n;
        List<DashboardView.Bar> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int h = (int) Math.round((double) e.getValue() * (CHART_HEIGHT - 20) / max);
            out.add(new DashboardView.Bar(e.getKey(), t.number(e.getValue()), i * slot + 4, CHART_HEIGHT - h, Math.max(4, slot - 8), h));
            i++;
        }
        return out;
    }

    /** Each indicator across the shown agreements: how many items, the mean level, and how many at each level (the level that counts). */
    private List<DashboardView.IndicatorRow> indicators(FormText t, List<AgreementScore> scores) {
        Map<String, List<ItemScore>> byCode = new TreeMap<>();
        Map<String, IndicatorRef> refs = new HashMap<>();
        for (AgreementScore sc : scores) {
            for (ItemScore i : sc.items()) {
                byCode.computeIfAbsent(i.indicator().code(), k -> new ArrayList<>()).add(i);
                refs.putIfAbsent(i.indicator().code(), i.indicator());
            }
        }
        List<DashboardView.IndicatorRow> out = new ArrayList<>();
        for (Map.Entry<String, List<ItemScore>> e : byCode.entrySet()) {
            int[] at = new int[6];
            int sum = 0;
            for (ItemScore i : e.getValue()) {
                at[Math.max(0, Math.min(5, i.level()))]++;
                sum += i.level();
            }
            String title;
            try {
                title = uses.indicators().indicator(refs.get(e.getKey())).title();
            } catch (DomainException x) {
                title = "";
            }
            List<String> levels = new ArrayList<>();
            for (int c : at) {
                levels.add(t.number(c));
            }
            out.add(new DashboardView.IndicatorRow(e.getKey(), title, t.number(e.getValue().size()),
                    t.figure(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(e.getValue().size()), 2, RoundingMode.HALF_UP)), levels));
        }
        return out;
    }

    /** The round's sheet with the rows of the people the viewer may see. */
    private void sheet(Call call, boolean xlsx) throws IOException {
        Visibility sees = call.visibility();
        List<Round> rounds = uses.rounds().rounds();
        Round round = call.query("round").map(r -> uses.rounds().round(new RoundId(r))).orElseGet(() -> rounds.stream()
                .max(Comparator.comparing(Round::start)).orElseThrow(() -> DomainException.notFound("round.not-found", "no round is open")));
        RoundSheet all = uses.documents().roundSheet(round.id());
        int person = all.column("person");
        RoundSheet sheet = new RoundSheet(all.round(), all.columns(), all.rows().stream()
                .filter(r -> sees.sees(new appraisal.domain.model.org.PersonId(String.valueOf(r.get(person))))).collect(Collectors.toList()));
        String name = "round-" + round.id().value();
        if (xlsx) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RoundSheetXlsx.write(sheet, out);
            call.context().status(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .header("Content-Disposition", "attachment; filename=\"" + name + ".xlsx\"").result(out.toByteArray());
        } else {
            call.context().status(200).contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\""
                    + name + ".csv\"").result(uses.sheetCsv().apply(sheet).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void rubrics(Call call) {
        Screen s = new Screen(call, templates);
        List<Indicator> latest = uses.indicators().latestIndicators().stream()
                .sorted(Comparator.comparing((Indicator i) -> i.ref().code(), IndicatorRef.CODE_ORDER)).collect(Collectors.toList());
        s.page("rubrics.jte", Screen.params("frame", s.frame("ตัวชี้วัด", "rubrics"), "indicators", latest, "findings", List.<Finding>of(),
                "linted", ""));
    }

    private void indicator(Call call) {
        Screen s = new Screen(call, templates);
        String code = call.path("code");
        int version;
        try {
            version = Integer.parseInt(call.path("version"));
        } catch (NumberFormatException e) {
            throw Call.hidden("indicator.not-found", "indicator " + code + "@v" + call.path("version"));
        }
        Indicator shown = uses.indicators().indicator(new IndicatorRef(code, version));
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; ; v++) {
            try {
                uses.indicators().indicator(new IndicatorRef(code, v));
                versions.add(v);
            } catch (DomainException e) {
                break;
            }
        }
        s.page("indicator.jte", Screen.params("frame", s.frame(code + " " + shown.title(), "rubrics"), "i", shown, "versions", versions,
                "criteria", shown.levels().stream().map(l -> trees.writeCompact(uses.criteria().write(l.criterion())))
                        .collect(Collectors.toList())));
    }

    /** Lints an uploaded rubric file (YAML or JSON, the interchange format): the findings, nothing stored. */
    private void lint(Call call) throws IOException {
        Screen s = new Screen(call, templates);
        ParsedTree parsed = Upload.tree(call, trees, "rubric", "a rubric file to check");
        LintReport report = uses.lintRubric().lint(new LintRubricCommand(parsed.tree()));
        List<Indicator> latest = uses.indicators().latestIndicators().stream()
                .sorted(Comparator.comparing((Indicator i) -> i.ref().code(), IndicatorRef.CODE_ORDER)).collect(Collectors.toList());
        s.page("rubrics.jte", Screen.params("frame", s.frame("ตัวชี้วัด", "rubrics"), "indicators", latest, "findings", report.findings(),
                "linted", parsed.source()));
    }
}
