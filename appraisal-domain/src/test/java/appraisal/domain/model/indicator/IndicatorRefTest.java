package appraisal.domain.model.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorRefTest {

    @Test
    void codes_are_listed_as_people_number_them_p4_before_p10_and_each_section_together() {
        List<String> codes = List.of("P10", "T2", "P4", "P12", "T10", "P1", "P11", "C");

        assertThat(codes.stream().sorted(IndicatorRef.CODE_ORDER).toList())
                .containsExactly("C", "P1", "P4", "P10", "P11", "P12", "T2", "T10");
    }
}
