package appraisal.cli;

import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.scoring.FinalScore;
import appraisal.domain.port.in.RoundScores;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The scores of a round, one row per agreement: what {@code score} and {@code demo} print. */
final class ScoreTable {

    private ScoreTable() {
    }

    static void print(CommandBase command, RoundScores scores) {
        Map<String, Person> people = new HashMap<>();
        command.app().org.people().forEach(p -> people.put(p.id().value(), p));
        Table.Builder table = Table.of("agreement", "ข้อตกลง", "appraisee", "ผู้รับการประเมิน", "name", "ชื่อ", "unit", "หน่วยงาน",
                "status", "สถานะ", "achievement", "ผลสัมฤทธิ์", "competency", "สมรรถนะ", "total", "รวม", "rating", "ระดับผล",
                "decided", "ครบ");
        Map<String, String> appraisees = new HashMap<>();
        command.app().agreements.inRound(scores.round()).forEach(a -> appraisees.put(a.id().value(), a.appraisee().value()));
        java.util.List<AgreementScore> sorted = new java.util.ArrayList<>(scores.scores());
        sorted.sort(java.util.Comparator.comparing(s -> s.agreement().value(), NaturalOrder.INSTANCE));
        for (AgreementScore s : sorted) {
            Optional<Person> person = Optional.ofNullable(people.get(appraisees.get(s.agreement().value())));
            Optional<FinalScore> f = s.finalScore();
            table.row(s.agreement().value(), person.map(p -> p.id().value()).orElse(""), person.map(Person::name).orElse(""),
                    person.map(p -> p.unit().value()).orElse(""), s.status().name(), s.achievement(),
                    f.map(FinalScore::competency), f.map(FinalScore::total), f.map(x -> x.rating().name()), s.decided());
        }
        command.out().print(table.build());
        scores.unscored().forEach((id, why) -> command.out().note("not scored: " + id + " — " + why));
    }
}
