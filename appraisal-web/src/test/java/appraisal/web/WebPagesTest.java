package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebPagesTest {

    @Test
    void aRefusalsPlaceInAFileIsSaidInThaiAndOtherPlacesAreLeftToTheDetail() {
        assertThat(WebPages.where("units.csv:3")).isEqualTo("ไฟล์ units.csv บรรทัดที่ 3");
        assertThat(WebPages.where("rubric.yaml:12:7")).isEqualTo("ไฟล์ rubric.yaml บรรทัดที่ 12 คอลัมน์ที่ 7");
        assertThat(WebPages.where("units/1/parent")).isEmpty();
        assertThat(WebPages.where("password")).isEmpty();
        assertThat(WebPages.where("")).isEmpty();
    }
}
