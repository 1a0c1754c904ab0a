package appraisal.cli;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.scoring.FinalScore;
import appraisal.domain.port.in.RoundScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code appraisal report}: the province's data file for a round, a row per appraisee with an
 * agreement: who they are, each item's level in its own column ({@code level.T1} …) and the
 * final numbers. The item columns are every item code of the round, in the order the agreements
 * first list them, so one rubric gives the form's order.
 */
@Command(name = "report", description = "The round's data file for the province: a row per person with an agreement, "
        + "with each item's level as a column (level.T1 …), achievement, competency, total and rating.",
        footer = {"", "Rows are ordered by unit, then person id; someone with two agreements in the round has a row for each. "
                + "An agreement that cannot be scored yet has empty levels and scores.",
                "Examples:", "  appraisal report --format csv > buriram-2565-2.csv", "  appraisal report --round 2565-2"})
public final class ReportCommand extends CommandBase {

    @Mixin
    RoundOption round = new RoundOption();

    @Override
    protected ExitCode execute() {
        Round r = round.resolve(app());
        RoundScores scores = app().scoreRound.score(r.id());
        Map<AgreementId, AgreementScore> byAgreement = new HashMap<>();
        scores.scores().forEach(s -> byAgreement.put(s.agreement(), s));
        OrgDirectory org = new OrgDirectory(app());
        List<Agreement> agreements = new ArrayList<>(app().agreements.inRound(r.id()));
        Set<String> codes = new LinkedHashSet<>();
        agreements.stream().sorted(Comparator.comparing(a -> a.id().value()))
                .forEach(a -> a.items().forEach(i -> codes.add(i.id().value())));
        agreements.sort(Comparator.comparing((Agreement a) -> org.unitName(a.appraisee())).thenComparing(a -> a.appraisee().value())
                .thenComparing(a -> a.id().value()));

        List<String> columns = new ArrayList<>(List.of("person", "รหัส", "name", "ชื่อ", "position", "ตำแหน่ง", "level", "ระดับตำแหน่ง",
                "unit", "หน่วยงาน", "agreement", "ข้อตกลง", "status", "สถานะ"));
        for (String code : codes) {
            columns.add("level." + code);
            columns.add("ระดับ " + code);
        }
        columns.addAll(List.of("achievement", "ผลสัมฤทธิ์", "competency", "สมรรถนะ", "total", "รวม", "rating", "ระดับผล"));
        Table.Builder t = Table.of(columns.toArray(String[]::new));
        for (Agreement a : agreements) {
            Optional<Person> p = org.person(a.appraisee());
            Optional<AgreementScore> s = Optional.ofNullable(byAgreement.get(a.id()));
            Map<String, Integer> levels = new HashMap<>();
            s.ifPresent(x -> x.items().forEach(i -> levels.put(i.item().value(), i.level())));
            Optional<FinalScore> f = s.flatMap(AgreementScore::finalScore);
            List<Object> row = new ArrayList<>(List.of(a.appraisee().value(), p.map(Person::name).orElse(""),
                    p.map(Person::position).orElse(""), p.map(x -> x.level().name()).orElse(""), org.unitName(a.appraisee()),
                    a.id().value(), a.status().name()));
            for (String code : codes) {
                row.add(levels.get(code));
            }
            row.add(s.map(AgreementScore::achievement));
            row.add(f.map(FinalScore::competency));
            row.add(f.map(FinalScore::total));
            row.add(f.map(x -> x.rating().name()));
            t.row(row.toArray());
        }
        out().print(t.build());
        out().note(agreements.size() + " agreement(s) in round " + r.id() + "; " + scores.unscored().size() + " not yet scorable");
        return ExitCode.OK;
    }

}
