package appraisal.domain.seed;

import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Measure;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.ScoringMethod;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.scoring.ScoringScheme;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source document as fixtures: the Buriram provincial Community Development office's letter
 * บร ๐๐๑๙/ว ๕๐๕๓ of 26 July 2565 and its attachment, the indicators and targets agreed between the
 * provincial and the district CD officers for round 2 of FY 2565 (1 April – 30 September 2022).
 *
 * <p>Encoded with the domain's own API, faithfully: level texts are condensed but keep every
 * number, date and comparator of the source, and the source's defects are kept so that the rubric
 * lint has something real to find. Where the text cannot be checked by machine, or was lost in the
 * PDF extraction, a level uses the evaluator's {@link Judgement}. Obvious extraction garbles in
 * titles are corrected (รื้อมนำ → น้อมนำ, ปลุก → ปลูก); targets and dates are never corrected.
 *
 * <p>Notes on readings that are choices rather than transcription:
 * <ul>
 *   <li>T4 level 1's normal case counts funds the district works with (ร้อยละ ๒๐ ของจำนวนกองทุน),
 *       a different measure from the recovery percentage of levels 2–5, so it is another fact.</li>
 *   <li>T4 level 5's normal-case target is cut off in the source ("ไม่น้อย…"): a judgement stands in.
 *       Its Big Data date reads "๓๐ กันยายน" without a year; 2565 is assumed.</li>
 *   <li>T5's brackets "ไม่เกิน ๒ อัตรา / ไม่เกิน ๔ อัตรา / มากกว่า ๔ อัตรา" are read as the intended
 *       partition ≤ 2, 3–4, > 4 (literally "not more than 4" would overlap "not more than 2"); level
 *       5 is kept as written, with 5 in place of 4.</li>
 *   <li>T6 level 3 item 4's date is cut off ("ภายในวันที่ ๓๐"), so that step is undated; the
 *       heading "ระดับ ๕" is missing in the source, and the list after level 4 is taken as level 5.</li>
 *   <li>P6 levels 2–4 are lost at a page break; judgements stand in so the indicator can be
 *       scored. {@link #individualTreeAsPrinted()} is the tree as literally printed (levels 1 and 5).</li>
 *   <li>P11 level 2 is due "ก่อนวันที่ ๓๑ ธันวาคม ๒๕๖๕" (before 31 Dec 2022): the last day allowed is
 *       30 Dec 2022, three months after the round ends.</li>
 *   <li>P11 states the usage target also as a count (๑๐,๐๓๓ ครั้ง): 3 % of about 334,000 households,
 *       which reads as the province's total rather than a district's, so only the percentage is
 *       checked; the count stays in the text.</li>
 * </ul>
 */
public final class BuriramRound2565 {

    /** กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน. */
    public static final String COORDINATION = "กลุ่มงานประสานฯ";
    /** กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน. */
    public static final String STRATEGY = "กลุ่มงานยุทธศาสตร์ฯ";
    /** กลุ่มงานส่งเสริมการพัฒนาชุมชน. */
    public static final String PROMOTION = "กลุ่มงานส่งเสริมฯ";
    /** กลุ่มงานสารสนเทศการพัฒนาชุมชน. */
    public static final String INFORMATION = "กลุ่มงานสารสนเทศฯ";

    public static final FiscalYear FISCAL_YEAR = new FiscalYear(2565);
    public static final int ROUND = 2;

    private static final String TABLE = "ตัวชี้วัดและค่าเป้าหมายการประเมินผลการปฏิบัติราชการ ระหว่างพัฒนาการจังหวัดกับพัฒนาการอำเภอ"
            + " รอบการประเมินที่ ๒ ปีงบประมาณ พ.ศ. ๒๕๖๕";

    private BuriramRound2565() {
    }

    // ---- the round ---------------------------------------------------------------------------

    /** Round 2 of FY 2565 with the letter's deadlines and the standard scheme. */
    public static Round round() {
        return Round.open(FISCAL_YEAR, ROUND, ImmutableList.of(
                new Deadline(DeadlineKind.AGREEMENT, be(31, 7, 2565),
                        "บันทึกรายละเอียดตัวชี้วัดและค่าเป้าหมาย ณ ต้นรอบ ในระบบ Online Real Time"),
                new Deadline(DeadlineKind.SELF_ASSESSMENT, be(15, 9, 2565),
                        "บันทึกผลการปฏิบัติราชการ ณ ปลายรอบ ในระบบ Online Real Time"),
                new Deadline(DeadlineKind.EVALUATION, be(30, 9, 2565),
                        "ประเมินผลการปฏิบัติราชการพัฒนาการอำเภอ ณ ปลายรอบ และส่งแบบประเมินให้จังหวัด")),
                ScoringScheme.standard());
    }

    // ---- team indicators (ตัวชี้วัดงานรายทีม) ---------------------------------------------------

    /** The eight team indicators T1–T8; weights 15/15/10/15/10/15/10/10. */
    public static Rubric teamRubric() {
        return rubric(TABLE + " — ตัวชี้วัดงานรายทีม", Section.TEAM, List.of(
                entry(t1Budget(), 15), entry(t2Plan(), 15), entry(t3Transparency(), 10), entry(t4PovertyFund(), 15),
                entry(t5News(), 10), entry(t6Poverty(), 15), entry(t7PolicyReports(), 10), entry(t8Gardens(), 10)));
    }

    static Indicator t1Budget() {
        String evidence = " พร้อมจัดส่งหลักฐานการใช้จ่ายเงินยืมตามสัญญาเงินยืมราชการได้ครบถ้วนตามระเบียบราชการที่กำหนด";
        String spend = "เบิกและหรือใช้จ่ายงบประมาณที่ได้รับการจัดสรร ปีงบประมาณ พ.ศ. ๒๕๖๕ ";
        return indicator("T1", "ร้อยละของการใช้จ่ายเงินงบประมาณ", "%", COORDINATION, ScoringMethod.HIGHEST_MET,
                List.of(number("budget.disbursed_pct", "ร้อยละการเบิก/ใช้จ่ายงบประมาณที่ได้รับการจัดสรร ปีงบประมาณ พ.ศ. ๒๕๖๕", "%"),
                        step("budget.loan_evidence_complete", "จัดส่งหลักฐานการใช้จ่ายเงินยืมตามสัญญาครบถ้วนตามระเบียบ")),
                level(1, spend + "ไม่น้อยกว่าร้อยละ ๘๐" + evidence, AllOf.of(atLeast("budget.disbursed_pct", "80"), done("budget.loan_evidence_complete"))),
                level(2, spend + "ไม่น้อยกว่าร้อยละ ๘๕" + evidence, AllOf.of(atLeast("budget.disbursed_pct", "85"), done("budget.loan_evidence_complete"))),
                level(3, spend + "ไม่น้อยกว่าร้อยละ ๙๐" + evidence, AllOf.of(atLeast("budget.disbursed_pct", "90"), done("budget.loan_evidence_complete"))),
                level(4, spend + "ไม่น้อยกว่าร้อยละ ๙๕" + evidence, AllOf.of(atLeast("budget.disbursed_pct", "95"), done("budget.loan_evidence_complete"))),
                // "ได้ร้อยละ ๑๐๐": all of it; nothing can exceed 100 %.
                level(5, spend + "ได้ร้อยละ ๑๐๐" + evidence, AllOf.of(atLeast("budget.disbursed_pct", "100"), done("budget.loan_evidence_complete"))));
    }

    static Indicator t2Plan() {
        String text = "ผลการดำเนินงานกิจกรรม/โครงการ และบันทึกข้อมูลตามแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ"
                + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ที่ได้รับการจัดสรร มากกว่าร้อยละ ";
        String fact = "plan.achieved_pct";
        return indicator("T2", "ร้อยละความสำเร็จของการบรรลุเป้าหมายการดำเนินงานตามแผนการปฏิบัติงานและแผนการใช้จ่ายงบประมาณ"
                        + " ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", "%", STRATEGY, ScoringMethod.HIGHEST_MET,
                List.of(number(fact, "ร้อยละผลการดำเนินงานกิจกรรม/โครงการตามแผนที่ได้รับการจัดสรร", "%")),
                // มากกว่า: strictly more than, unlike the other percentage indicators.
                level(1, text + "๗๕", moreThan(fact, "75")),
                level(2, text + "๘๐", moreThan(fact, "80")),
                level(3, text + "๘๕", moreThan(fact, "85")),
                level(4, text + "๙๐", moreThan(fact, "90")),
                level(5, text + "๙๕", moreThan(fact, "95")));
    }

    static Indicator t3Transparency() {
        String plan = "ตามแผนการเสริมสร้างความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕";
        return indicator("T3", "ระดับความสำเร็จในการเสริมสร้างความโปร่งใสในการดำเนินงาน กรมการพัฒนาชุมชน ประจำปีงบประมาณ พ.ศ. ๒๕๖๕",
                "ขั้นตอน", COORDINATION, ScoringMethod.CUMULATIVE,
                List.of(step("transparency.activities_done", "ดำเนินกิจกรรมตามแผนการเสริมสร้างความโปร่งใส"),
                        step("transparency.published", "เผยแพร่การดำเนินงานบนเว็บไซต์ของหน่วยงาน"),
                        step("transparency.summarised", "สรุปผลการดำเนินงานตามแผน"),
                        step("transparency.reported", "รายงานผลการดำเนินงานเสนอผู้บริหารทราบ"),
                        step("transparency.evidence_sent", "ส่งหลักฐานการดำเนินงานให้จังหวัดบุรีรัมย์")),
                level(1, "ดำเนินกิจกรรม" + plan, done("transparency.activities_done")),
                level(2, "เผยแพร่การดำเนินงานกิจกรรม" + plan + " บนเว็บไซต์ของหน่วยงาน", done("transparency.published")),
                level(3, "สรุปผลดำเนินงาน" + plan, done("transparency.summarised")),
                level(4, "รายงานผลดำเนินงาน" + plan + " เสนอผู้บริหารทราบ", done("transparency.reported")),
                level(5, "ส่งหลักฐานการดำเนินงานให้จังหวัดบุรีรัมย์ ภายในวันที่ ๒ กันยายน ๒๕๖๕",
                        doneBy("transparency.evidence_sent", 2, 9, 2565)));
    }

    static Indicator t4PovertyFund() {
        String defaulted = "kkj.defaulted_recovered_pct";
        String normal = "kkj.normal_recovered_pct";
        String report = "kkj.debt_report_sent";
        String caseDefaulted = "กรณีมีเงินยืมที่ผิดนัดตามสัญญา (เงินกองทุน กข.คจ. ได้รับความเสียหาย): เรียกคืนเงินยืมและหรือปรับโครงสร้างหนี้ได้ไม่น้อยกว่าร้อยละ ";
        String caseNormal = "; กรณีการหมุนเวียนเงินกองทุนตามปกติ: เรียกคืนเงินยืมและหรือปรับโครงสร้างหนี้ที่อยู่ระหว่างชำระคืนได้ไม่น้อยกว่าร้อยละ ";
        String debtReport = "; จัดทำรายงานภาวะหนี้สินโครงการ กข.คจ. (รอบที่ ๒ วันที่ ๓๑ สิงหาคม ๒๕๖๕) ให้จังหวัดได้ทันตามกำหนด";
        return indicator("T4", "ร้อยละของระดับความสำเร็จของการติดตามเงินทุนที่อยู่ระหว่างชำระคืนเงินยืมตามสัญญา"
                        + " โครงการแก้ไขปัญหาความยากจน (กข.คจ.) ปี ๒๕๖๔", "%", INFORMATION, ScoringMethod.HIGHEST_MET,
                List.of(flag("kkj.defaulted_loans_exist", "มีเงินยืมที่ผิดนัดตามสัญญา (เงินกองทุน กข.คจ. ได้รับความเสียหาย)"),
                        number(defaulted, "ร้อยละของเงินยืมที่ผิดนัดตามสัญญาที่เรียกคืนหรือปรับโครงสร้างหนี้ได้", "%"),
                        number("kkj.funds_engaged_pct", "ร้อยละของกองทุน กข.คจ. ที่ได้รับการจัดสรรงบประมาณ ซึ่งอำเภอมีกระบวนการ/แผนงานร่วมกับคณะกรรมการกองทุนหมู่บ้าน", "%"),
                        number(normal, "ร้อยละของเงินยืมที่อยู่ระหว่างชำระคืน (หมุนเวียนตามปกติ) ที่เรียกคืนหรือปรับโครงสร้างหนี้ได้", "%"),
                        step(report, "ส่งรายงานภาวะหนี้สินโครงการ กข.คจ. รอบที่ ๒ ให้จังหวัด"),
                        step("kkj.supervisors_informed", "รายงานผลการดำเนินงานให้ผู้บังคับบัญชาทราบตามลำดับ"),
                        flag("kkj.level5_normal_recovery_adequate",
                                "ผู้ประเมินเห็นว่าการเรียกคืนเงินยืม (กรณีหมุนเวียนตามปกติ) เพียงพอสำหรับระดับ ๕ (ค่าเป้าหมายขาดหายจากต้นฉบับ)"),
                        step("kkj.big_data_entered", "บันทึกข้อมูลการดำเนินงานโครงการ กข.คจ. ในระบบ Big Data ของกรมการพัฒนาชุมชน")),
                level(1, "กรณีมีเงินยืมที่ผิดนัดตามสัญญา: ให้มีการชำระเงินยืมที่ผิดนัดไม่น้อยกว่าร้อยละ ๑๐ ของจำนวนเงินทุนที่มีปัญหาการค้างชำระ;"
                                + " กรณีไม่มีปัญหาเงินยืมที่ผิดนัด: อำเภอมีกระบวนการ แผนงาน/โครงการ/กิจกรรม ร่วมกับคณะกรรมการกองทุน กข.คจ. หมู่บ้าน"
                                + " ไม่น้อยกว่าร้อยละ ๒๐ ของจำนวนกองทุน กข.คจ. ที่ได้รับการจัดสรรงบประมาณ",
                        defaultedOr(atLeast(defaulted, "10"), atLeast("kkj.funds_engaged_pct", "20"))),
                level(2, caseDefaulted + "๑๕" + caseNormal + "๒๐", defaultedOr(atLeast(defaulted, "15"), atLeast(normal, "20"))),
                // Level 3's normal case asks the same 20 % as level 2: kept as written.
                level(3, caseDefaulted + "๒๐" + caseNormal + "๒๐", defaultedOr(atLeast(defaulted, "20"), atLeast(normal, "20"))),
                level(4, caseDefaulted + "๒๕" + caseNormal + "๒๕" + debtReport, AllOf.of(
                        defaultedOr(atLeast(defaulted, "25"), atLeast(normal, "25")),
                        doneBy(report, 31, 8, 2565))),
                level(5, caseDefaulted + "๓๐; กรณีการหมุนเวียนเงินกองทุนตามปกติ: มีรายงานผลการดำเนินงานให้ผู้บังคับบัญชาทราบตามลำดับ"
                                + " และเรียกคืนเงินยืมและหรือปรับโครงสร้างหนี้ได้ไม่น้อย… (ค่าเป้าหมายขาดหายจากต้นฉบับ)" + debtReport
                                + "; บันทึกข้อมูลโครงการ กข.คจ. ในระบบ Big Data ของกรมการพัฒนาชุมชน แล้วเสร็จภายในวันที่ ๓๐ กันยายน",
                        AllOf.of(
                                defaultedOr(atLeast(defaulted, "30"), AllOf.of(done("kkj.supervisors_informed"),
                                        new Judgement("kkj.level5_normal_recovery_adequate",
                                                "ค่าเป้าหมายการเรียกคืนเงินยืมกรณีหมุนเวียนตามปกติของระดับ ๕ ขาดหายจากต้นฉบับ:"
                                                        + " ผลการเรียกคืนของอำเภอเพียงพอสำหรับระดับ ๕ หรือไม่"))),
                                doneBy(report, 31, 8, 2565),
                                doneBy("kkj.big_data_entered", 30, 9, 2565))));
    }

    private static Cases defaultedOr(Criterion whenDefaulted, Criterion otherwise) {
        return new Cases("kkj.defaulted_loans_exist",
                ImmutableList.of(new Cases.Case(FactValue.flag(true), whenDefaulted)), Optional.of(otherwise));
    }

    static Indicator t5News() {
        String intro = "อำเภอมีผลการดำเนินการสนับสนุน ส่งเสริมการประชาสัมพันธ์งานพัฒนาชุมชน และการเสริมสร้างภาพลักษณ์องค์กร: ";
        return indicator("T5", "ระดับความสำเร็จของการสนับสนุน ส่งเสริมการประชาสัมพันธ์งานพัฒนาชุมชน และการเสริมสร้างภาพลักษณ์องค์กร",
                "ข่าว/เดือน", PROMOTION, ScoringMethod.HIGHEST_MET,
                List.of(number("office.headcount", "จำนวนบุคลากรของสำนักงานพัฒนาชุมชนอำเภอ", "อัตรา"),
                        number("pr.news_per_month", "จำนวนข่าวที่รายงานต่อเดือน", "ข่าว/เดือน")),
                level(1, intro + "บุคลากรไม่เกิน ๒ อัตรา ไม่น้อยกว่า ๑ ข่าวต่อเดือน; ไม่เกิน ๔ อัตรา ๒ ข่าว; มากกว่า ๔ อัตรา ๓ ข่าว",
                        newsByHeadcount(4, 1, 2, 3)),
                level(2, intro + "บุคลากรไม่เกิน ๒ อัตรา ไม่น้อยกว่า ๒ ข่าวต่อเดือน; ไม่เกิน ๔ อัตรา ๔ ข่าว; มากกว่า ๔ อัตรา ๖ ข่าว",
                        newsByHeadcount(4, 2, 4, 6)),
                level(3, intro + "บุคลากรไม่เกิน ๒ อัตรา ไม่น้อยกว่า ๓ ข่าวต่อเดือน; ไม่เกิน ๔ อัตรา ๖ ข่าว; มากกว่า ๔ อัตรา ๙ ข่าว",
                        newsByHeadcount(4, 3, 6, 9)),
                level(4, intro + "บุคลากรไม่เกิน ๒ อัตรา ไม่น้อยกว่า ๔ ข่าวต่อเดือน; ไม่เกิน ๔ อัตรา ๘ ข่าว; มากกว่า ๔ อัตรา ๑๒ ข่าว",
                        newsByHeadcount(4, 4, 8, 12)),
                // As printed: level 5 splits at 5 staff where levels 1–4 split at 4.
                level(5, intro + "บุคลากรไม่เกิน ๒ อัตรา ไม่น้อยกว่า ๕ ข่าวต่อเดือน; ไม่เกิน ๕ อัตรา ๑๐ ข่าว; มากกว่า ๕ อัตรา ๑๕ ข่าว",
                        newsByHeadcount(5, 5, 10, 15)));
    }

    /** Offices of ≤ 2 staff, of more than 2 up to {@code middle}, and of more than {@code middle}. */
    private static Bracket newsByHeadcount(int middle, int small, int medium, int large) {
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal mid = BigDecimal.valueOf(middle);
        return new Bracket("office.headcount", ImmutableList.of(
                new Bracket.Branch(Range.atMost(two), atLeast("pr.news_per_month", String.valueOf(small))),
                new Bracket.Branch(Range.openClosed(two, mid), atLeast("pr.news_per_month", String.valueOf(medium))),
                new Bracket.Branch(Range.greaterThan(mid), atLeast("pr.news_per_month", String.valueOf(large)))));
    }

    static Indicator t6Poverty() {
        return indicator("T6", "ร้อยละของระดับความสำเร็จของการขับเคลื่อนการดำเนินงานขจัดความยากจนและพัฒนาคนทุกช่วงวัยอย่างยั่งยืน"
                        + " ตามหลักปรัชญาของเศรษฐกิจพอเพียง", "ขั้นตอน", INFORMATION, ScoringMethod.CUMULATIVE,
                List.of(step("poverty.mechanism_set_up", "จัดตั้งและพัฒนากลไกการทำงานทุกระดับในการเข้าถึงและใช้ระบบฯ"),
                        number("poverty.pr_channels", "จำนวนช่องทางการประชาสัมพันธ์และสร้างการรับรู้", "ช่องทาง"),
                        number("poverty.pr_days_per_week", "จำนวนวันต่อสัปดาห์ที่ประชาสัมพันธ์", "วัน/สัปดาห์"),
                        step("poverty.road_map_proposed", "เสนอแผนปฏิบัติการขับเคลื่อนงาน (Road Map) ต่อผู้บริหาร"),
                        step("poverty.database_checked", "ตรวจสอบข้อมูลและจัดทำฐานข้อมูลการทำงาน"),
                        step("poverty.tpmp_data_supplied", "สนับสนุนข้อมูลจากระบบ TPMP แยกทีมปฏิบัติการตำบล ทีมพี่เลี้ยง"),
                        step("poverty.logbook_problems_entered", "ทีมปฏิบัติการตำบล ทีมพี่เลี้ยง บันทึกข้อมูลปัญหาในระบบ Logbook"),
                        step("poverty.logbook_summary_reported", "สรุปผลการบันทึกข้อมูลปัญหาในระบบ Logbook รายงานผู้บริหาร"),
                        number("poverty.households_checked_pct", "ร้อยละของครัวเรือนที่ได้รับการตรวจสอบและบันทึกในระบบ TPMP", "%"),
                        step("poverty.households_classified", "จำแนกครัวเรือนเป้าหมายตามศักยภาพ (พัฒนาได้/สงเคราะห์)"),
                        step("poverty.solutions_proposed", "รวบรวมแนวทางแก้ไขปัญหา โครงการ กิจกรรม (รายมิติ) เสนอ ศจพ.อ."),
                        step("poverty.district_meeting_held", "ประชุม ศจพ.อ. เพื่อนำเสนอปัญหารายมิติและบูรณาการความช่วยเหลือ"),
                        step("poverty.agency_plans_presented", "หน่วยงาน/ภาคีมีแผนงานให้ความช่วยเหลือ นำเสนอผ่านการประชุม ศจพ.อ."),
                        number("poverty.menu_households_pct", "ร้อยละของครัวเรือนพัฒนาได้ที่ต้องการความช่วยเหลือ ซึ่งได้รับความช่วยเหลือด้านอาชีพตามเมนูแก้จน", "%"),
                        number("poverty.off_menu_units", "จำนวนหน่วย/ครัวเรือน/บุคคลที่ได้รับการแก้ไขปัญหานอกเมนูแก้จน", "หน่วย"),
                        step("poverty.intensive_care_followed", "ติดตามการใช้ความช่วยเหลืออย่างใกล้ชิด (Intensive Care) และบันทึกใน Logbook"),
                        step("poverty.logbook_evidence", "มีหลักฐานและสรุปผลการบันทึกข้อมูลและแนวทางแก้ไขปัญหาจาก Logbook"),
                        number("poverty.follow_ups_per_month", "จำนวนครั้งต่อเดือนที่ติดตามการใช้ความช่วยเหลือ", "ครั้ง/เดือน"),
                        step("poverty.logbook_all_households", "บันทึกแนวทางแก้ไขปัญหาใน Logbook ครบทุกครัวเรือน"),
                        step("poverty.monthly_progress_reported", "รายงานความก้าวหน้าต่อกรรมการจังหวัด ศจพ.อ. ผู้บริหารอำเภอ ทุกเดือน"),
                        step("poverty.all_households_resolved", "แก้ไขปัญหาครัวเรือนเป้าหมายทุกครัวเรือนแล้วเสร็จ"),
                        step("poverty.logbook_results_entered", "บันทึกผลการแก้ไขปัญหาและการให้ความช่วยเหลือในระบบ Logbook"),
                        step("poverty.monthly_system_reported", "นำเสนอรายงานผลต่อ ศจพ.อ. ผู้บริหาร และระบบรายงานของกรมฯ ทุกเดือน")),
                level(1, "๑) จัดตั้งและพัฒนากลไกการทำงานทุกระดับ ๒) ประชาสัมพันธ์ไม่น้อยกว่า ๓ ช่องทาง สัปดาห์ละอย่างน้อย ๒ วัน"
                                + " ๓) แผนปฏิบัติการ Road Map เสนอผู้บริหาร ๔) ตรวจสอบข้อมูลและจัดทำฐานข้อมูล",
                        AllOf.of(done("poverty.mechanism_set_up"), atLeast("poverty.pr_channels", "3"),
                                atLeast("poverty.pr_days_per_week", "2"), done("poverty.road_map_proposed"), done("poverty.database_checked"))),
                level(2, "๑) สนับสนุนข้อมูลจากระบบ TPMP ๒) บันทึกข้อมูลปัญหาในระบบ Logbook ภายในวันที่ ๑๕ เมษายน ๒๕๖๕"
                                + " ๓) สรุปผลการบันทึก Logbook รายงานผู้บริหาร ภายในวันที่ ๒๐ เมษายน ๒๕๖๕",
                        AllOf.of(done("poverty.tpmp_data_supplied"), doneBy("poverty.logbook_problems_entered", 15, 4, 2565),
                                doneBy("poverty.logbook_summary_reported", 20, 4, 2565))),
                level(3, "๑) ครัวเรือนได้รับการตรวจสอบและบันทึกในระบบ TPMP ไม่น้อยกว่าร้อยละ ๘๕ ของครัวเรือนทั้งหมด"
                                + " ๒) จำแนกครัวเรือนเป้าหมายตามศักยภาพ ๓) เสนอแนวทางแก้ไขปัญหารายมิติต่อ ศจพ.อ. ภายในวันที่ ๒๕ เมษายน ๒๕๖๕"
                                + " ๔) ประชุม ศจพ.อ. บูรณาการความช่วยเหลือ ภายในวันที่ ๓๐ … (เดือนขาดหายจากต้นฉบับ)",
                        AllOf.of(atLeast("poverty.households_checked_pct", "85"), done("poverty.households_classified"),
                                doneBy("poverty.solutions_proposed", 25, 4, 2565), done("poverty.district_meeting_held"))),
                level(4, "๑) หน่วยงาน/ภาคีมีแผนงานช่วยเหลือผ่านการประชุม ศจพ.อ. ๒) ช่วยเหลือด้านอาชีพตามเมนูแก้จนไม่น้อยกว่าร้อยละ ๘๐"
                                + " ของครัวเรือนที่พัฒนาได้และต้องการความช่วยเหลือ ๓) แก้ไขปัญหานอกเมนูแก้จนไม่น้อยกว่า ๒๐ หน่วย/ครัวเรือน/บุคคล"
                                + " ๔) ติดตามแบบ Intensive Care และบันทึกใน Logbook ๕) มีหลักฐานและสรุปผลจาก Logbook",
                        AllOf.of(done("poverty.agency_plans_presented"), atLeast("poverty.menu_households_pct", "80"),
                                atLeast("poverty.off_menu_units", "20"), done("poverty.intensive_care_followed"), done("poverty.logbook_evidence"))),
                level(5, "(หัวข้อ \"ระดับ ๕\" ขาดหายจากต้นฉบับ) ๑) ติดตามอย่างน้อยเดือนละ ๒ ครั้ง และบันทึก Logbook ครบทุกครัวเรือน"
                                + " ๒) รายงานความก้าวหน้าทุกเดือน ๓) แก้ไขปัญหาครัวเรือนเป้าหมายทุกครัวเรือนแล้วเสร็จภายในวันที่ ๓๐ กันยายน ๒๕๖๕"
                                + " ๔) บันทึกผลการแก้ไขปัญหาใน Logbook แล้วเสร็จภายในวันที่ ๓๐ กันยายน ๒๕๖๕ ๕) นำเสนอรายงานผลการขับเคลื่อนทุกเดือน",
                        AllOf.of(atLeast("poverty.follow_ups_per_month", "2"), done("poverty.logbook_all_households"),
                                done("poverty.monthly_progress_reported"), doneBy("poverty.all_households_resolved", 30, 9, 2565),
                                doneBy("poverty.logbook_results_entered", 30, 9, 2565), done("poverty.monthly_system_reported"))));
    }

    static Indicator t7PolicyReports() {
        String text = " ของประเด็น ภารกิจงานที่จังหวัดแจ้งให้อำเภอดำเนินการจัดส่งทั้งหมด";
        String fact = "policy.reports_sent_pct";
        return indicator("T7", "ร้อยละความสำเร็จของการส่งรายงานผลการขับเคลื่อนนโยบายสำคัญของรัฐบาล งานตามภารกิจและงานที่ได้รับมอบหมาย"
                        + " ในปีงบประมาณ พ.ศ. ๒๕๖๕ (ไตรมาสที่ ๓ - ๔)", "%", STRATEGY, ScoringMethod.HIGHEST_MET,
                List.of(number(fact, "ร้อยละของประเด็นภารกิจที่จังหวัดแจ้งซึ่งอำเภอจัดส่งรายงานแล้ว", "%")),
                level(1, "ร้อยละ ๕๐" + text, atLeast(fact, "50")),
                level(2, "ร้อยละ ๕๕" + text, atLeast(fact, "55")),
                level(3, "ร้อยละ ๖๐" + text, atLeast(fact, "60")),
                level(4, "ร้อยละ ๖๕" + text, atLeast(fact, "65")),
                level(5, "ร้อยละ ๗๐" + text, atLeast(fact, "70")));
    }

    static Indicator t8Gardens() {
        String households = "garden.households_pct";
        String ofAll = " ของครัวเรือนทั้งหมดจากการสำรวจข้อมูล จปฐ. ปี ๒๕๖๔";
        return indicator("T8", "ร้อยละของระดับความสำเร็จของการน้อมนำแนวพระราชดำริสมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพฯ"
                        + " สู่แผนปฏิบัติการ ๔๐ วัน ปลูกผักสวนครัวเพื่อสร้างความมั่นคงด้านอาหาร", "%", PROMOTION, ScoringMethod.CUMULATIVE,
                List.of(step("garden.staff_grow_report", "รายงานผลเจ้าหน้าที่พัฒนาชุมชนทุกระดับปลูกผักสวนครัวอย่างน้อย ๕ ชนิด"),
                        step("garden.staff_checklist", "ติดตามรายบุคคลด้วย Check List (ปลูกครบ ๕ ชนิดหรือไม่)"),
                        step("garden.leaders_report", "สรุปรายงานผล \"ผู้นำต้องทำก่อน\" ผู้นำต้นแบบกลุ่มที่ ๑ และ ๒"),
                        step("garden.village_teams", "สร้างชุดปฏิบัติการหมู่บ้านทุกหมู่บ้าน"),
                        step("garden.duties_assigned", "แบ่งหน้าที่ติดตามและสนับสนุนทรัพยากร เมล็ดพันธุ์ ต้นกล้า และองค์ความรู้"),
                        number(households, "ร้อยละของครัวเรือนทั้งหมด (จปฐ. ปี ๒๕๖๔) ที่ปลูกผักสวนครัว", "%"),
                        step("garden.teams_advise", "ทีมปฏิบัติการหมู่บ้านให้คำแนะนำแบบมุ่งเป้าในลักษณะกลุ่มเล็ก"),
                        step("garden.learn_from_examples", "ให้เรียนรู้จากตัวอย่างในชุมชน เช่น บ้านผู้นำ"),
                        step("garden.regular_visits", "ทีมปฏิบัติการเยี่ยมเยียนเป็นประจำ"),
                        step("garden.seed_network", "สร้างเครือข่ายแลกเปลี่ยนและแบ่งปันเมล็ดพันธุ์ ต้นกล้า")),
                level(1, "๑) มีรายงานผลเจ้าหน้าที่พัฒนาชุมชนทุกระดับปลูกผักสวนครัวอย่างน้อย ๕ ชนิด ๒) ติดตามรายบุคคลโดย Check List",
                        AllOf.of(done("garden.staff_grow_report"), done("garden.staff_checklist"))),
                level(2, "สรุปรายงานผลปัจจัยแห่งความสำเร็จ \"ผู้นำต้องทำก่อน\" ในเชิงปริมาณ ภายในวันที่ ๓๐ เมษายน ๒๕๖๕"
                                + " (ผู้นำต้นแบบกลุ่มที่ ๑ และกลุ่มที่ ๒)",
                        doneBy("garden.leaders_report", 30, 4, 2565)),
                level(3, "๑) สร้างชุดปฏิบัติการหมู่บ้าน ๒) แบ่งหน้าที่ติดตามและสนับสนุน ๓) ปลูกผักสวนครัว ร้อยละ ๗๐" + ofAll,
                        AllOf.of(done("garden.village_teams"), done("garden.duties_assigned"), atLeast(households, "70"))),
                level(4, "๑) ทีมปฏิบัติการหมู่บ้านให้คำแนะนำแบบมุ่งเป้า ๒) เรียนรู้จากตัวอย่างในชุมชน ๓) เยี่ยมเยียนเป็นประจำ"
                                + " ๔) ปลูกผักสวนครัว ร้อยละ ๘๐" + ofAll,
                        AllOf.of(done("garden.teams_advise"), done("garden.learn_from_examples"), done("garden.regular_visits"),
                                atLeast(households, "80"))),
                level(5, "๑) สร้างเครือข่าย แลกเปลี่ยนเมล็ดพันธุ์ ต้นกล้า ภายในวันที่ ๓๐ กันยายน ๒๕๖๕ ๒) ปลูกผักสวนครัว ร้อยละ ๙๐" + ofAll,
                        AllOf.of(doneBy("garden.seed_network", 30, 9, 2565), atLeast(households, "90"))));
    }

    // ---- individual indicators (ตัวชี้วัดงานรายบุคคล) -------------------------------------------

    /**
     * The surviving individual indicators P4–P12 (the page with 1–3 is missing), weights
     * 5, 5, 15, 15, 5, 5, 5, 5, 15: they sum to 75.
     */
    public static Rubric individualRubric() {
        return rubric(TABLE + " — ตัวชี้วัดงานรายบุคคล", Section.INDIVIDUAL, List.of(
                entry(p4WomensFund(), 5), entry(p5Livelihood(), 5), entry(p6Otop(), 15), entry(p7BigData(), 15),
                entry(p8BasicNeeds(), 5), entry(p9KhokNongNa(), 5), entry(p10Grassroots(), 5), entry(p11ClickChumchon(), 5),
                entry(p12SavingsGroups(), 15)));
    }

    static Indicator p4WomensFund() {
        String fact = "wdf.overdue_debt_reduced_pct";
        String text = "อำเภอบริหารจัดการหนี้เกินกำหนดชำระลดลงได้ร้อยละ %s จากหนี้เกินกำหนดชำระ ณ วันที่ ๑ ตุลาคม ๒๕๖๔";
        return indicator("P4", "ระดับความสำเร็จการบริหารจัดการหนี้ กองทุนพัฒนาบทบาทสตรี (สทส.)", "%", COORDINATION, ScoringMethod.HIGHEST_MET,
                List.of(number(fact, "ร้อยละที่หนี้เกินกำหนดชำระลดลง จากยอด ณ วันที่ ๑ ตุลาคม ๒๕๖๔", "%")),
                level(1, String.format(text, "๑๐"), atLeast(fact, "10")),
                level(2, String.format(text, "๑๕"), atLeast(fact, "15")),
                level(3, String.format(text, "๒๐"), atLeast(fact, "20")),
                level(4, String.format(text, "๒๕"), atLeast(fact, "25")),
                level(5, String.format(text, "๓๐"), atLeast(fact, "30")));
    }

    static Indicator p5Livelihood() {
        String people = "livelihood.people_income_up_pct";
        return indicator("P5", "ระดับความสำเร็จของการสนับสนุนการสร้างสัมมาชีพชุมชน", "%", PROMOTION, ScoringMethod.CUMULATIVE,
                List.of(number(people, "ร้อยละของประชาชนเป้าหมายที่ได้รับการส่งเสริมอาชีพ นำความรู้ไปประกอบอาชีพและมีรายได้เพิ่มขึ้น", "%"),
                        number("livelihood.groups_registered_pct", "ร้อยละของกลุ่มอาชีพที่ได้รับการจัดสรรงบประมาณ ซึ่งจดทะเบียนและมีแผนพัฒนากลุ่ม", "%"),
                        number("livelihood.groups_funded_pct", "ร้อยละของกลุ่มอาชีพที่จดทะเบียนแล้วได้รับการสนับสนุนเงินทุนประกอบอาชีพ", "%"),
                        number("livelihood.disbursement_reports_pct", "ร้อยละของการรายงานผลการเบิกจ่ายงบประมาณ งวดที่ ๑ และงวดที่ ๒", "%")),
                level(1, "ร้อยละ ๗๕ ประชาชนเป้าหมายที่ได้รับการส่งเสริมอาชีพ นำความรู้ไปประกอบอาชีพตามแนวทางสัมมาชีพชุมชน และมีรายได้เพิ่มขึ้น",
                        atLeast(people, "75")),
                level(2, "ร้อยละ ๘๕ ประชาชนเป้าหมายที่ได้รับการส่งเสริมอาชีพ นำความรู้ไปประกอบอาชีพตามแนวทางสัมมาชีพชุมชน และมีรายได้เพิ่มขึ้น",
                        atLeast(people, "85")),
                level(3, "ร้อยละ ๑๐๐ ของกลุ่มอาชีพที่ได้รับการจัดสรรงบประมาณได้รับการจดทะเบียนกลุ่มอาชีพและมีแผนการพัฒนากลุ่มอาชีพ",
                        atLeast("livelihood.groups_registered_pct", "100")),
                level(4, "ร้อยละ ๑๐๐ ของกลุ่มอาชีพที่ได้รับการจดทะเบียนกลุ่มอาชีพได้รับการสนับสนุนเงินทุนประกอบอาชีพ",
                        atLeast("livelihood.groups_funded_pct", "100")),
                level(5, "ร้อยละ ๑๐๐ ของการรายงานผลการเบิกจ่ายงบประมาณที่ได้รับการจัดสรร งวดที่ ๑, งวดที่ ๒",
                        atLeast("livelihood.disbursement_reports_pct", "100")));
    }

    static Indicator p6Otop() {
        return indicator("P6", "ร้อยละของความสำเร็จของการส่งเสริมและพัฒนาผลิตภัณฑ์ชุมชน (OTOP)", "%", PROMOTION, ScoringMethod.HIGHEST_MET,
                List.of(number("otop.online_channels", "จำนวนช่องทางออนไลน์ที่ส่งเสริม", "ช่องทาง"),
                        number("otop.new_online_operators_pct", "ร้อยละของผู้ประกอบการที่ลงทะเบียนซึ่งเข้าร่วมช่องทางออนไลน์ (ไม่เคยขายออนไลน์ในเดือนกันยายน ๒๕๖๔)", "%"),
                        number("otop.non_budget_promotions", "จำนวนครั้งที่ส่งเสริมช่องทางการตลาดโดยไม่ใช้งบประมาณของทางราชการ", "ครั้ง"),
                        number("otop.online_sales_pct", "มูลค่าการจำหน่าย OTOP ผ่านช่องทางออนไลน์ เป็นร้อยละของมูลค่าออนไลน์ ๑ เม.ย. – ๓๐ ก.ย. ๒๕๖๔", "%"),
                        number("otop.thai_cloth_growth_pct", "ร้อยละที่มูลค่าการจำหน่ายผ้าไทยเพิ่มขึ้น เทียบ ๑ มิ.ย. – ๓๐ ก.ย. ๒๕๖๔", "%"),
                        number("otop.sales_growth_pct", "ร้อยละที่มูลค่าการจำหน่ายสินค้า OTOP เพิ่มขึ้น เทียบปีงบประมาณ พ.ศ. ๒๕๖๔", "%"),
                        flag("otop.level2_judged", "ผู้ประเมินวินิจฉัยระดับ ๒ (ข้อความขาดหายจากต้นฉบับ)"),
                        flag("otop.level3_judged", "ผู้ประเมินวินิจฉัยระดับ ๓ (ข้อความขาดหายจากต้นฉบับ)"),
                        flag("otop.level4_judged", "ผู้ประเมินวินิจฉัยระดับ ๔ (ข้อความขาดหายจากต้นฉบับ)")),
                level(1, "๑) ส่งเสริมช่องทางออนไลน์ไม่น้อยกว่า ๑ ช่องทาง มีผู้ประกอบการรายใหม่เข้าร่วมไม่น้อยกว่าร้อยละ ๑ ของผู้ประกอบการที่ลงทะเบียน"
                                + " ๒) ส่งเสริมช่องทางการตลาดที่ไม่ใช้งบประมาณของทางราชการไม่น้อยกว่า ๔ ครั้ง"
                                + " ๓) มูลค่าการจำหน่าย OTOP ผ่านช่องทางออนไลน์ไม่น้อยกว่าร้อยละ ๑๑ ของมูลค่าออนไลน์ปีงบประมาณ พ.ศ. ๒๕๖๔"
                                + " ๔) มูลค่าการจำหน่ายผ้าไทยเพิ่มขึ้นไม่น้อยกว่าร้อยละ ๔"
                                + " ๕) มูลค่าการจำหน่ายสินค้า OTOP เพิ่มขึ้นน้อยกว่าร้อยละ ๔ ของมูลค่าการจำหน่ายสินค้า OTOP…",
                        AllOf.of(atLeast("otop.online_channels", "1"), atLeast("otop.new_online_operators_pct", "1"),
                                atLeast("otop.non_budget_promotions", "4"), atLeast("otop.online_sales_pct", "11"),
                                atLeast("otop.thai_cloth_growth_pct", "4"),
                                // As printed: "เพิ่มขึ้นน้อยกว่า" (less than), where level 5 reads "ไม่น้อยกว่า".
                                lessThan("otop.sales_growth_pct", "4"))),
                level(2, "(ข้อความระดับ ๒ ขาดหายจากต้นฉบับ เมื่อขึ้นหน้าใหม่)", lost("otop.level2_judged", 2)),
                level(3, "(ข้อความระดับ ๓ ขาดหายจากต้นฉบับ เมื่อขึ้นหน้าใหม่)", lost("otop.level3_judged", 3)),
                level(4, "(ข้อความระดับ ๔ ขาดหายจากต้นฉบับ เมื่อขึ้นหน้าใหม่)", lost("otop.level4_judged", 4)),
                level(5, "๑) ส่งเสริมช่องทางออนไลน์ไม่น้อยกว่า ๑ ช่องทาง มีผู้ประกอบการรายใหม่เข้าร่วมไม่น้อยกว่าร้อยละ ๕ ของผู้ประกอบการที่ลงทะเบียน"
                                + " ๒) ส่งเสริมช่องทางการตลาดที่ไม่ใช้งบประมาณของทางราชการไม่น้อยกว่า ๑๖ ครั้ง"
                                + " ๓) มูลค่าการจำหน่าย OTOP ผ่านช่องทางออนไลน์ไม่น้อยกว่าร้อยละ ๑๕ ของมูลค่าออนไลน์ปีงบประมาณ พ.ศ. ๒๕๖๔"
                                + " ๔) มูลค่าการจำหน่ายผ้าไทยเพิ่มขึ้นไม่น้อยกว่าร้อยละ ๑๐"
                                + " ๕) มูลค่าการจำหน่ายสินค้า OTOP เพิ่มขึ้นไม่น้อยกว่าร้อยละ ๖ ของมูลค่าปีงบประมาณ พ.ศ. ๒๕๖๔",
                        AllOf.of(atLeast("otop.online_channels", "1"), atLeast("otop.new_online_operators_pct", "5"),
                                atLeast("otop.non_budget_promotions", "16"), atLeast("otop.online_sales_pct", "15"),
                                atLeast("otop.thai_cloth_growth_pct", "10"), atLeast("otop.sales_growth_pct", "6"))));
    }

    private static Judgement lost(String fact, int level) {
        return new Judgement(fact, "ข้อความของระดับ " + level + " ขาดหายจากต้นฉบับ: ผลงานถึงระดับ " + level + " ตามที่ตกลงกันหรือไม่");
    }

    static Indicator p7BigData() {
        return indicator("P7", "ระดับความสำเร็จของการใช้ประโยชน์ Big Data เพื่อการพัฒนาชุมชน", "ขั้นตอน", INFORMATION, ScoringMethod.CUMULATIVE,
                List.of(step("bigdata.working_group", "มีคณะทำงานสนับสนุนการใช้ประโยชน์ Big Data"),
                        flag("bigdata.records_sound", "ผู้ประเมินเห็นว่าข้อมูลในศูนย์ข้อมูลกลางถูกต้อง ครบถ้วน เป็นปัจจุบัน ทุกฐานข้อมูล"),
                        number("bigdata.projects_using", "จำนวนโครงการที่นำ Big Data ไปใช้ประโยชน์", "โครงการ"),
                        step("bigdata.publicised", "เผยแพร่และประชาสัมพันธ์การใช้งานระบบ Big Data"),
                        step("bigdata.use_reported", "รายงานผลการใช้ประโยชน์ Big Data เสนอผู้บริหาร")),
                level(1, "กำกับ ดูแล ให้มีคณะทำงานสนับสนุนการใช้ประโยชน์ Big Data เพื่อการพัฒนาชุมชน", done("bigdata.working_group")),
                level(2, "กำกับ ติดตาม ให้มีการบันทึกข้อมูลในศูนย์ข้อมูลกลางให้ถูกต้อง ครบถ้วน เป็นปัจจุบัน ทุกฐานข้อมูล",
                        new Judgement("bigdata.records_sound", "ข้อมูลในศูนย์ข้อมูลกลางถูกต้อง ครบถ้วน เป็นปัจจุบัน ทุกฐานข้อมูลหรือไม่")),
                level(3, "ส่งเสริม สนับสนุนให้นำ Big Data ไปใช้ประโยชน์ในการขับเคลื่อนงานพัฒนาชุมชนตามแผน อย่างน้อย ๑ โครงการ",
                        atLeast("bigdata.projects_using", "1")),
                level(4, "กำกับ ดูแล การเผยแพร่และประชาสัมพันธ์การใช้งานระบบ Big Data เพื่อการพัฒนาชุมชน", done("bigdata.publicised")),
                level(5, "กำกับ ดูแล รายงานผลการใช้ประโยชน์ Big Data เพื่อการพัฒนาชุมชนเสนอผู้บริหาร", done("bigdata.use_reported")));
    }

    static Indicator p8BasicNeeds() {
        String collected = "jpt.collected_pct";
        String budget = "jpt.budget_spent_pct";
        String certified = "jpt.data_certified";
        return indicator("P8", "ร้อยละของระดับความสำเร็จในการขับเคลื่อนการบริหารการจัดเก็บและใช้ประโยชน์จากข้อมูลเพื่อการพัฒนาชุมชน (จปฐ.) ปี ๒๕๖๕",
                "%", INFORMATION, ScoringMethod.CUMULATIVE,
                List.of(step("jpt.mechanism_set_up", "จัดตั้งกลไกการบริหารการจัดเก็บข้อมูล จปฐ. ปี ๒๕๖๕ ทุกระดับ"),
                        step("jpt.targets_proposed", "ตรวจสอบและจัดทำฐานข้อมูลเป้าหมายการจัดเก็บ จปฐ. เสนอผู้บริหาร"),
                        number("jpt.pr_channels", "จำนวนช่องทางสื่อสาร ประชาสัมพันธ์การจัดเก็บข้อมูล จปฐ.", "ช่องทาง"),
                        step("jpt.collectors_registered", "ผู้จัดเก็บข้อมูล จปฐ. ลงทะเบียนในระบบตามสัดส่วนที่กรมฯ กำหนด"),
                        step("jpt.guidance_given", "สื่อสาร ให้ความรู้การจัดเก็บข้อมูล จปฐ. แก่บุคลากร ภาคี และอาสาสมัคร"),
                        number(collected, "ร้อยละของเป้าหมายการจัดเก็บ จปฐ. ที่จัดเก็บด้วยเครื่องมืออิเล็กทรอนิกส์", "%"),
                        number(budget, "ร้อยละของงบประมาณที่ได้รับการจัดสรรซึ่งใช้จ่ายแล้ว", "%"),
                        step(certified, "คณะกรรมการระดับอำเภอและจังหวัดรับรองข้อมูล จปฐ.")),
                level(1, "๑) จัดตั้งกลไกการบริหารการจัดเก็บข้อมูล จปฐ. ทุกระดับ ๒) ตรวจสอบและจัดทำฐานข้อมูลเป้าหมาย เสนอผู้บริหาร"
                                + " ๓) สื่อสาร ประชาสัมพันธ์อย่างน้อย ๒ ช่องทาง",
                        AllOf.of(done("jpt.mechanism_set_up"), done("jpt.targets_proposed"), atLeast("jpt.pr_channels", "2"))),
                level(2, "๑) ส่งเสริมให้ผู้นำชุมชน อาสาสมัคร ลงทะเบียนผู้จัดเก็บข้อมูล จปฐ. ตามสัดส่วนที่กรมฯ กำหนด"
                                + " ๒) มีแนวทางการสื่อสาร ให้ความรู้การจัดเก็บข้อมูล จปฐ. ปี ๒๕๖๕",
                        AllOf.of(done("jpt.collectors_registered"), done("jpt.guidance_given"))),
                level(3, "๑) จัดเก็บ บันทึกและประมวลผลข้อมูล จปฐ. ด้วยเครื่องมืออิเล็กทรอนิกส์ ไม่น้อยกว่าร้อยละ ๙๕ ของเป้าหมาย"
                                + " ๒) ใช้จ่ายงบประมาณที่ได้รับการจัดสรร ไม่น้อยกว่าร้อยละ ๙๘.๐๐",
                        AllOf.of(atLeast(collected, "95"), atLeast(budget, "98.00"))),
                level(4, "๑) จัดเก็บข้อมูล จปฐ. ด้วยเครื่องมืออิเล็กทรอนิกส์ได้ตามเป้าหมายรวมทั้งหมด"
                                + " ๒) ใช้จ่ายงบประมาณ ไม่น้อยกว่าร้อยละ ๙๘.๐๐ ๓) ตรวจสอบและนำเสนอข้อมูลให้คณะกรรมการฯ รับรอง ภายในวันที่ ๑๐ กันยายน ๒๕๖๕",
                        AllOf.of(atLeast(collected, "100"), atLeast(budget, "98.00"), doneBy(certified, 10, 9, 2565))),
                level(5, "๑) จัดเก็บข้อมูล จปฐ. ด้วยเครื่องมืออิเล็กทรอนิกส์ได้ตามเป้าหมายรวมทั้งหมด"
                                + " ๒) ใช้จ่ายงบประมาณ ไม่น้อยกว่าร้อยละ ๑๐๐ ๓) ตรวจสอบและนำเสนอข้อมูลให้คณะกรรมการฯ รับรอง ภายในวันที่ ๑๐ กันยายน ๒๕๖๕",
                        AllOf.of(atLeast(collected, "100"), atLeast(budget, "100"), doneBy(certified, 10, 9, 2565))));
    }

    static Indicator p9KhokNongNa() {
        String closed = "knn.complaints_closed_pct";
        String channels = "knn.pr_channels";
        String days = "knn.pr_days_per_week";
        return indicator("P9", "ระดับความสำเร็จของการขับเคลื่อนการพัฒนาพื้นที่เรียนรู้ชุมชนต้นแบบ โคก หนอง นา โมเดล", "ขั้นตอน", PROMOTION,
                ScoringMethod.CUMULATIVE,
                List.of(flag("knn.complaints_exist", "มีข้อร้องเรียนเกี่ยวกับโครงการพัฒนาพื้นที่ต้นแบบ โคก หนอง นา โมเดล"),
                        number(closed, "ร้อยละของเรื่องร้องเรียนที่บริหารจัดการแล้วเสร็จและรายงานผู้บริหารภายใน ๓๐ วันทำการ", "%"),
                        step("knn.household_database", "จัดทำฐานข้อมูลครัวเรือนเป้าหมายเป็นรายครัวเรือน/แปลง"),
                        number(channels, "จำนวนช่องทางประชาสัมพันธ์ความก้าวหน้าของพื้นที่ต้นแบบ", "ช่องทาง"),
                        number(days, "จำนวนวันต่อสัปดาห์ที่ประชาสัมพันธ์", "วัน/สัปดาห์"),
                        step("knn.outcomes_analysed", "มีข้อมูลผลการวิเคราะห์ผลผลิต ผลลัพธ์ของโครงการตามกรอบประเมินผล"),
                        step("knn.monthly_reports", "รายงานความก้าวหน้า ปัญหาอุปสรรค และแผนพัฒนาพื้นที่ต้นแบบ ต่อผู้บริหารอำเภอและจังหวัดทุกเดือน"),
                        step("knn.household_data_presented", "นำเสนอข้อมูลผลการดำเนินกิจกรรมของครัวเรือนครบ ๙ องค์ประกอบ"),
                        step("knn.analysis_reported", "มีเอกสารสรุปการวิเคราะห์ข้อมูลเสนอผู้บริหาร และรายงานในระบบของกรมฯ ทุกเดือน")),
                level(1, "๑) กรณีมีข้อร้องเรียน บริหารจัดการข้อร้องเรียนแล้วเสร็จและรายงานผู้บริหารภายใน ๓๐ วันทำการ ได้ไม่น้อยกว่าร้อยละ ๘๐"
                                + " ๒) จัดทำฐานข้อมูลครัวเรือนเป้าหมาย",
                        new Cases("knn.complaints_exist", ImmutableList.of(new Cases.Case(FactValue.flag(true),
                                AllOf.of(atLeast(closed, "80"), done("knn.household_database")))),
                                Optional.of(done("knn.household_database")))),
                level(2, "๑) กรณีมีข้อร้องเรียน บริหารจัดการข้อร้องเรียนภายใน ๓๐ วันทำการ ได้ครบทุกเรื่อง"
                                + " ๒) ประชาสัมพันธ์อย่างน้อย ๑ ช่องทาง สัปดาห์อย่างน้อย ๒ วัน",
                        new Cases("knn.complaints_exist", ImmutableList.of(new Cases.Case(FactValue.flag(true),
                                AllOf.of(atLeast(closed, "100"), atLeast(channels, "1"), atLeast(days, "2")))),
                                Optional.of(AllOf.of(atLeast(channels, "1"), atLeast(days, "2"))))),
                // Level 3 asks 2 days a week again, as level 2 did.
                level(3, "๑) ประชาสัมพันธ์อย่างน้อย ๒ ช่องทาง สัปดาห์อย่างน้อย ๒ วัน ๒) มีข้อมูลผลการวิเคราะห์ผลผลิต ผลลัพธ์ของโครงการ",
                        AllOf.of(atLeast(channels, "2"), atLeast(days, "2"), done("knn.outcomes_analysed"))),
                level(4, "๑) รายงานความก้าวหน้า ปัญหาอุปสรรค ข้อเสนอแนะ และแผนพัฒนาพื้นที่ต้นแบบ ทุกเดือน"
                                + " ๒) ประชาสัมพันธ์อย่างน้อย ๓ ช่องทาง สัปดาห์อย่างน้อย ๓ วัน",
                        AllOf.of(done("knn.monthly_reports"), atLeast(channels, "3"), atLeast(days, "3"))),
                level(5, "๑) นำเสนอข้อมูลผลการดำเนินกิจกรรมของครัวเรือน ๙ องค์ประกอบ (พื้นที่ปลูกป่า อาชีพเสริม รายจ่าย รายได้ การแบ่งปัน"
                                + " การศึกษาเรียนรู้ ปราชญ์ชุมชน ภัยแล้ง ศูนย์เรียนรู้) ๒) มีเอกสารสรุปการวิเคราะห์ข้อมูลเสนอผู้บริหาร และรายงานทุกเดือน",
                        AllOf.of(done("knn.household_data_presented"), done("knn.analysis_reported"))));
    }

    static Indicator p10Grassroots() {
        String kspPlan = "grassroots.ksp_plan_done_pct";
        String companyPlan = "grassroots.company_plan_done_pct";
        return indicator("P10", "ระดับความสำเร็จของการขับเคลื่อนการพัฒนาเศรษฐกิจฐานรากและประชารัฐ", "ขั้นตอน", PROMOTION, ScoringMethod.CUMULATIVE,
                List.of(step("grassroots.mechanism", "มีกลไกขับเคลื่อนเศรษฐกิจฐานรากและประชารัฐตามคำสั่ง มท. ที่ ๑๙๐/๒๕๕๙"),
                        step("grassroots.action_plan", "มีแผนปฏิบัติการขับเคลื่อนปีงบประมาณ พ.ศ. ๒๕๖๕ เป็นลายลักษณ์อักษร"),
                        step("grassroots.company_plan_approved", "แผนพัฒนาธุรกิจของบริษัทประชารัฐฯ จังหวัด ผ่านความเห็นชอบของที่ประชุม คปส."),
                        number(kspPlan, "ร้อยละของแผนปฏิบัติการขับเคลื่อนฯ ของ คสพ. ที่นำไปปฏิบัติได้จริง", "%"),
                        step("grassroots.financial_statements", "บริษัทประชารัฐฯ จังหวัด จัดทำงบการเงินและเสนอผลในการประชุมใหญ่ผู้ถือหุ้น"),
                        number(companyPlan, "ร้อยละของแผนปฏิบัติการที่ คสพ. เห็นชอบซึ่งบริษัทประชารัฐฯ นำไปปฏิบัติได้จริง", "%"),
                        step("grassroots.progress_reported", "รายงานความก้าวหน้า ปัญหา อุปสรรค และข้อเสนอแนะ เสนอผู้บริหารระดับอำเภอ"),
                        step("grassroots.summary_to_province", "สรุปผลความก้าวหน้าเป็นลายลักษณ์อักษร รายงานให้จังหวัดทราบ")),
                level(1, "๑) มีกลไกขับเคลื่อนการพัฒนาเศรษฐกิจฐานรากและประชารัฐ ๒) มีแผนปฏิบัติการปีงบประมาณ พ.ศ. ๒๕๖๕ เป็นลายลักษณ์อักษร",
                        AllOf.of(done("grassroots.mechanism"), done("grassroots.action_plan"))),
                level(2, "๑) สนับสนุนให้มีแผนพัฒนาธุรกิจของบริษัทประชารัฐฯ จังหวัด ผ่านความเห็นชอบของที่ประชุม คปส."
                                + " ๒) นำแผนปฏิบัติการขับเคลื่อนฯ ของ คสพ. ไปปฏิบัติได้จริงไม่น้อยกว่าร้อยละ ๒๐",
                        AllOf.of(done("grassroots.company_plan_approved"), atLeast(kspPlan, "20"))),
                level(3, "๑) บริษัทประชารัฐฯ จังหวัด จัดทำงบการเงิน ณ วันสิ้นปีปฏิทิน และนำเสนอในการประชุมใหญ่ผู้ถือหุ้น"
                                + " ๒) บริษัทประชารัฐฯ นำแผนปฏิบัติการที่ คสพ. เห็นชอบไปปฏิบัติได้จริงไม่น้อยกว่าร้อยละ ๒๐",
                        AllOf.of(done("grassroots.financial_statements"), atLeast(companyPlan, "20"))),
                level(4, "๑) นำแผนปฏิบัติการขับเคลื่อนฯ ของ คสพ. ไปปฏิบัติได้จริงไม่น้อยกว่าร้อยละ ๓๐"
                                + " ๒) บริษัทประชารัฐฯ นำแผนปฏิบัติการไปปฏิบัติได้จริงไม่น้อยกว่าร้อยละ ๓๐",
                        AllOf.of(atLeast(kspPlan, "30"), atLeast(companyPlan, "30"))),
                level(5, "๑) รายงานความก้าวหน้า ปัญหา อุปสรรค และข้อเสนอแนะ เสนอผู้บริหารระดับอำเภอ ๒) สรุปผลความก้าวหน้า รายงานให้จังหวัดทราบ",
                        AllOf.of(done("grassroots.progress_reported"), done("grassroots.summary_to_province"))));
    }

    static Indicator p11ClickChumchon() {
        String use = "click.household_use_pct";
        String useText = "ส่งเสริมให้ครัวเรือน/ผู้แทนครัวเรือนเข้าถึงและใช้บริการแพลตฟอร์ม \"Click ชุมชน\" ไม่น้อยกว่าร้อยละ ๓"
                + " (จำนวน ๑๐,๐๓๓ ครั้ง) ของฐานข้อมูลครัวเรือนที่จัดเก็บข้อมูล จปฐ. ปี ๒๕๖๕";
        return indicator("P11", "ระดับความสำเร็จของการขับเคลื่อนการพัฒนาบริการดิจิทัลสำหรับประชาชน", "%", INFORMATION, ScoringMethod.CUMULATIVE,
                List.of(step("click.mechanism", "มีกลไกหรือคณะทำงานดูแลระบบฐานข้อมูลและสนับสนุนการใช้ \"Click ชุมชน\" ทุกระดับ"),
                        step("click.briefings", "สื่อสาร ประชุม สร้างความรู้ความเข้าใจให้กลไกหรือคณะทำงาน"),
                        step("click.databases_updated", "ปรับปรุง/บันทึกข้อมูลฐานข้อมูลงานพัฒนาชุมชนทุกฐานให้ถูกต้อง ครบถ้วน"),
                        number("click.pr_channels", "จำนวนช่องทางเผยแพร่ประชาสัมพันธ์ \"Click ชุมชน\" (Online และ Offline)", "ช่องทาง"),
                        number("click.pr_per_month", "จำนวนครั้งต่อเดือนที่เผยแพร่ประชาสัมพันธ์", "ครั้ง/เดือน"),
                        number("click.activities", "จำนวนกิจกรรมขับเคลื่อนการใช้ \"Click ชุมชน\"", "กิจกรรม"),
                        number("click.activities_per_month", "จำนวนครั้งต่อเดือนที่จัดกิจกรรม", "ครั้ง/เดือน"),
                        step("click.access_supported", "มีกระบวนการส่งเสริมให้ภาคี ผู้นำ กลุ่ม องค์กร เข้าถึงและใช้ \"Click ชุมชน\""),
                        number(use, "ร้อยละของครัวเรือนในฐานข้อมูล จปฐ. ปี ๒๕๖๕ ที่ใช้บริการ \"Click ชุมชน\"", "%"),
                        step("click.monthly_summary", "สรุปผลการใช้บริการ \"Click ชุมชน\" เสนอผู้บริหารอำเภอและจังหวัดทุกเดือน"),
                        step("click.monthly_system_report", "รายงานผลในระบบรายงานที่กรมการพัฒนาชุมชนกำหนดทุกเดือน")),
                level(1, "๑) จัดให้มีกลไกหรือคณะทำงานดูแลระบบฐานข้อมูลและสนับสนุนการใช้ \"Click ชุมชน\" ทุกระดับ"
                                + " ๒) สื่อสาร ประชุม สร้างความรู้ความเข้าใจให้กลไกหรือคณะทำงาน",
                        AllOf.of(done("click.mechanism"), done("click.briefings"))),
                // "ก่อนวันที่ ๓๑ ธันวาคม ๒๕๖๕": before 31 Dec 2022, so 30 Dec is the last day; the round ends 30 Sep 2022.
                level(2, "๑) ปรับปรุงข้อมูลฐานข้อมูลงานพัฒนาชุมชนทุกฐานให้ถูกต้อง ครบถ้วน แล้วเสร็จก่อนวันที่ ๓๑ ธันวาคม ๒๕๖๕"
                                + " ๒) เผยแพร่ประชาสัมพันธ์ \"Click ชุมชน\" อย่างน้อย ๒ ช่องทาง และอย่างน้อยเดือนละ ๑ ครั้ง",
                        AllOf.of(doneBy("click.databases_updated", 30, 12, 2565), atLeast("click.pr_channels", "2"),
                                atLeast("click.pr_per_month", "1"))),
                level(3, "จัดกิจกรรมขับเคลื่อนการใช้ \"Click ชุมชน\" ให้ส่วนราชการ ภาคี ผู้นำ กลุ่ม องค์กร อย่างน้อย ๒ กิจกรรม และอย่างน้อยเดือนละ ๑ ครั้ง",
                        AllOf.of(atLeast("click.activities", "2"), atLeast("click.activities_per_month", "1"))),
                level(4, "๑) มีกระบวนการส่งเสริมให้ภาคี ผู้นำ กลุ่ม องค์กร เข้าถึงและใช้ประโยชน์จาก \"Click ชุมชน\" ๒) " + useText,
                        AllOf.of(done("click.access_supported"), atLeast(use, "3"))),
                // Level 5 asks the same 3 % as level 4: kept as written.
                level(5, "๑) " + useText + " ๒) สรุปผลการใช้บริการเสนอผู้บริหารอำเภอและจังหวัดทุกเดือน ๓) รายงานในระบบที่กรมฯ กำหนดทุกเดือน",
                        AllOf.of(atLeast(use, "3"), done("click.monthly_summary"), done("click.monthly_system_report"))));
    }

    static Indicator p12SavingsGroups() {
        return indicator("P12", "ระดับความสำเร็จของการพัฒนาและจัดตั้งกองทุนชุมชน \"๑ พัฒนาการ ๑ กลุ่มออมทรัพย์เพื่อการผลิต\"", "ขั้นตอน",
                INFORMATION, ScoringMethod.CUMULATIVE,
                List.of(step("savings.targets_proposed", "กำหนดเป้าหมายการจัดตั้งกลุ่มออมทรัพย์เพื่อการผลิต เสนอผู้บริหารระดับอำเภอ"),
                        step("savings.action_plan", "มีแผนปฏิบัติการ และหลักฐานการขับเคลื่อน ประชาสัมพันธ์ในพื้นที่เป้าหมาย"),
                        step("savings.progress_reported", "มีหลักฐาน รายงานผลการขับเคลื่อนแผนปฏิบัติการ"),
                        number("savings.groups_established", "จำนวนกลุ่มออมทรัพย์เพื่อการผลิตที่จัดตั้งตามแนวทางของกรมฯ", "กลุ่ม"),
                        step("savings.establishment_recorded", "รายงานผลการจัดตั้งและบันทึกข้อมูลในระบบฐานข้อมูล"),
                        step("savings.knowledge_published", "จัดการความรู้ จัดทำสื่อการเรียนรู้ เป็นเอกสารเผยแพร่")),
                level(1, "มีการกำหนดเป้าหมายการดำเนินงานเพื่อขับเคลื่อนการจัดตั้งกลุ่มออมทรัพย์เพื่อการผลิตเสนอผู้บริหารระดับอำเภอทราบ",
                        done("savings.targets_proposed")),
                level(2, "มีแผนปฏิบัติการ และหลักฐานการขับเคลื่อน ประชาสัมพันธ์ สร้างการรับรู้แนวทางการดำเนินงานกลุ่มออมทรัพย์เพื่อการผลิต",
                        done("savings.action_plan")),
                level(3, "มีหลักฐาน รายงานผลการขับเคลื่อนแผนปฏิบัติการ และการประชาสัมพันธ์การจัดตั้งกลุ่มออมทรัพย์ในพื้นที่เป้าหมาย",
                        done("savings.progress_reported")),
                level(4, "๑) จัดตั้งกลุ่มออมทรัพย์เพื่อการผลิตตามแนวทางของกรมการพัฒนาชุมชน อย่างน้อย ๑ กลุ่ม"
                                + " ๒) รายงานผลการจัดตั้งและบันทึกข้อมูลระบบฐานข้อมูล",
                        AllOf.of(atLeast("savings.groups_established", "1"), done("savings.establishment_recorded"))),
                level(5, "จัดการความรู้ จัดทำสื่อการเรียนรู้ ถ่ายทอดประสบการณ์การจัดตั้งกลุ่มออมทรัพย์เพื่อการผลิต เป็นเอกสารเผยแพร่",
                        done("savings.knowledge_published")));
    }

    // ---- the interchange trees ----------------------------------------------------------------

    /** The codec the trees are written with: built-in kinds plus any installed plug-ins. */
    public static RubricCodec codec() {
        return new RubricCodec(CriterionCodec.withInstalledKinds());
    }

    public static Node.Obj teamTree() {
        return codec().write(teamRubric());
    }

    public static Node.Obj individualTree() {
        return codec().write(individualRubric());
    }

    /**
     * The individual table as literally printed: P6 (position 2) has only levels 1 and 5, its
     * levels 2–4 lost at the page break, so its second level is numbered 5. Reading it reports
     * {@code rubric.level-order} and leaves P6 out.
     */
    public static Node.Obj individualTreeAsPrinted() {
        Node.Obj tree = individualTree();
        Node.Arr indicators = (Node.Arr) tree.fields().get("indicators");
        Node.Obj p6 = (Node.Obj) indicators.items().get(2);
        Node.Arr levels = (Node.Arr) p6.fields().get("levels");
        Node.Obj printedP6 = replace(p6, "levels", Node.arr(List.of(levels.items().get(0), levels.items().get(4))));
        List<Node> entries = new ArrayList<>(indicators.items());
        entries.set(2, printedP6);
        return replace(tree, "indicators", Node.arr(entries));
    }

    private static Node.Obj replace(Node.Obj obj, String key, Node value) {
        Node.ObjBuilder b = Node.obj();
        obj.fields().forEach((k, v) -> b.put(k, k.equals(key) ? value : v));
        return b.build();
    }

    // ---- building blocks ----------------------------------------------------------------------

    /** A date written in the Buddhist era, as the letter writes it. */
    static LocalDate be(int day, int month, int buddhistYear) {
        return LocalDate.of(buddhistYear - FiscalYear.BE_OFFSET, month, day);
    }

    private static Rubric rubric(String title, Section section, List<Entry> entries) {
        ImmutableList.Builder<RubricEntry> out = ImmutableList.builder();
        entries.forEach(e -> out.add(new RubricEntry(e.indicator(), section, BigDecimal.valueOf(e.weight()))));
        return new Rubric(title, Optional.of(FISCAL_YEAR), Optional.of(ROUND), out.build());
    }

    /** An indicator with its weight, before the section is known. */
    private record Entry(Indicator indicator, int weight) {
    }

    private static Entry entry(Indicator indicator, int weight) {
        return new Entry(indicator, weight);
    }

    private static Indicator indicator(String code, String title, String unit, String responsibleUnit, ScoringMethod scoring,
                                       List<FactDeclaration> facts, Level... levels) {
        return new Indicator(new IndicatorRef(code, 1), title, new Measure(unit, Direction.HIGHER_IS_BETTER), responsibleUnit,
                ImmutableList.copyOf(facts), ImmutableList.copyOf(levels), scoring);
    }

    private static Level level(int number, String text, Criterion criterion) {
        return new Level(number, text, criterion);
    }

    private static FactDeclaration number(String name, String label, String unit) {
        return new FactDeclaration(name, FactType.NUMBER, label, unit);
    }

    private static FactDeclaration step(String name, String label) {
        return new FactDeclaration(name, FactType.STEP, label, "");
    }

    private static FactDeclaration flag(String name, String label) {
        return new FactDeclaration(name, FactType.FLAG, label, "");
    }

    private static Threshold atLeast(String fact, String target) {
        return new Threshold(fact, Comparator.AT_LEAST, new BigDecimal(target));
    }

    private static Threshold moreThan(String fact, String target) {
        return new Threshold(fact, Comparator.MORE_THAN, new BigDecimal(target));
    }

    private static Threshold lessThan(String fact, String target) {
        return new Threshold(fact, Comparator.LESS_THAN, new BigDecimal(target));
    }

    private static StepDone done(String fact) {
        return StepDone.of(fact);
    }

    private static StepDone doneBy(String fact, int day, int month, int buddhistYear) {
        return StepDone.by(fact, be(day, month, buddhistYear));
    }
}
