package appraisal.domain.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.shared.DomainException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactDeclarationTest {

    private static FactDeclaration of(FactType type) {
        return new FactDeclaration("x.value", type, "ค่า", "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"96.5|96.5", "๙๖.๕|96.5", "96.5%|96.5", "10,033|10033", " 7 |7"})
    void numbers_are_read_with_thai_or_arabic_digits(String text, String expected) {
        assertThat(of(FactType.NUMBER).parse(text)).isEqualTo(FactValue.of(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"done 30/08/2565|2022-08-30", "done@2022-08-30|2022-08-30", "๓๐ ส.ค. ๒๕๖๕|2022-08-30"})
    void a_step_done_on_a_date_keeps_its_date(String text, LocalDate date) {
        assertThat(of(FactType.STEP).parse(text)).isEqualTo(new FactValue.Completion(true, Optional.of(date)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"done|true", "ทำแล้ว|true", "not-done|false", "ยังไม่ทำ|false"})
    void a_step_may_be_done_without_a_date_or_not_done(String text, boolean done) {
        assertThat(((FactValue.Completion) of(FactType.STEP).parse(text)).done()).isEqualTo(done);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yes|true", "ใช่|true", "NO|false", "ไม่มี|false"})
    void flags_read_yes_and_no_in_english_and_thai(String text, boolean value) {
        assertThat(of(FactType.FLAG).parse(text)).isEqualTo(FactValue.flag(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NUMBER|ninety", "FLAG|maybe", "STEP|soon", "NUMBER|''"})
    void a_value_of_the_wrong_kind_says_what_to_write_instead(FactType type, String text) {
        assertThatThrownBy(() -> of(type).parse(text))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("fact.bad-value");
                    assertThat(e.getMessage()).contains("x.value").contains("write");
                });
    }
}
