package appraisal.web;

import appraisal.domain.model.competency.Competency;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The field a refusal names, said in Thai as the page labels it: the domain's locations ({@code weights/T7},
 * {@code levels/3/0}, a competency code, {@code reason}, {@code witness}…) and the page's own field names
 * ({@code w.2}, {@code k.mgmt.leadership}, {@code r.T1}…). Blank for a location no form shows.
 */
final class FieldNames {

    private static final Map<String, String> PLAIN = Map.ofEntries(
            Map.entry("weight", "น้ำหนัก"), Map.entry("add.weight", "น้ำหนักของตัวชี้วัดที่เพิ่ม"),
            Map.entry("reason", "เหตุผล"), Map.entry("adjustmentReason", "เหตุผลที่ปรับค่าเป้าหมาย"),
            Map.entry("witness", "พยาน"), Map.entry("note", "บันทึก"), Map.entry("opinion", "ความเห็น"),
            Map.entry("parent", "ตัวชี้วัดที่ถ่ายทอดจาก"), Map.entry("indicator", "ตัวชี้วัด"), Map.entry("section", "หมวด"),
            Map.entry("carry", "ตัวชี้วัดที่ผู้ใต้บังคับบัญชารับผิดชอบ"), Map.entry("office", "สำนักงานที่ส่งถึง"),
            Map.entry("rubric", "ไฟล์ตัวชี้วัด"), Map.entry("results", "ผลการดำเนินงาน"), Map.entry("level", "ระดับที่ปรับ"));

    private static final Pattern ITEM_WEIGHT = Pattern.compile("weights/(.+)");
    private static final Pattern TEMPLATE_WEIGHT = Pattern.compile("w\\.(\\d+)");
    private static final Pattern TARGET = Pattern.compile("levels/(\\d)(?:/(\\d+))?");
    private static final Pattern PER_ITEM = Pattern.compile("([orc])\\.(.+)");

    private FieldNames() {
    }

    static String thai(String code, String location) {
        if (location == null || location.isBlank()) {
            return "";
        }
        if (code.equals("agreement.results-missing")) {
            return "ผลการดำเนินงานของตัวชี้วัด " + location.replace(",", ", ");
        }
        String plain = PLAIN.get(location);
        if (plain != null) {
            return plain;
        }
        Optional<Competency> competency = Competency.ofCode(location.startsWith("k.") ? location.substring(2) : location);
        if (competency.isPresent()) {
            return "สมรรถนะ" + competency.get().thaiName();
        }
        Matcher m = ITEM_WEIGHT.matcher(location);
        if (m.matches()) {
            return "น้ำหนักของตัวชี้วัด " + m.group(1);
        }
        m = TEMPLATE_WEIGHT.matcher(location);
        if (m.matches()) {
            return "น้ำหนักในแม่แบบ แถวที่ " + (Integer.parseInt(m.group(1)) + 1);
        }
        m = TARGET.matcher(location);
        if (m.matches()) {
            return "ค่าเป้าหมายระดับ " + m.group(1) + (m.group(2) == null ? "" : " ช่องที่ " + (Integer.parseInt(m.group(2)) + 1));
        }
        m = PER_ITEM.matcher(location);
        if (m.matches()) {
            String what = m.group(1).equals("o") ? "ระดับที่ปรับ" : m.group(1).equals("r") ? "เหตุผลที่ปรับ" : "ความเห็น";
            return what + "ของตัวชี้วัด " + m.group(2);
        }
        if (location.startsWith("carry.")) {
            return "ตัวชี้วัดที่ " + location.substring(6) + " รับผิดชอบ";
        }
        return "";
    }
}
