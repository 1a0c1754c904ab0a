package appraisal.documents;

import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.thai.BuddhistDates;
import appraisal.domain.model.thai.ThaiDigits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How the printed forms write values: dates in the Buddhist era with Thai month names, numbers as
 * the form rounds them, and, when asked, Thai digits throughout. The date and digit rules
 * themselves are the domain's ({@link BuddhistDates}, {@link ThaiDigits}); this only chooses.
 */
public record FormText(boolean thaiDigits) {

    /** Signatures and evaluations are dated in Thailand's time zone, whatever the server's. */
    public static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    /** Text as printed: Arabic digits turned Thai when asked. */
    public String text(String s) {
        return thaiDigits ? ThaiDigits.toThai(s) : s;
    }

    /** {@code 26 กรกฎาคม 2565}. */
    public String date(LocalDate date) {
        return BuddhistDates.format(date, BuddhistDates.Style.LONG, thaiDigits);
    }

    /** The day an instant falls on in Thailand, as {@link #date(LocalDate)}. */
    public String date(Instant at) {
        return date(at.atZone(THAILAND).toLocalDate());
    }

    /** A figure as the scheme rounded it ({@code 82.00}): printed as is. */
    public String figure(BigDecimal value) {
        return text(value.toPlainString());
    }

    /** A weight or share without trailing zeros: {@code 15}, {@code 7.5}. */
    public String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return text((v.scale() < 0 ? v.setScale(0) : v).toPlainString());
    }

    /** A whole number. */
    public String number(long n) {
        return text(Long.toString(n));
    }

    /** The section's heading on the forms. */
    public static String sectionTitle(Section section) {
        return section == Section.TEAM ? "ตัวชี้วัดงานรายทีม" : "ตัวชี้วัดงานรายบุคคล";
    }

    /** Where an agreement stands, as people read it. */
    public static String status(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> "ร่าง";
            case AGREED -> "ลงนามข้อตกลงแล้ว";
            case SELF_ASSESSED -> "ประเมินตนเองแล้ว";
            case EVALUATED -> "ประเมินแล้ว";
            case ACKNOWLEDGED -> "รับทราบผลแล้ว";
            case REFUSED -> "แจ้งผลแล้ว ไม่ลงนามรับทราบ";
            case REVIEWED -> "ผู้บังคับบัญชาเหนือขึ้นไปให้ความเห็นแล้ว";
            case CLOSED -> "ปิดการประเมินแล้ว";
            case REOPENED -> "เปิดการประเมินใหม่";
        };
    }
}
