package appraisal.cli.demo;

import java.util.Random;

/**
 * Made-up Thai names for demo people, drawn from a seeded sequence: the same seed gives the same
 * names in the same order. The title (นาย / นาง / นางสาว) fits the first name.
 */
final class ThaiNames {

    private static final String[] MEN = {"สมชาย", "วิชัย", "ประเสริฐ", "อนุชา", "ธนพล", "สุรชัย", "ชัยวัฒน์", "เกียรติศักดิ์",
            "ปิยะ", "ศักดิ์ชัย", "บุญเลิศ", "อภิชาติ"};
    private static final String[] WOMEN = {"สมหญิง", "มาลี", "สุนีย์", "กาญจนา", "พรทิพย์", "วันเพ็ญ", "รัตนา", "นิภา", "อรุณี",
            "จันทร์เพ็ญ", "ศิริพร", "วิไลวรรณ"};
    private static final String[] SURNAMES = {"ใจดี", "ศรีสุข", "บุญมา", "ทองดี", "แก้วกาญจนา", "สายสุวรรณ", "พรหมมา", "จันทร์หอม",
            "ประทุมวงศ์", "สีดา", "บุญเรือง", "คำภา", "ศรีบุรีรัมย์", "นาคสวัสดิ์", "ชัยมงคล", "ทองสุข"};

    private final Random names;

    ThaiNames(long seed) {
        this.names = new Random(seed);
    }

    /** The next name; {@code title} fixes the title (and so the first name's gender), null draws one. */
    String next(String title) {
        boolean female = title == null ? names.nextBoolean() : !title.equals("นาย");
        String prefix = title != null ? title : (female ? (names.nextBoolean() ? "นาง" : "นางสาว") : "นาย");
        String[] first = female ? WOMEN : MEN;
        return prefix + first[names.nextInt(first.length)] + " " + SURNAMES[names.nextInt(SURNAMES.length)];
    }
}
