package appraisal.cli;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.http.ApiDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks on evidence of issue 13, replayed over HTTP by the appraisee (BRM-MUEANG-09) against
 * a file of another province's agreement: each is refused or not found, and leaves the store (the
 * database and the evidence files) as it was. Every answer is held to the OpenAPI document.
 */
class ApiEvidenceTest {

    private static final String UPLOAD = "/agreements/{id}/items/{item}/evidence";
    private static final String RESULT = "/agreements/{id}/items/{item}/result";
    private static final String DOWNLOAD = "/agreements/{id}/evidence/{sha256}";

    @TempDir
    Path folder;

    private ApiFixture api;
    private final ApiDocument document = new ApiDocument();
    private String own;
    /** The other province's agreement, and the file its appraisee attached to it. */
    private String theirs;
    private byte[] theirBytes;
    private String theirSha;

    @BeforeEach
    void start() throws Exception {
        api = ApiFixture.start(folder);
        own = api.own.value();
        theirs = api.outside.value();
        agree(api.own, ApiFixture.APPRAISEE, ApiFixture.EVALUATOR);
        agree(api.outside, ApiFixture.OUTSIDER, new appraisal.domain.model.org.PersonId("SRN-0001"));
        theirBytes = pdf("สัญญายืมเงินของอีกจังหวัด");
        theirSha = EvidenceContent.sha256(theirBytes);
        api.app.recordResult.record(new RecordResultCommand(AgreementChange.of(api.outside, ApiFixture.OUTSIDER), new ItemId("P4"),
                Facts.NONE, ImmutableList.of(), ImmutableList.of(EvidenceUpload.of("สัญญายืมเงิน.pdf", theirBytes))));
    }

    @AfterEach
    void stop() throws Exception {
        List<String> violations = new ArrayList<>();
        api.exchanges.forEach(e -> violations.addAll(document.violations(e.method(), e.route(), e.status(), e.contentType(), e.body())));
        api.close();
        assertThat(violations).as("answers that do not match the OpenAPI document").isEmpty();
    }

    private void agree(AgreementId id, appraisal.domain.model.org.PersonId appraisee, appraisal.domain.model.org.PersonId evaluator) {
        api.app.sign.sign(new SignAgreementCommand(AgreementChange.of(id, appraisee)));
        api.app.sign.sign(new SignAgreementCommand(AgreementChange.of(id, evaluator)));
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private ApiFixture.Reply upload(String fileName, byte[] bytes, String claimedType) {
        return api.sendBytes("appraisee", "POST", UPLOAD + "?name=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8), bytes,
                claimedType, Map.of("If-Match", "*"), own, "P4");
    }

    private ApiFixture.Reply putResult(String evidence) {
        return api.change("appraisee", "PUT", RESULT, "{\"facts\":{\"wdf.overdue_debt_reduced_pct\":12},\"evidence\":[" + evidence + "]}",
                "*", own, "P4");
    }

    /** The evidence files beside the database, as paths under its evidence folder. */
    private List<String> filesKept() throws Exception {
        Path root = folder.resolve("api.db.evidence");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private void assertRefusedLeavingAllAsItWas(java.util.function.Supplier<ApiFixture.Reply> attempt, int status, String code)
            throws Exception {
        String before = api.dump();
        List<String> files = filesKept();

        ApiFixture.Reply reply = attempt.get();

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(ApiFixture.changes(before, api.dump())).as("rows changed").isEmpty();
        assertThat(filesKept()).isEqualTo(files);
    }

    @Test
    void an_upload_is_kept_for_its_agreement_with_the_sha256_size_and_type_of_its_bytes_whatever_the_client_says() throws Exception {
        byte[] bytes = pdf("รายงานผลการลดหนี้");
        String sha = EvidenceContent.sha256(bytes);

        ApiFixture.Reply reply = upload("C:\\fakepath\\รายงาน.pdf", bytes, "image/png");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode file = reply.json().path("items").get(0).path("result").path("evidence").get(0);
        assertThat(file.path("name").asText()).isEqualTo("รายงาน.pdf");
        assertThat(file.path("sha256").asText()).isEqualTo(sha);
        assertThat(file.path("size").asLong()).isEqualTo(bytes.length);
        assertThat(file.path("media_type").asText()).isEqualTo("application/pdf");
        assertThat(file.path("uri").asText()).isEqualTo("evidence:sha256:" + sha);
        assertThat(filesKept()).contains("agreements/" + own + "/" + sha + ".pdf");

        ApiFixture.Reply download = api.get("appraisee", DOWNLOAD, own, sha);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename*=UTF-8''"
                + URLEncoder.encode("รายงาน.pdf", StandardCharsets.UTF_8));
        assertThat(api.get("evaluator", DOWNLOAD, own, sha).status()).as("the evaluator sees the agreement").isEqualTo(200);
    }

    @Test
    void a_result_naming_another_agreements_file_by_its_sha256_is_refused_and_changes_nothing() throws Exception {
        String stolen = "{\"name\":\"loan.pdf\",\"sha256\":\"" + theirSha + "\",\"size\":" + theirBytes.length
                + ",\"media_type\":\"application/pdf\"}";

        assertRefusedLeavingAllAsItWas(() -> putResult(stolen), 422, "evidence.not-attached");
    }

    @Test
    void another_agreements_file_is_not_found_through_mine_nor_through_theirs_out_of_my_scope() throws Exception {
        ApiFixture.Reply throughMine = api.get("appraisee", DOWNLOAD, own, theirSha);
        ApiFixture.Reply throughTheirs = api.get("appraisee", DOWNLOAD, theirs, theirSha);

        assertThat(throughMine.status()).isEqualTo(404);
        assertThat(throughMine.code()).isEqualTo("evidence.not-found");
        assertThat(throughTheirs.status()).isEqualTo(404);
        assertThat(throughTheirs.code()).isEqualTo("agreement.not-found");
        assertThat(api.get("admin", DOWNLOAD, theirs, theirSha).status()).as("through their own agreement").isEqualTo(200);
    }

    @Test
    void a_claimed_size_or_media_type_that_is_not_the_files_is_refused_and_changes_nothing() throws Exception {
        byte[] bytes = pdf("ผลการสำรวจ");
        String sha = EvidenceContent.sha256(bytes);
        assertThat(upload("survey.pdf", bytes, "application/pdf").status()).isEqualTo(200);

        assertRefusedLeavingAllAsItWas(() -> putResult("{\"name\":\"survey.pdf\",\"sha256\":\"" + sha
                + "\",\"size\":1000000000000000000,\"media_type\":\"application/pdf\"}"), 422, "evidence.mismatch");
        assertRefusedLeavingAllAsItWas(() -> putResult("{\"name\":\"survey.pdf\",\"sha256\":\"" + sha + "\",\"size\":" + bytes.length
                + ",\"media_type\":\"text/html\"}"), 422, "evidence.mismatch");
        assertThat(putResult("{\"name\":\"ผลการสำรวจ.pdf\",\"sha256\":\"" + sha + "\",\"size\":" + bytes.length
                + ",\"media_type\":\"application/pdf\"}").status()).isEqualTo(200);
    }

    @Test
    void a_link_is_an_https_or_http_address_and_nothing_else() throws Exception {
        for (String uri : List.of("javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
                "/api/v1/agreements/" + theirs + "/evidence/" + theirSha)) {
            String link = "{\"name\":\"ประกาศ\",\"uri\":\"" + uri + "\"}";
            assertRefusedLeavingAllAsItWas(() -> putResult(link), 422, "evidence.bad-link");
        }
        ApiFixture.Reply refused = putResult("{\"name\":\"x\",\"uri\":\"javascript:alert(1)\"}");
        assertThat(refused.json().path("detail").asText()).contains("/evidence/0").contains("https: or http:");

        ApiFixture.Reply linked = putResult("{\"name\":\"ประกาศ\",\"uri\":\"https://buriram.cdd.go.th/news/2565-08\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().path("items").get(0).path("result").path("evidence").get(0).toString())
                .isEqualTo("{\"name\":\"ประกาศ\",\"uri\":\"https://buriram.cdd.go.th/news/2565-08\"}");
    }

    @Test
    void the_21st_file_is_refused_with_the_rounds_quota_and_nothing_is_kept() throws Exception {
        for (int i = 1; i <= 20; i++) {
            ApiFixture.Reply reply = upload("photo-" + i + ".pdf", pdf("photo " + i), "application/pdf");
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        }
        assertThat(filesKept()).hasSize(20 + 1); // and their one file

        assertRefusedLeavingAllAsItWas(() -> upload("photo-21.pdf", pdf("photo 21"), "application/pdf"), 409, "evidence.over-quota");
        ApiFixture.Reply again = upload("photo-21.pdf", pdf("photo 21"), "application/pdf");
        assertThat(again.json().path("detail").asText()).contains("'photo-21.pdf' would be file 21 of agreement " + own)
                .contains("its round allows an agreement 20 files of together at most 20 MiB");
        assertThat(upload("photo-1 again.pdf", pdf("photo 1"), "application/pdf").status())
                .as("the same bytes again take no room").isEqualTo(200);
    }

    @Test
    void an_upload_whose_bytes_are_not_what_its_name_says_or_without_a_name_is_refused() throws Exception {
        assertRefusedLeavingAllAsItWas(() -> upload("report.pdf", new byte[] {'M', 'Z', 0, 0}, "application/pdf"), 422,
                "evidence.bad-type");
        assertRefusedLeavingAllAsItWas(() -> upload("page.html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "text/html"), 422, "evidence.bad-type");
        assertRefusedLeavingAllAsItWas(() -> api.sendBytes("appraisee", "POST", UPLOAD, pdf("x"), "application/pdf",
                Map.of("If-Match", "*"), own, "P4"), 400, "request.missing-parameter");
    }
}
