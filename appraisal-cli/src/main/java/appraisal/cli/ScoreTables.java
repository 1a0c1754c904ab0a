package appraisal.cli;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.scoring.FinalScore;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.scoring.RoundScores;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one agreement's score is printed, by {@code score ID} and after {@code evaluate}: a row per
 * item, then the final score. JSON is one object (the items under {@code items}, the final
 * numbers beside them, absent until the agreement is evaluated); CSV is the item rows only, the
 * final numbers being a row of {@code appraisal score} for the round. Numbers are exact decimals.
 */
final class ScoreTables {

    private static final int SHOWN_MISSING = 3;

    private ScoreTables() {
    }

    static Table items(AgreementScore score, Format format) {
        Table.Builder t = Table.of("item", "ข้อ", "weight", "น้ำหนัก", "level", "ระดับ", "score", "คะแนน", "decided", "ตัดสินแล้ว",
                "missing_facts", "ข้อมูลที่ขาด", "override", "ปรับระดับ");
        for (ItemScore i : score.items()) {
            t.row(i.item().value(), i.weight(), i.level(), i.score(), i.decided(), missing(i.computed().missingFacts(), format),
                    i.override().map(AgreementCommand.Show::override).orElse(""));
        }
        return t.build();
    }

    /** Every missing fact for scripts; for people the first few and how many more, so the table stays readable. */
    private static String missing(Collection<String> facts, Format format) {
        if (format != Format.TABLE || facts.size() <= SHOWN_MISSING) {
            return String.join(" ", facts);
        }
        return facts.stream().limit(SHOWN_MISSING).collect(Collectors.joining(" ")) + " … (+" + (facts.size() - SHOWN_MISSING) + ")";
    }

    static void printAgreement(CommandBase command, AgreementScore score) {
        Output out = command.out();
        Table items = items(score, out.format());
        Optional<FinalScore> f = score.finalScore();
        switch (out.format()) {
            case JSON -> {
                Node.ObjBuilder o = Node.obj().put("agreement", score.agreement().value()).put("status", score.status().name())
                        .put("decided", score.decided()).put("items", Output.toTree(items)).put("achievement", score.achievement());
                f.ifPresent(s -> o.put("achievement_part", s.achievementPart()).put("competency", s.competency())
                        .put("competency_part", s.competencyPart()).put("total", s.total()).put("rating", s.rating().name()));
                out.print(o.build());
            }
            case CSV -> out.print(items);
            case TABLE -> {
                out.print(items);
                if (f.isEmpty()) {
                    out.note("ผลสัมฤทธิ์ของงาน (achievement) " + score.achievement().toPlainString()
                            + (score.decided() ? "" : ", provisional: some items still lack facts")
                            + "; no final score until the evaluator assesses the competencies");
                } else {
                    FinalScore s = f.get();
                    out.note("ผลสัมฤทธิ์ของงาน (achievement) " + s.achievement().toPlainString() + " × "
                            + s.weights().achievement().toPlainString() + "% = " + s.achievementPart().toPlainString());
                    out.note("สมรรถนะ (competency)          " + s.competency().toPlainString() + " × "
                            + s.weights().competency().toPlainString() + "% = " + s.competencyPart().toPlainString());
                    out.note("รวม (total) " + s.total().toPlainString() + " — " + s.rating().name()
                            + (score.decided() ? "" : " (provisional: some items still lack facts)"));
                }
            }
        }
    }

    /**
     * One row per agreement of a round, in natural id order, the unscored ones last with the reason.
     * A score names its appraisee, so only the unscored agreements (a few) are read again.
     */
    static void printRound(CommandBase command, RoundScores scores, AgreementQueries agreements, OrgQueries orgQueries) {
        OrgDirectory org = new OrgDirectory(orgQueries);
        Table.Builder t = Table.of("agreement", "ข้อตกลง", "appraisee", "ผู้รับการประเมิน", "name", "ชื่อ", "unit", "หน่วยงาน",
                "status", "สถานะ", "achievement", "ผลสัมฤทธิ์", "competency", "สมรรถนะ", "total", "รวม", "rating", "ระดับผล",
                "decided", "ตัดสินแล้ว", "unscored", "ยังคิดคะแนนไม่ได้");
        List<AgreementScore> sorted = new ArrayList<>(scores.scores());
        sorted.sort(Comparator.comparing(s -> s.agreement().value(), NaturalOrder.INSTANCE));
        for (AgreementScore s : sorted) {
            Optional<FinalScore> f = s.finalScore();
            t.row(s.agreement().value(), s.appraisee().value(), org.name(s.appraisee()), org.unitName(s.appraisee()),
                    s.status().name(), s.achievement(), f.map(FinalScore::competency), f.map(FinalScore::total),
                    f.map(x -> x.rating().name()), s.decided(), "");
        }
        scores.unscored().forEach((id, reason) -> {
            Agreement a = agreements.show(id);
            t.row(id.value(), a.appraisee().value(), org.name(a.appraisee()), org.unitName(a.appraisee()), a.status().name(),
                    null, null, null, null, null, reason);
        });
        command.out().print(t.build());
    }
}
