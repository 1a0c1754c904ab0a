package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Instants and dates read back from their column text exactly as written, and bad text refused as the JDK refuses it. */
class ColumnsTest {

    @Test
    void instantsAndDatesReadBackExactly() {
        Random random = new Random(2565);
        for (int i = 0; i < 20_000; i++) {
            // From year 0000 to 9999, any nanosecond.
            Instant instant = Instant.ofEpochSecond(-62_167_219_200L + (long) (random.nextDouble() * 315_537_897_599L),
                    random.nextInt(1_000_000_000));
            String text = Columns.instant(instant);
            assertThat(Columns.instant(text)).as(text).isEqualTo(instant).isEqualTo(Instant.parse(text));
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond(), 86_400L));
            assertThat(Columns.date(Columns.date(date))).isEqualTo(date);
        }
        assertThat(Columns.instant("2022-02-28T23:59:59.999999999Z")).isEqualTo(Instant.parse("2022-02-28T23:59:59.999999999Z"));
        assertThat(Columns.instant("2024-02-29T00:00:00.000000000Z")).isEqualTo(Instant.parse("2024-02-29T00:00:00Z"));
        assertThat(Columns.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Columns.instant((String) null)).isNull();
        assertThat(Columns.date((String) null)).isNull();
    }

    @Test
    void otherIsoTextStillReads() {
        assertThat(Columns.instant("2022-07-31T10:15:30Z")).isEqualTo(Instant.parse("2022-07-31T10:15:30Z"));
        assertThat(Columns.instant("2022-07-31T10:15:30.5Z")).isEqualTo(Instant.parse("2022-07-31T10:15:30.500Z"));
        assertThat(Columns.date("+12022-07-31")).isEqualTo(LocalDate.of(12022, 7, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-29T00:00:00.000000000Z", "2022-13-01T00:00:00.000000000Z", "2022-00-10T00:00:00.000000000Z",
            "2022-01-10T10:60:00.000000000Z", "2022-01-10T10:00:6x.000000000Z",
            "2022-01-10T10:00:00.00000000xZ", "2022-01-10 10:00:00.000000000Z", "-022-01-10T10:00:00.000000000Z", ""})
    void badInstantsAreRefusedAsTheJdkRefusesThem(String text) {
        assertThatThrownBy(() -> Columns.instant(text)).isInstanceOf(DateTimeException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-29", "2022-13-01", "2022-04-31", "2022-4-310", "20x2-01-01", "2022/01/01", ""})
    void badDatesAreRefusedAsTheJdkRefusesThem(String text) {
        assertThatThrownBy(() -> Columns.date(text)).isInstanceOf(DateTimeException.class);
    }
}
