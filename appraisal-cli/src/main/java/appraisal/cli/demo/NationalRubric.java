package appraisal.cli.demo;

import appraisal.domain.model.criterion.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rubric of the national demo, built in the interchange format: the Buriram team indicators
 * (T1–T8, as the source document has them) with their weights scaled down to make room for four
 * more team indicators (T9–T12), and four individual indicators (I1–I4) that staff carry as their
 * own. Every level of every indicator is checked by machine — thresholds, steps, brackets, cases —
 * so demo results can be generated for each and scored without an evaluator's judgement.
 */
public final class NationalRubric {

    /** T1–T8 keep their relative weight; T9–T12 take 7 each: 10+10+8+10+8+10+8+8 + 4×7 = 100. */
    private static final Map<String, Integer> TEAM_WEIGHTS = Map.of("T1", 10, "T2", 10, "T3", 8, "T4", 10, "T5", 8, "T6", 10,
            "T7", 8, "T8", 8);
    private static final int NEW_TEAM_WEIGHT = 7;
    private static final int INDIVIDUAL_WEIGHT = 25;

    public static final List<String> TEAM = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10", "T11", "T12");
    public static final List<String> INDIVIDUAL = List.of("I1", "I2", "I3", "I4");

    private NationalRubric() {
    }

    /** The rubric tree, from the Buriram team rubric's tree. */
    public static Node.Obj of(Node buriramTeam) {
        Node.Obj source = (Node.Obj) buriramTeam;
        List<Node> indicators = new ArrayList<>();
        for (Node n : ((Node.Arr) source.get("indicators").orElseThrow()).items()) {
            Node.Obj indicator = (Node.Obj) n;
            String code = ((Node.Text) indicator.get("code").orElseThrow()).value();
            Node.ObjBuilder copy = Node.obj();
            indicator.fields().forEach((k, v) -> copy.put(k, k.equals("weight") ? Node.num(TEAM_WEIGHTS.get(code)) : v));
            indicators.add(copy.build());
        }
        indicators.add(threshold("T9", "team", NEW_TEAM_WEIGHT, "ร้อยละของครัวเรือนเป้าหมายที่ได้รับการส่งเสริมอาชีพ",
                "livelihood.households_pct", "ร้อยละของครัวเรือนเป้าหมายที่ได้รับการส่งเสริมอาชีพ", "%",
                new int[] {60, 70, 80, 90, 100}, "ไม่น้อยกว่าร้อยละ "));
        indicators.add(steps("T10", "team", NEW_TEAM_WEIGHT, "ระดับความสำเร็จของการขับเคลื่อนแผนชุมชน", "community_plan",
                new String[][] {{"surveyed", "สำรวจและจัดเก็บข้อมูลชุมชน"}, {"drafted", "จัดเวทียกร่างแผนชุมชน"},
                        {"approved", "ชุมชนรับรองแผนชุมชน"}, {"integrated", "บูรณาการแผนชุมชนกับแผนท้องถิ่น"},
                        {"reported", "รายงานผลการขับเคลื่อนแผนชุมชนให้จังหวัด ภายในวันที่ 31 สิงหาคม 2565"}}, "2022-08-31"));
        indicators.add(threshold("T11", "team", NEW_TEAM_WEIGHT, "จำนวนกลุ่มออมทรัพย์เพื่อการผลิตที่ได้รับการพัฒนา",
                "savings.groups_developed", "จำนวนกลุ่มออมทรัพย์เพื่อการผลิตที่ได้รับการพัฒนา", "กลุ่ม",
                new int[] {2, 4, 6, 8, 10}, "ไม่น้อยกว่า "));
        indicators.add(threshold("T12", "team", NEW_TEAM_WEIGHT, "ร้อยละของผู้นำชุมชนที่ผ่านการพัฒนาศักยภาพ",
                "leaders.trained_pct", "ร้อยละของผู้นำชุมชนเป้าหมายที่ผ่านการพัฒนาศักยภาพ", "%",
                new int[] {70, 75, 80, 85, 90}, "ไม่น้อยกว่าร้อยละ "));
        indicators.add(threshold("I1", "individual", INDIVIDUAL_WEIGHT, "ร้อยละของข้อมูล จปฐ. ที่ตรวจสอบความถูกต้องแล้ว",
                "data.verified_pct", "ร้อยละของแบบสอบถาม จปฐ. ที่ตรวจสอบความถูกต้องแล้ว", "%",
                new int[] {80, 85, 90, 95, 100}, "ไม่น้อยกว่าร้อยละ "));
        indicators.add(threshold("I2", "individual", INDIVIDUAL_WEIGHT, "จำนวนครั้งของการลงพื้นที่ติดตามสนับสนุนงาน",
                "field.visits", "จำนวนครั้งที่ลงพื้นที่ติดตามสนับสนุนงานพัฒนาชุมชน", "ครั้ง",
                new int[] {4, 6, 8, 10, 12}, "ไม่น้อยกว่า "));
        indicators.add(steps("I3", "individual", INDIVIDUAL_WEIGHT, "ระดับความสำเร็จของการพัฒนาตนเอง", "self_development",
                new String[][] {{"planned", "จัดทำแผนพัฒนาตนเอง"}, {"trained", "เข้ารับการพัฒนาตามแผน"},
                        {"applied", "นำความรู้ไปใช้ในการปฏิบัติงาน"}, {"shared", "ถ่ายทอดความรู้ให้เพื่อนร่วมงาน"},
                        {"reported", "รายงานผลการพัฒนาตนเองให้ผู้บังคับบัญชา ภายในวันที่ 15 กันยายน 2565"}}, "2022-09-15"));
        indicators.add(threshold("I4", "individual", INDIVIDUAL_WEIGHT, "ร้อยละของงานที่ได้รับมอบหมายแล้วเสร็จตามกำหนด",
                "tasks.on_time_pct", "ร้อยละของงานที่ได้รับมอบหมายแล้วเสร็จตามกำหนดเวลา", "%",
                new int[] {70, 80, 85, 90, 95}, "ไม่น้อยกว่าร้อยละ "));
        return Node.obj().put("rubric", "ตัวชี้วัดการประเมินผลการปฏิบัติราชการ กรมการพัฒนาชุมชน รอบที่ 2 ปีงบประมาณ พ.ศ. 2565 "
                        + "(ข้อมูลสาธิตระดับประเทศ)")
                .put("fiscal_year", 2565).put("round", 2).put("indicators", Node.arr(indicators)).build();
    }

    /** Five levels, each a threshold {@code >=} on one measured fact. */
    private static Node threshold(String code, String section, int weight, String title, String fact, String label, String unit,
                                  int[] targets, String textPrefix) {
        List<Node> levels = new ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            levels.add(Node.obj().put("level", i + 1).put("text", label + " " + textPrefix + targets[i] + ("%".equals(unit) ? "" : " " + unit))
                    .put("criterion", Node.obj().put("kind", "threshold").put("fact", fact).put("op", ">=")
                            .put("target", BigDecimal.valueOf(targets[i])).build()).build());
        }
        return header(code, section, weight, title, unit, "highest-met")
                .put("facts", Node.arr(List.of(Node.obj().put("name", fact).put("type", "number").put("label", label).put("unit", unit).build())))
                .put("levels", Node.arr(levels)).build();
    }

    /** Five cumulative steps; the last one due by {@code lastBy}. */
    private static Node steps(String code, String section, int weight, String title, String prefix, String[][] steps, String lastBy) {
        List<Node> facts = new ArrayList<>();
        List<Node> levels = new ArrayList<>();
        for (int i = 0; i < steps.length; i++) {
            String fact = prefix + "." + steps[i][0];
            facts.add(Node.obj().put("name", fact).put("type", "step").put("label", steps[i][1]).build());
            Node.ObjBuilder criterion = Node.obj().put("kind", "step").put("fact", fact);
            if (i == steps.length - 1) {
                criterion.put("by", lastBy);
            }
            levels.add(Node.obj().put("level", i + 1).put("text", steps[i][1]).put("criterion", criterion.build()).build());
        }
        return header(code, section, weight, title, "ขั้นตอน", "cumulative").put("facts", Node.arr(facts)).put("levels", Node.arr(levels))
                .build();
    }

    private static Node.ObjBuilder header(String code, String section, int weight, String title, String unit, String scoring) {
        return Node.obj().put("code", code).put("section", section).put("weight", weight).put("title", title)
                .put("responsible_unit", "individual".equals(section) ? "ผู้รับการประเมิน" : "กลุ่มงานส่งเสริมฯ")
                .put("measure", Node.obj().put("unit", unit).put("direction", "higher").build())
                .put("scoring", scoring);
    }
}
