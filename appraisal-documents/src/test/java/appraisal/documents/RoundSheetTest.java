package appraisal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.scoring.FinalScore;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.domain.seed.BuriramRound2565;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The round's spreadsheet, read back with another library and checked against the scoring use case, person by person. */
class RoundSheetTest {

    private static final BuriramAppraisals round = new BuriramAppraisals();

    private static List<Row> xlsxRows(RoundSheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RoundSheetXlsx.write(sheet, out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return wb.getFirstSheet().read();
        }
    }

    @Test
    void the_sheet_has_a_row_per_agreement_by_office_with_every_items_level_as_a_column() {
        RoundSheet sheet = round.documents.roundSheet(BuriramRound2565.round().id());

        assertThat(sheet.columns()).extracting(RoundSheet.Column::key).startsWith("office", "unit", "person", "name", "position", "level",
                "agreement", "status").contains("level.T1", "level.T8", "level.P4").endsWith("achievement", "competency", "total", "rating");
        assertThat(sheet.rows()).extracting(r -> r.get(sheet.column("person"))).containsExactly("BRM-LPM-01", "BRM-LPM-02", "BRM-LPM-03");
        assertThat(sheet.rows()).extracting(r -> r.get(sheet.column("office"))).containsOnly("สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ");
        assertThat(sheet.rows().get(2).get(sheet.column("status"))).isEqualTo("DRAFT");
        assertThat(sheet.rows().get(2).get(sheet.column("total"))).isNull();
    }

    @Test
    void the_xlsx_holds_the_scoring_use_cases_numbers_as_numbers_for_every_person() throws IOException {
        RoundSheet sheet = round.documents.roundSheet(BuriramRound2565.round().id());
        RoundScores scores = round.system.scoring.score(BuriramRound2565.round().id());
        Map<String, AgreementScore> byAgreement = scores.scores().stream()
                .collect(Collectors.toMap(s -> s.agreement().value(), Function.identity()));
        List<Row> rows = xlsxRows(sheet);

        assertThat(rows).hasSize(1 + 3);
        assertThat(rows.get(0).getCell(0).getText()).isEqualTo("สำนักงาน");
        assertThat(rows.get(0).getCell(sheet.column("level.T6")).getText()).isEqualTo("ระดับ T6");
        int checked = 0;
        for (Row row : rows.subList(1, rows.size())) {
            String agreement = row.getCell(sheet.column("agreement")).getText();
            AgreementScore score = byAgreement.get(agreement);
            assertThat(number(row, sheet.column("achievement"))).isEqualByComparingTo(score.achievement());
            for (ItemScore item : score.items()) {
                if (item.decided()) {
                    assertThat(number(row, sheet.column("level." + item.item().value()))).isEqualByComparingTo(BigDecimal.valueOf(item.level()));
                }
            }
            if (score.finalScore().isPresent()) {
                FinalScore f = score.finalScore().get();
                assertThat(number(row, sheet.column("competency"))).isEqualByComparingTo(f.competency());
                assertThat(number(row, sheet.column("total"))).isEqualByComparingTo(f.total());
                assertThat(row.getCell(sheet.column("rating")).getText()).isEqualTo(f.rating().name());
                checked++;
            } else {
                assertThat(row.getCellAsString(sheet.column("total"))).isEmpty();
            }
        }
        assertThat(checked).isEqualTo(2);
        assertThat(number(rows.get(1), sheet.column("total"))).isEqualByComparingTo("82.29");
    }

    private static BigDecimal number(Row row, int column) {
        Cell cell = row.getCell(column);
        assertThat(cell.getType()).as("column %d", column).isEqualTo(CellType.NUMBER);
        return cell.asNumber();
    }
}
