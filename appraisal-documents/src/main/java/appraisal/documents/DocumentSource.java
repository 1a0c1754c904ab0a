package appraisal.documents;

import appraisal.domain.model.agreement.Acknowledgement.Acknowledged;
import appraisal.domain.model.agreement.Acknowledgement.Refused;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.agreement.Signature;
import appraisal.domain.model.agreement.SignatureRole;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.FinalScore;
import appraisal.domain.model.scoring.Weights;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.domain.port.in.scoring.ScoreRoundUseCase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the documents from what the use cases show: the agreement, its indicators, the people and
 * the round through the read models of {@code port.in}, and every number from the scoring use
 * cases, printed as they rounded it. Nothing is scored here.
 */
public final class DocumentSource {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private final AgreementQueries agreements;
    private final IndicatorQueries indicators;
    private final OrgQueries org;
    private final RoundQueries rounds;
    private final ScoreAgreementUseCase scoreAgreement;
    private final ScoreRoundUseCase scoreRound;

    public DocumentSource(AgreementQueries agreements, IndicatorQueries indicators, OrgQueries org, RoundQueries rounds,
                          ScoreAgreementUseCase scoreAgreement, ScoreRoundUseCase scoreRound) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.org = org;
        this.rounds = rounds;
        this.scoreAgreement = scoreAgreement;
        this.scoreRound = scoreRound;
    }

    // ---------------------------------------------------------------- the agreement form

    /** The agreement form of {@code id}; a {@code NOT_FOUND} refusal when there is no such agreement. */
    public AgreementForm agreementForm(AgreementId id, FormText t) {
        Agreement a = agreements.show(id);
        Directory dir = new Directory();
        List<AgreementForm.Section> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            List<Item> items = a.items(section);
            if (items.isEmpty()) {
                continue;
            }
            List<AgreementForm.Row> rows = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            int n = 0;
            for (Item item : items) {
                Indicator indicator = indicators.indicator(item.indicator());
                List<String> levels = new ArrayList<>();
                for (Level level : indicator.levels()) {
                    levels.add(t.text("ระดับ " + level.number() + " : ") + t.text(level.text()));
                }
                List<String> notes = new ArrayList<>();
                if (!item.targetAdjustments().isEmpty()) {
                    notes.add(t.text("ค่าเป้าหมายปรับเฉพาะข้อตกลงนี้ ระดับ "
                            + String.join(", ", item.targetAdjustments().keySet().stream().map(String::valueOf).toList())
                            + " (" + item.adjustmentReason() + ")"));
                }
                String unit = item.responsibleUnit().isEmpty() ? indicator.responsibleUnit() : item.responsibleUnit();
                rows.add(new AgreementForm.Row(t.number(++n), item.indicator().code(), t.text(indicator.title()), levels,
                        t.plain(item.weight()), unit, notes));
                sum = sum.add(item.weight());
            }
            sections.add(new AgreementForm.Section(FormText.sectionTitle(section), rows, t.plain(sum)));
        }
        List<SignatureLine> signatures = List.of(
                signatureLine("ผู้รับการประเมิน", dir.party(a.appraisee()), signed(a, SignatureRole.APPRAISEE), t),
                signatureLine("ผู้ประเมิน", dir.party(a.evaluator()), signed(a, SignatureRole.EVALUATOR), t));
        return new AgreementForm("ข้อตกลงการปฏิบัติราชการ", header(a, dir, t), sections, t.plain(a.totalWeight()), signatures);
    }

    // ---------------------------------------------------------------- the appraisal summary

    /** The appraisal summary of {@code id}, with the numbers the scoring use case gives now. */
    public SummaryForm summaryForm(AgreementId id, FormText t) {
        Agreement a = agreements.show(id);
        Directory dir = new Directory();
        Round round = rounds.round(a.round());
        AgreementScore score = scoreAgreement.score(id);
        Map<String, ItemScore> byItem = new HashMap<>();
        score.items().forEach(s -> byItem.put(s.item().value(), s));

        List<SummaryForm.ItemLine> lines = new ArrayList<>();
        BigDecimal weightedSum = BigDecimal.ZERO;
        int n = 0;
        for (Section section : Section.values()) {
            for (Item item : a.items(section)) {
                Indicator indicator = indicators.indicator(item.indicator());
                ItemScore s = byItem.get(item.id().value());
                // The item's share of the achievement, exact: Σ of these ÷ 1 is the achievement before rounding.
                BigDecimal weighted = s.score().multiply(item.weight()).divide(FIVE);
                weightedSum = weightedSum.add(weighted);
                String note = s.override().map(o -> "ผู้ประเมินกำหนดระดับ " + o.level() + " : " + o.reason())
                        .orElse(s.decided() ? "" : "ยังรอข้อมูล");
                lines.add(new SummaryForm.ItemLine(t.number(++n), FormText.sectionTitle(section), item.indicator().code(),
                        t.text(indicator.title()), s.decided() ? t.number(s.level()) : "", t.plain(s.score()), t.plain(item.weight()),
                        t.plain(weighted), t.text(note)));
            }
        }

        Optional<FinalScore> fin = score.finalScore();
        boolean probation = dir.person(a.appraisee()).map(Person::onProbation).orElse(false);
        Weights w = fin.map(FinalScore::weights).orElseGet(() -> round.scheme().weightsFor(probation));
        List<SummaryForm.Part> parts = new ArrayList<>();
        parts.add(new SummaryForm.Part("ผลสัมฤทธิ์ของงาน", t.figure(fin.map(FinalScore::achievement).orElse(score.achievement())),
                t.plain(w.achievement()), fin.map(f -> t.figure(f.achievementPart())).orElse("")));
        parts.add(new SummaryForm.Part("พฤติกรรมการปฏิบัติราชการ (สมรรถนะ)", fin.map(f -> t.figure(f.competency())).orElse(""),
                t.plain(w.competency()), fin.map(f -> t.figure(f.competencyPart())).orElse("")));
        if (w.other().signum() != 0) {
            parts.add(new SummaryForm.Part("องค์ประกอบอื่น", "", t.plain(w.other()), fin.map(f -> t.figure(f.otherPart())).orElse("")));
        }

        SignatureLine evaluation = new SignatureLine("ผู้ประเมิน", dir.party(a.evaluator()),
                a.evaluation().map(e -> t.date(e.at())).orElse(""));
        Optional<SummaryForm.Acknowledgement> ack = a.acknowledgement().map(k -> {
            if (k instanceof Acknowledged ok) {
                return new SummaryForm.Acknowledgement(true, "ได้รับทราบผลการประเมินแล้ว",
                        new SignatureLine("ผู้รับการประเมิน", dir.party(ok.appraisee()), t.date(ok.at())), Optional.empty(),
                        Optional.empty(), "");
            }
            Refused r = (Refused) k;
            return new SummaryForm.Acknowledgement(false,
                    t.text("ได้แจ้งผลการประเมินเมื่อวันที่ " + t.date(r.at()) + " แล้ว แต่ผู้รับการประเมินไม่ลงนามรับทราบ"),
                    new SignatureLine("ผู้รับการประเมิน", dir.party(a.appraisee()), ""),
                    Optional.of(new SignatureLine("ผู้แจ้งผล", dir.party(r.notifier()), t.date(r.at()))),
                    Optional.of(new SignatureLine("พยาน", dir.party(r.witness()), t.date(r.at()))), t.text(r.note()));
        });
        Optional<SummaryForm.ReviewNote> review = a.review().map(r -> new SummaryForm.ReviewNote(t.text(r.opinion()),
                new SignatureLine("ผู้บังคับบัญชาเหนือขึ้นไป", dir.party(r.reviewer()), t.date(r.at()))));
        return new SummaryForm("แบบสรุปผลการประเมินผลการปฏิบัติราชการ", header(a, dir, t), FormText.status(a.status()), lines,
                t.plain(a.totalWeight()), t.plain(weightedSum), t.figure(fin.map(FinalScore::achievement).orElse(score.achievement())),
                !score.decided(), parts, fin.map(f -> t.figure(f.total())).orElse(""),
                fin.map(f -> f.rating().name()).orElse(""), evaluation, ack, review);
    }

    // ---------------------------------------------------------------- the round's spreadsheet

    /**
     * The round's table for the province: a row per agreement (by office, then person and
     * agreement id) with the office, the person, their position, the status, every item's level in
     * a column of its own and the scores; empty where an agreement cannot be scored yet.
     */
    public RoundSheet roundSheet(RoundId roundId) {
        Round round = rounds.round(roundId);
        RoundScores scores = scoreRound.score(round.id());
        Map<AgreementId, AgreementScore> byAgreement = new HashMap<>();
        scores.scores().forEach(s -> byAgreement.put(s.agreement(), s));
        Directory dir = new Directory();
        List<Agreement> inRound = new ArrayList<>(agreements.inRound(round.id()));
        Set<String> codes = new LinkedHashSet<>();
        inRound.stream().sorted(Comparator.comparing(a -> a.id().value())).forEach(a -> a.items().forEach(i -> codes.add(i.id().value())));
        inRound.sort(Comparator.comparing((Agreement a) -> dir.officeName(a.appraisee())).thenComparing(a -> a.appraisee().value())
                .thenComparing(a -> a.id().value()));

        List<RoundSheet.Column> columns = new ArrayList<>(List.of(
                RoundSheet.Column.text("office", "สำนักงาน"), RoundSheet.Column.text("unit", "หน่วยงาน"),
                RoundSheet.Column.text("person", "รหัส"), RoundSheet.Column.text("name", "ชื่อ"),
                RoundSheet.Column.text("position", "ตำแหน่ง"), RoundSheet.Column.text("level", "ระดับตำแหน่ง"),
                RoundSheet.Column.text("agreement", "ข้อตกลง"), RoundSheet.Column.text("status", "สถานะ")));
        for (String code : codes) {
            columns.add(RoundSheet.Column.number("level." + code, "ระดับ " + code));
        }
        columns.addAll(List.of(RoundSheet.Column.number("achievement", "ผลสัมฤทธิ์"), RoundSheet.Column.number("competency", "สมรรถนะ"),
                RoundSheet.Column.number("total", "รวม"), RoundSheet.Column.text("rating", "ระดับผล")));
        List<List<Object>> rows = new ArrayList<>();
        for (Agreement a : inRound) {
            Optional<Person> p = dir.person(a.appraisee());
            Optional<AgreementScore> s = Optional.ofNullable(byAgreement.get(a.id()));
            Map<String, Integer> levels = new HashMap<>();
            s.ifPresent(x -> x.items().forEach(i -> {
                if (i.decided()) {
                    levels.put(i.item().value(), i.level());
                }
            }));
            Optional<FinalScore> f = s.flatMap(AgreementScore::finalScore);
            List<Object> row = new ArrayList<>();
            row.add(dir.officeName(a.appraisee()));
            row.add(dir.unitName(a.appraisee()));
            row.add(a.appraisee().value());
            row.add(p.map(Person::name).orElse(""));
            row.add(p.map(Person::position).orElse(""));
            row.add(p.map(x -> x.level().name()).orElse(""));
            row.add(a.id().value());
            row.add(a.status().name());
            for (String code : codes) {
                row.add(levels.get(code));
            }
            row.add(s.map(AgreementScore::achievement).orElse(null));
            row.add(f.map(FinalScore::competency).orElse(null));
            row.add(f.map(FinalScore::total).orElse(null));
            row.add(f.map(x -> x.rating().name()).orElse(null));
            rows.add(row);
        }
        return new RoundSheet(round.id().value(), columns, rows);
    }

    // ---------------------------------------------------------------- shared

    private FormHeader header(Agreement a, Directory dir, FormText t) {
        Round round = rounds.round(a.round());
        String roundText = t.text("รอบที่ " + round.number()) + " (" + t.date(round.start()) + " – " + t.date(round.end()) + ")";
        return new FormHeader(a.id().value(), roundText, t.number(round.fiscalYear().buddhistEra()), dir.party(a.appraisee()),
                dir.party(a.evaluator()));
    }

    private static Optional<Signature> signed(Agreement a, SignatureRole role) {
        return a.signatures().stream().filter(s -> s.role() == role).reduce((first, second) -> second);
    }

    private static SignatureLine signatureLine(String role, Party party, Optional<Signature> signature, FormText t) {
        return new SignatureLine(role, party, signature.map(s -> t.date(s.at())).orElse(""));
    }

    /** The people and units, read once per document. */
    private final class Directory {
        private final Map<PersonId, Person> people = new HashMap<>();
        private final Map<OrgUnitId, OrgUnit> units = new HashMap<>();

        Directory() {
            org.people().forEach(p -> people.put(p.id(), p));
            org.units().forEach(u -> units.put(u.id(), u));
        }

        Optional<Person> person(PersonId id) {
            return Optional.ofNullable(people.get(id));
        }

        Party party(PersonId id) {
            return person(id).map(p -> new Party(id.value(), p.name(), p.position(), unitName(p.unit())))
                    .orElse(new Party(id.value(), id.value(), "", ""));
        }

        String unitName(PersonId id) {
            return person(id).map(p -> unitName(p.unit())).orElse("");
        }

        String officeName(PersonId id) {
            return person(id).map(p -> unitName(Office.enclosing(p.unit(), u -> Optional.ofNullable(units.get(u))))).orElse("");
        }

        private String unitName(OrgUnitId id) {
            return Optional.ofNullable(units.get(id)).map(OrgUnit::name).orElse(id.value());
        }
    }
}
