package appraisal.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a {@link RoundSheet} as an XLSX workbook of one sheet: a bold header row of the Thai
 * headers, frozen with the office and person columns so they stay in view, then a row per agreement
 * with levels and scores as numbers (formatted to the scheme's two decimals) and text as text.
 */
public final class RoundSheetXlsx {

    /** Columns kept in view when scrolling right: office, unit, person id, name. */
    private static final int FROZEN_COLUMNS = 4;

    private RoundSheetXlsx() {
    }

    public static void write(RoundSheet sheet, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "appraisal", "1.0");
        Worksheet ws = wb.newWorksheet("รอบ " + sheet.round());
        for (int c = 0; c < sheet.columns().size(); c++) {
            RoundSheet.Column column = sheet.columns().get(c);
            ws.value(0, c, column.header());
            ws.style(0, c).bold().wrapText(true).set();
            ws.width(c, column.numeric() ? 11 : 24);
        }
        for (int r = 0; r < sheet.rows().size(); r++) {
            var row = sheet.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v == null) {
                    continue;
                }
                if (v instanceof BigDecimal d) {
                    ws.value(r + 1, c, d);
                    ws.style(r + 1, c).format("0.00").set();
                } else if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        ws.freezePane(FROZEN_COLUMNS, 1);
        wb.finish();
    }
}
