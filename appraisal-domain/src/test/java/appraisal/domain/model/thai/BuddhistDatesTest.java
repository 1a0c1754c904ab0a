package appraisal.domain.model.thai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BuddhistDatesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "2022-07-26, 2022-07-26",
            "26/07/2565, 2022-07-26",
            "๒๖ ก.ค. ๒๕๖๕, 2022-07-26",
            "๒๖ กรกฎาคม ๒๕๖๕, 2022-07-26",
            "26 กรกฎาคม พ.ศ. 2565, 2022-07-26",
            "๓๑ ธันวาคม ๒๕๖๕, 2022-12-31",
            "2 ก.ย. 2565, 2022-09-02",
            "2565-09-30, 2022-09-30",
            "1/4/2022, 2022-04-01"
    })
    void dates_are_read_as_thai_offices_write_them(String text, LocalDate expected) {
        assertThat(BuddhistDates.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"31/02/2565", "yesterday", "26 Jul 2565", "๒๖ ก.ค.", "2022-02-30", "2565-13-01", "2022-00-10"})
    void an_unreadable_or_impossible_date_says_how_to_write_one(String text) {
        assertThatThrownBy(() -> BuddhistDates.parse(text))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(text);
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, 300).mapToObj(i -> 7_000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void every_printed_style_reads_back_as_the_same_date(long seed) {
        Random random = new Random(seed);
        LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000));
        for (BuddhistDates.Style style : BuddhistDates.Style.values()) {
            for (boolean thai : new boolean[] {true, false}) {
                String printed = BuddhistDates.format(date, style, thai);
                assertThat(BuddhistDates.parse(printed)).as(printed).isEqualTo(date);
                assertThat(ThaiDigits.hasThaiDigits(printed)).isEqualTo(thai);
            }
        }
        assertThat(BuddhistDates.parse(date.toString())).isEqualTo(date);
        String buddhistEra = String.format("%04d-%02d-%02d", date.getYear() + 543, date.getMonthValue(), date.getDayOfMonth());
        assertThat(BuddhistDates.parse(buddhistEra)).as(buddhistEra).isEqualTo(date);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void numbers_survive_a_trip_through_thai_digits(long seed) {
        Random random = new Random(seed);
        BigDecimal n = BigDecimal.valueOf(random.nextLong() % 10_000_000L, random.nextInt(4));
        assertThat(ThaiDigits.parseDecimal(ThaiDigits.toThai(n.toPlainString()))).isEqualTo(n);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"๑๐,๐๓๓|10033", "๙๘.๐๐|98.00", "15|15", "-2.5|-2.5"})
    void numbers_with_thai_digits_and_separators_are_read_exactly(String text, String expected) {
        assertThat(ThaiDigits.parseDecimal(text)).isEqualTo(new BigDecimal(expected));
    }
}
