package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cascade report over HTTP is the command line's document ({@code cascade report --format json}), as the API document describes it. */
class CascadeReportApiTest {

    private final ApiDocument document = new ApiDocument();

    @Test
    void an_office_heads_report_names_coverage_load_and_who_has_no_agreement_with_their_name_and_unit() {
        try (ApiFixture api = ApiFixture.start()) {
            ApiFixture.Reply byUnit = api.get("office-head", "/cascades/report?round=2565-2&unit=BRM-MUEANG");
            ApiFixture.Reply byAgreement = api.get("office-head", "/agreements/{id}/cascade",
                    byUnit.json().path("parent").asText());

            assertThat(byUnit.status()).as(byUnit.body()).isEqualTo(200);
            JsonNode r = byUnit.json();
            assertThat(r.path("head").asText()).isEqualTo("BRM-MUEANG-01");
            assertThat(r.path("parent").asText()).isNotBlank();
            assertThat(r.path("uncovered").get(0).asText()).isEqualTo("P4");
            assertThat(r.path("items").get(0).path("item").asText()).isEqualTo("P4");
            assertThat(r.path("items").get(0).path("covered").asBoolean()).isFalse();
            assertThat(r.has("load")).isTrue();
            assertThat(r.has("people")).as("the API's own name for load, before there was one mapping").isFalse();
            JsonNode without = r.path("without_agreement").get(0);
            assertThat(without.path("person").asText()).isEqualTo("BRM-MUEANG-02");
            assertThat(without.path("name").asText()).isEqualTo("นายประเมิน เมือง");
            assertThat(without.path("unit").asText()).isEqualTo("BRM-MUEANG");
            assertThat(byAgreement.status()).isEqualTo(200);
            assertThat(byAgreement.json()).isEqualTo(r);
            List<String> violations = new ArrayList<>();
            api.exchanges.forEach(e -> violations.addAll(document.violations(e)));
            assertThat(violations).as("answers that do not match the OpenAPI document").isEmpty();
        }
    }
}
