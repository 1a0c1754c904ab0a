package appraisal.domain.port.out.contract;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.REVIEWER;
import static appraisal.domain.model.agreement.AgreementFixtures.WITNESS;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.competencies;
import static appraisal.domain.model.agreement.AgreementFixtures.day;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.AnyOf;
import appraisal.domain.model.criterion.AtLeast;
import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Measure;
import appraisal.domain.model.indicator.ScoringMethod;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.EvidenceQuota;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.model.scoring.CompetencyMethod;
import appraisal.domain.model.scoring.RatingBand;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.scoring.Weights;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Realistic values for the port contract suites: the Buriram office's kinds of indicators and
 * agreements driven through their real transitions, with Thai text wherever people write it.
 * Everything is built fresh on each call, so a test may change what it gets.
 */
public final class PortExamples {

    private PortExamples() {
    }

    // ---------------------------------------------------------------- agreements

    /** A criterion of every built-in kind, nested, as local target adjustments use them. */
    public static Criterion bracketOnHeadcount() {
        return new Bracket("office.headcount", ImmutableList.of(
                new Bracket.Branch(Range.atMost(new BigDecimal("2")), new Threshold("news.per_month", Comparator.AT_LEAST, new BigDecimal("3"))),
                new Bracket.Branch(Range.openClosed(new BigDecimal("2"), new BigDecimal("4")),
                        new Threshold("news.per_month", Comparator.AT_LEAST, new BigDecimal("6"))),
                new Bracket.Branch(Range.greaterThan(new BigDecimal("4")), new Threshold("news.per_month", Comparator.AT_LEAST, new BigDecimal("9")))));
    }

    public static Criterion casesOnDefaultedLoans() {
        return new Cases("loans.defaulted", ImmutableList.of(
                new Cases.Case(FactValue.flag(true), new Threshold("loans.recovered_pct", Comparator.AT_LEAST, new BigDecimal("15.0")))),
                Optional.of(new Threshold("loans.recovered_pct", Comparator.AT_LEAST, new BigDecimal("20.0"))));
    }

    public static Criterion fourItemsOfThePovertyIndicator() {
        return AtLeast.of(3, List.of(
                StepDone.by("poverty.survey", LocalDate.of(2022, 6, 30)),
                StepDone.of("poverty.plan"),
                new Judgement("poverty.plan_quality", "แผนแก้ไขปัญหาความยากจนมีคุณภาพหรือไม่"),
                AllOf.of(new Threshold("poverty.households_helped_pct", Comparator.MORE_THAN, new BigDecimal("50")),
                        new Threshold("poverty.complaints", Comparator.LESS_THAN, new BigDecimal("3")))));
    }

    /**
     * An evaluated agreement with everything an agreement can hold before acknowledgement:
     * context facts, parent item references, local target adjustments of several criterion
     * kinds, results with facts of every type and several pieces of evidence (and an item with
     * none), an evaluation with judgements, an override with its reason, comments and
     * competencies. Weights 33.33 + 33.33 + 33.34.
     */
    public static Agreement richlyEvaluated(String id) {
        return richlyEvaluated(id, APPRAISEE);
    }

    /** {@link #richlyEvaluated(String)} for another appraisee (a person has one agreement per round). */
    public static Agreement richlyEvaluated(String id, PersonId appraisee) {
        Map<Integer, Criterion> adjustments = new LinkedHashMap<>();
        adjustments.put(5, bracketOnHeadcount());
        adjustments.put(3, new Threshold("percent", Comparator.AT_LEAST, new BigDecimal("85.50")));
        adjustments.put(4, casesOnDefaultedLoans());
        Item measured = new Item(new ItemId("1"), Section.TEAM, new IndicatorRef("CDD-1.1", 2), new BigDecimal("33.33"),
                "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน", Optional.of(new ItemRef(new AgreementId("agr-province-2565-1"), new ItemId("P-1"))),
                ImmutableMap.copyOf(adjustments), "อำเภอขนาดเล็ก มีเจ้าหน้าที่ ๔ คน จึงปรับค่าเป้าหมาย");
        Item steps = new Item(new ItemId("2"), Section.INDIVIDUAL, new IndicatorRef("CDD-2", 1), new BigDecimal("33.33"), "",
                Optional.empty(), ImmutableMap.of(2, fourItemsOfThePovertyIndicator()), "ตามมติที่ประชุมจังหวัด");
        Item judged = Item.of(new ItemId("3"), Section.TEAM, new IndicatorRef("CDD-3", 1), new BigDecimal("33.34"), "ฝ่ายบริหารงานทั่วไป");
        Facts context = Facts.of(Map.of(
                "office.headcount", FactValue.of("4"),
                "office.situation", new FactValue.Choice("มีหนี้ค้างชำระ")));

        Agreement a = anAgreement().id(id).appraisee(appraisee).parent(new AgreementId("agr-province-2565-1")).context(context)
                .items(List.of(measured, steps, judged)).draft();
        a.sign(EVALUATOR, day(1));
        a.sign(appraisee, day(2));
        a.recordResult(measured.id(), Facts.of(Map.of(
                        "percent", FactValue.of("87.250"),
                        "loans.defaulted", FactValue.flag(true),
                        "loans.recovered_pct", FactValue.of("16"))),
                List.of(evidence("รายงานผลการเบิกจ่าย.pdf", "application/pdf", 48_213),
                        evidence("photo-1.jpg", "image/jpeg", 2_311_044),
                        new EvidenceRef.Link("ประกาศผลการเบิกจ่ายบนเว็บไซต์", "https://buriram.cdd.go.th/ผลการเบิกจ่าย?ปี=2565#ไตรมาส4")),
                appraisee, day(150));
        a.recordResult(steps.id(), Facts.of(Map.of(
                        "poverty.survey", FactValue.Completion.doneOn(LocalDate.of(2022, 6, 28)),
                        "poverty.plan", FactValue.Completion.doneUndated(),
                        "poverty.households_helped_pct", FactValue.of("0.5E+2"),
                        "poverty.complaints", FactValue.of("-0"),
                        "plan.step5", FactValue.Completion.notDone())),
                List.of(), appraisee, day(151));
        a.recordResult(judged.id(), Facts.NONE, List.of(evidence("แผนปฏิบัติการ.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", 0)), EVALUATOR, day(152));
        a.submitSelfAssessment(appraisee, day(160));
        Map<ItemId, ItemEvaluation> evaluations = new LinkedHashMap<>();
        evaluations.put(judged.id(), new ItemEvaluation(Facts.of("poverty.plan_quality", FactValue.flag(true)), Optional.empty(),
                "แผนมีคุณภาพ ครอบคลุมทุกหมู่บ้าน"));
        evaluations.put(measured.id(), new ItemEvaluation(Facts.of("plan.adequate", FactValue.flag(false)),
                Optional.of(new LevelOverride(4, "ผลงานเกินเป้าหมาย แต่หลักฐานไม่ครบถ้วน")), ""));
        a.evaluate(EVALUATOR, evaluations, competencies(), day(170));
        a.clearPendingEvents();
        return a;
    }

    /** The rich agreement, refused with a witness, reviewed, then reopened, re-reported and evaluated again. */
    public static Agreement reopenedAfterARefusalAndAReview(String id) {
        return reopenedAfterARefusalAndAReview(id, APPRAISEE);
    }

    /** {@link #reopenedAfterARefusalAndAReview(String)} for another appraisee. */
    public static Agreement reopenedAfterARefusalAndAReview(String id, PersonId appraisee) {
        Agreement a = richlyEvaluated(id, appraisee);
        a.refuse(EVALUATOR, WITNESS, "ไม่เห็นด้วยกับผลการประเมิน", day(171));
        a.review(REVIEWER, "เห็นด้วยกับผู้ประเมิน", day(175));
        a.reopen(REVIEWER, "ข้อมูลผลการดำเนินงานตัวชี้วัดที่ ๑ ไม่ถูกต้อง", day(176));
        a.recordResult(new ItemId("1"), Facts.of("percent", FactValue.of("91")), List.of(), appraisee, day(177));
        a.evaluate(EVALUATOR, Map.of(new ItemId("1"), ItemEvaluation.overridden(5, "แก้ไขข้อมูลแล้ว")), competencies(), day(178));
        a.clearPendingEvents();
        return a;
    }

    /** A closed agreement reopened: the reopening keeps the acknowledgement and review it set aside. */
    public static Agreement reopenedAfterClosing(String id) {
        return reopenedAfterClosing(id, APPRAISEE);
    }

    /** {@link #reopenedAfterClosing(String)} for another appraisee. */
    public static Agreement reopenedAfterClosing(String id, PersonId appraisee) {
        Agreement a = anAgreement().id(id).appraisee(appraisee).in(AgreementStatus.CLOSED);
        a.reopen(EVALUATOR, "result of item 1 was misreported", day(180));
        a.clearPendingEvents();
        return a;
    }

    /**
     * Signed, amended (weights, targets and context changed), signed again, amended again and
     * half signed: revision 3 in DRAFT with two prior signed revisions.
     */
    public static Agreement amendedTwice(String id) {
        return amendedTwice(id, APPRAISEE);
    }

    /** {@link #amendedTwice(String)} for another appraisee. */
    public static Agreement amendedTwice(String id, PersonId appraisee) {
        Agreement a = anAgreement().id(id).appraisee(appraisee).context(Facts.of("office.headcount", FactValue.of("5")))
                .in(AgreementStatus.AGREED);
        a.recordResult(new ItemId("1"), Facts.of("percent", FactValue.of("40")), List.of(evidence("q1.pdf", "application/pdf", 10)),
                appraisee, day(50));
        a.amend(EVALUATOR, "งบประมาณถูกตัดลดในไตรมาสที่ ๒", day(60));
        a.changeWeight(new ItemId("1"), new BigDecimal("70"), EVALUATOR, day(60));
        a.changeWeight(new ItemId("2"), new BigDecimal("30"), EVALUATOR, day(60));
        a.adjustTargets(new ItemId("1"), Map.of(5, new Threshold("percent", Comparator.AT_LEAST, new BigDecimal("95"))),
                "เป้าหมายระดับ ๕ สูงขึ้นตามงบประมาณ", EVALUATOR, day(61));
        a.updateContext(Facts.of("office.headcount", FactValue.of("3")), EVALUATOR, day(61));
        a.sign(appraisee, day(62));
        a.sign(EVALUATOR, day(63));
        a.amend(appraisee, "target of item 2 unreachable after the flood", day(90));
        a.sign(appraisee, day(91));
        a.clearPendingEvents();
        return a;
    }

    /** An agreement cascaded from {@code parent} for {@code appraisee}, evaluated by the parent's appraisee. */
    public static Agreement cascaded(String id, AgreementId parent, PersonId appraisee) {
        return anAgreement().id(id).parent(parent).appraisee(appraisee).evaluator(APPRAISEE).draft();
    }

    public static EvidenceRef evidence(String name, String mediaType, long size) {
        return new EvidenceRef.File(name, "0123456789abcdef".repeat(4), size, mediaType);
    }

    // ---------------------------------------------------------------- indicators

    /** The disbursement indicator: interpolated thresholds, declared facts, Thai text. */
    public static Indicator disbursement(int version, String level5Target) {
        List<Level> levels = List.of(
                new Level(1, "ร้อยละ ๘๐", new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("80"))),
                new Level(2, "ร้อยละ ๘๒.๕", new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("82.5"))),
                new Level(3, "ร้อยละ ๘๕", new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("85"))),
                new Level(4, "ร้อยละ ๘๗.๕", new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("87.50"))),
                new Level(5, "ร้อยละ " + level5Target, new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal(level5Target))));
        return new Indicator(new IndicatorRef("CDD-1.1", version), "ร้อยละของการเบิกจ่ายงบประมาณ", new Measure("%", Direction.HIGHER_IS_BETTER),
                "กลุ่มงานอำนวยการ", ImmutableList.of(new FactDeclaration("disbursed_pct", FactType.NUMBER, "ร้อยละการเบิกจ่าย", "%")),
                ImmutableList.copyOf(levels), ScoringMethod.INTERPOLATED);
    }

    /** An indicator whose levels use every other criterion kind. */
    public static Indicator povertyPlan(String code, int version) {
        List<Level> levels = List.of(
                new Level(1, "ขั้นตอนที่ ๑ สำรวจข้อมูล", StepDone.by("poverty.survey", LocalDate.of(2022, 6, 30))),
                new Level(2, "ขั้นตอนที่ ๒ จัดทำแผน", AnyOf.of(StepDone.of("poverty.plan"), StepDone.of("poverty.plan_alt"))),
                new Level(3, "ดำเนินการ ๓ ใน ๔ รายการ", fourItemsOfThePovertyIndicator()),
                new Level(4, "ติดตามหนี้", casesOnDefaultedLoans()),
                new Level(5, "เผยแพร่ข่าวตามขนาดสำนักงาน", bracketOnHeadcount()));
        return new Indicator(new IndicatorRef(code, version), "การแก้ไขปัญหาความยากจนแบบบูรณาการ", new Measure("", Direction.HIGHER_IS_BETTER),
                "", ImmutableList.of(
                        new FactDeclaration("poverty.survey", FactType.STEP, "สำรวจข้อมูลครัวเรือน", ""),
                        new FactDeclaration("office.headcount", FactType.NUMBER, "จำนวนเจ้าหน้าที่", "คน"),
                        new FactDeclaration("loans.defaulted", FactType.FLAG, "มีหนี้ค้างชำระ", ""),
                        new FactDeclaration("office.situation", FactType.CHOICE, "สถานการณ์ของสำนักงาน", "")),
                ImmutableList.copyOf(levels), ScoringMethod.CUMULATIVE);
    }

    // ---------------------------------------------------------------- rounds, org, people

    /** Round 2 of 2565 with all four kinds of deadline, a scheme and settings unlike the standard ones. */
    public static Round round2565Two() {
        ScoringScheme standard = ScoringScheme.standard();
        ScoringScheme scheme = new ScoringScheme(BigDecimal.ZERO, new Weights(new BigDecimal("80"), new BigDecimal("20"), BigDecimal.ZERO),
                Weights.of(50, 50),
                ImmutableList.of(new RatingBand("ดีเด่น", new BigDecimal("90.00")), new RatingBand("ดีมาก", new BigDecimal("80")),
                        new RatingBand("ดี", new BigDecimal("70")), new RatingBand("พอใช้", new BigDecimal("60")),
                        new RatingBand("ต้องปรับปรุง", BigDecimal.ZERO)),
                CompetencyMethod.RATING, ImmutableList.of(3, 2, 1, 0), standard.expectedCoreLevel(), standard.expectedManagementLevel(),
                4, 2, RoundingMode.HALF_EVEN);
        return Round.open(new FiscalYear(2565), 2, ImmutableList.of(
                new Deadline(DeadlineKind.AGREEMENT, LocalDate.of(2022, 4, 30), "ส่งข้อตกลงการปฏิบัติราชการ"),
                new Deadline(DeadlineKind.SELF_ASSESSMENT, LocalDate.of(2022, 9, 2), "รายงานผลการดำเนินงาน"),
                new Deadline(DeadlineKind.EVALUATION, LocalDate.of(2022, 9, 20), "ประเมินผล"),
                new Deadline(DeadlineKind.OTHER, LocalDate.of(2022, 9, 30), "ส่งแบบประเมินให้จังหวัด")), scheme,
                new RoundSettings(ReviewPolicy.OPTIONAL, new EvidenceQuota(7, 3L * 1024 * 1024 * 1024 + 1)));
    }

    public static Round standardRound(int fiscalYear, int number) {
        return Round.open(new FiscalYear(fiscalYear), number, ImmutableList.of(), ScoringScheme.standard());
    }

    public static OrgUnit department() {
        return new OrgUnit(new OrgUnitId("CDD"), "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty());
    }

    public static OrgUnit unit(String id, String name, OrgUnitKind kind, String parent) {
        return new OrgUnit(new OrgUnitId(id), name, kind, Optional.of(new OrgUnitId(parent)));
    }

    public static Person person(String id, String name, PositionLevel level, String unit, String supervisor) {
        return new Person(new PersonId(id), name, "นักวิชาการพัฒนาชุมชน", level, new OrgUnitId(unit),
                Optional.ofNullable(supervisor).map(PersonId::new), false);
    }

    // ---------------------------------------------------------------- audit

    public static DomainEvent event(String aggregateId, long version, String type, int day, Map<String, String> before,
                                    Map<String, String> after) {
        return DomainEvent.of(Agreement.AGGREGATE_TYPE, aggregateId, version, type, EVALUATOR, day(day), before, after);
    }

    /** An event at a time with nanoseconds, as a real clock gives them. */
    public static DomainEvent eventWithNanos(String aggregateId) {
        return DomainEvent.of(Agreement.AGGREGATE_TYPE, aggregateId, 3, "agreement.reviewed", REVIEWER,
                day(172).plusNanos(123_456_789), Map.of("status", "ACKNOWLEDGED"),
                Map.of("status", "REVIEWED", "opinion", "เห็นด้วยกับผู้ประเมิน \"ทุกข้อ\"\n{ไม่ใช่ JSON}", "empty", ""));
    }

    /** Ids of {@code count} agreements of a cascade: {@code prefix-0001} … in id order. */
    public static List<String> ids(String prefix, int count) {
        ImmutableList.Builder<String> ids = ImmutableList.builder();
        for (int i = 1; i <= count; i++) {
            ids.add(String.format("%s-%04d", prefix, i));
        }
        return ids.build();
    }
}
