package appraisal.cli;

import appraisal.domain.model.compliance.DeadlineCheck;
import appraisal.domain.model.compliance.OfficeCompliance;
import appraisal.domain.model.compliance.PersonCompliance;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.Round;
import appraisal.domain.port.in.cascade.ComplianceReport;
import appraisal.domain.port.in.cascade.DeadlineComplianceUseCase;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.round.RoundQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code appraisal round compliance}: who is late against the round's deadlines, per person or per office. */
@Command(name = "compliance", description = "Deadline compliance on today's date: who has not agreed, not self-assessed or "
        + "not been evaluated by each deadline of the round, and how many days late (or left), per person or, with "
        + "--by-office, per office.",
        footer = {"", "Everyone in scope with a supervisor (so an evaluator) is expected to have an agreement. The due date is "
                + "the last day allowed; done late stays late. Standings: ON_TIME, DONE_LATE, LATE (not done, past due), "
                + "PENDING (not done, not yet due). days: days late for DONE_LATE and LATE, days left for PENDING, 0 for ON_TIME.",
                "Per person, for each deadline kind K of the round (agreement, self_assessment, evaluation): K_standing, "
                        + "K_done_on, K_days; besides person, name, office, agreement, evaluator.",
                "Per office: office, name, people and, per kind K, K_on_time, K_done_late, K_late, K_pending.",
                "Examples:", "  appraisal round compliance --late", "  appraisal round compliance --unit BRM --by-office --format csv",
                "  appraisal round compliance --round 2565-2 --format json"})
final class ComplianceCommand extends CommandBase {

    /** What {@code round compliance} may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(RoundQueries rounds, OrgQueries org, DeadlineComplianceUseCase compliance) {
        static Uses of(Application app) {
            return new Uses(app.rounds, app.org, app.compliance);
        }
    }

    @Mixin
    RoundOption round = new RoundOption();

    @Option(names = "--unit", paramLabel = "UNIT", description = "Only this unit and the units under it (default: everyone).")
    String unit;

    @Option(names = "--late", description = "Only the people (or offices) behind on at least one deadline.")
    boolean late;

    @Option(names = "--by-office", description = "One row per office, counting its people per deadline and standing.")
    boolean byOffice;

    @Override
    protected ExitCode execute() {
        Round r = round.resolve(uses(Uses::of).rounds());
        ComplianceReport report = uses(Uses::of).compliance().compliance(r.id(), Optional.ofNullable(unit).map(u -> new OrgUnitId(u.strip())));
        List<DeadlineKind> kinds = report.people().stream().findFirst()
                .map(p -> p.checks().stream().map(DeadlineCheck::kind).toList())
                .orElseGet(() -> r.deadlines().stream().map(Deadline::kind).filter(k -> k != DeadlineKind.OTHER).toList());
        Map<OrgUnitId, String> unitNames = new HashMap<>();
        uses(Uses::of).org().units().forEach(u -> unitNames.put(u.id(), u.name()));
        if (byOffice) {
            offices(report, kinds, unitNames);
        } else {
            people(report, kinds);
        }
        out().note("as of " + report.asOf() + ": " + report.people().size() + " people in scope, " + report.late().size()
                + " behind on a deadline; due " + r.deadlines().stream().filter(d -> kinds.contains(d.kind()))
                .map(d -> key(d.kind()) + " " + d.due()).collect(Collectors.joining(", ")));
        return ExitCode.OK;
    }

    static String key(DeadlineKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The deadline as offices name it, for table headers. */
    private static String thai(DeadlineKind kind) {
        switch (kind) {
            case AGREEMENT:
                return "ข้อตกลง";
            case SELF_ASSESSMENT:
                return "ประเมินตนเอง";
            case EVALUATION:
                return "ประเมินผล";
            default:
                return key(kind);
        }
    }

    private void people(ComplianceReport report, List<DeadlineKind> kinds) {
        List<String> columns = new ArrayList<>(List.of("person", "รหัส", "name", "ชื่อ", "office", "สำนักงาน", "agreement", "ข้อตกลง",
                "evaluator", "ผู้ประเมิน"));
        for (DeadlineKind k : kinds) {
            columns.addAll(List.of(key(k) + "_standing", thai(k), key(k) + "_done_on", thai(k) + " วันที่", key(k) + "_days",
                    thai(k) + " วัน"));
        }
        Table.Builder t = Table.of(columns.toArray(String[]::new));
        for (PersonCompliance p : late ? report.late() : report.people()) {
            List<Object> row = new ArrayList<>(List.of(p.person().id().value(), p.person().name(), p.office().value(),
                    p.agreement().map(a -> (Object) a.value()).orElse(""), p.evaluator().map(PersonId::value).orElse("")));
            for (DeadlineKind k : kinds) {
                Optional<DeadlineCheck> c = p.checks().stream().filter(x -> x.kind() == k).findFirst();
                row.add(c.map(x -> x.standing().name()).orElse(""));
                row.add(c.flatMap(DeadlineCheck::doneOn));
                row.add(c.map(DeadlineCheck::days).orElse(null));
            }
            t.row(row.toArray());
        }
        out().print(t.build());
    }

    private void offices(ComplianceReport report, List<DeadlineKind> kinds, Map<OrgUnitId, String> unitNames) {
        List<String> columns = new ArrayList<>(List.of("office", "สำนักงาน", "name", "ชื่อ", "people", "บุคลากร"));
        for (DeadlineKind k : kinds) {
            columns.addAll(List.of(key(k) + "_on_time", thai(k) + " ทันเวลา", key(k) + "_done_late", thai(k) + " ทำช้า",
                    key(k) + "_late", thai(k) + " ค้าง", key(k) + "_pending", thai(k) + " ยังไม่ถึงกำหนด"));
        }
        Table.Builder t = Table.of(columns.toArray(String[]::new));
        for (OfficeCompliance o : report.offices()) {
            boolean behind = o.byDeadline().values().stream().anyMatch(tally -> tally.behind() > 0);
            if (late && !behind) {
                continue;
            }
            List<Object> row = new ArrayList<>(List.of(o.office().value(), unitNames.getOrDefault(o.office(), ""), o.people()));
            for (DeadlineKind k : kinds) {
                OfficeCompliance.Tally tally = o.byDeadline().getOrDefault(k, new OfficeCompliance.Tally(0, 0, 0, 0));
                row.addAll(List.of(tally.onTime(), tally.doneLate(), tally.late(), tally.pending()));
            }
            t.row(row.toArray());
        }
        out().print(t.build());
    }
}
