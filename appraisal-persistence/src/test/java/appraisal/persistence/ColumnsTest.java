package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Instants and dates read back exactly as written, and read the same as java.time reads them; text reads back as stored. */
class ColumnsTest {

    @Test
    void every_instant_written_reads_back_exactly_and_as_instant_parse_reads_it() {
        Random random = new Random(42);
        Instant min = Instant.parse("0001-01-01T00:00:00Z");
        Instant max = Instant.parse("9999-12-31T23:59:59.999999999Z");
        for (int i = 0; i < 20_000; i++) {
            long second = min.getEpochSecond() + (long) (random.nextDouble() * (max.getEpochSecond() - min.getEpochSecond()));
            Instant value = Instant.ofEpochSecond(second, random.nextInt(1_000_000_000));
            String text = Columns.instant(value);
            assertThat(Columns.instant(text)).isEqualTo(value).isEqualTo(Instant.parse(text));
        }
        for (String edge : new String[] {"1970-01-01T00:00:00.000000000Z", "2024-02-29T23:59:59.999999999Z", "1969-12-31T23:59:59.000000001Z"}) {
            assertThat(Columns.instant(edge)).isEqualTo(Instant.parse(edge));
        }
    }

    @Test
    void other_iso_instants_are_read_as_instant_parse_reads_them_and_bad_ones_are_refused() {
        for (String text : new String[] {"2024-05-01T08:30:00Z", "2024-05-01T08:30:00.5Z", "+12024-05-01T08:30:00.000000000Z",
                "2024-05-01T24:00:00.000000000Z"}) {
            assertThat(Columns.instant(text)).isEqualTo(Instant.parse(text));
        }
        for (String bad : new String[] {"2023-02-29T08:30:00.000000000Z", "2024-13-01T08:30:00.000000000Z", 
                "2024-05-01T08:60:00.000000000Z", "2024-05-01 08:30:00.000000000Z", "2024-05-01T08:30:00.00000000xZ"}) {
            assertThatThrownBy(() -> Columns.instant(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void dates_read_back_exactly_and_bad_ones_are_refused() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusDays(1)) {
            assertThat(Columns.date(Columns.date(d))).isEqualTo(d);
        }
        assertThat(Columns.date("+12024-05-01")).isEqualTo(LocalDate.parse("+12024-05-01"));
        for (String bad : new String[] {"2023-02-29", "2024-00-10", "2024-1-10", "20x4-01-10"}) {
            assertThatThrownBy(() -> Columns.date(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
    }

    @Test
    void text_read_from_sqlite_is_the_text_stored_null_and_empty_included() throws Exception {
        List<String> stored = java.util.Arrays.asList("ตัวชี้วัดที่ ๑ ร้อยละของครัวเรือน", "", null, "emoji 🙂 and 'quotes'", "12.50");
        try (Handle h = Jdbi.open("jdbc:sqlite::memory:")) {
            h.execute("CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT, whole INTEGER)");
            for (int n = 0; n < stored.size(); n++) {
                h.execute("INSERT INTO t (n, v, whole) VALUES (?, ?, ?)", n, stored.get(n), 40 + n);
            }
            List<List<String>> read = JdbcRows.list(h, "SELECT v, whole FROM t ORDER BY n", List.of(),
                    rs -> java.util.Arrays.asList(Columns.text(rs, 1), Columns.text(rs, 2)));
            assertThat(read).extracting(r -> r.get(0)).containsExactlyElementsOf(stored);
            // An INTEGER value read as text is its decimal digits, as getString gives it.
            assertThat(read).extracting(r -> r.get(1)).containsExactly("40", "41", "42", "43", "44");
        }
    }
}
