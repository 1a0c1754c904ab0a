package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.cli.apiclient.ApiClient;
import appraisal.cli.apiclient.ApiException;
import appraisal.cli.apiclient.ApiResponse;
import appraisal.cli.apiclient.api.AgreementsApi;
import appraisal.cli.apiclient.api.AuthApi;
import appraisal.cli.apiclient.api.ScoresApi;
import appraisal.cli.apiclient.model.Agreement;
import appraisal.cli.apiclient.model.Evaluation;
import appraisal.cli.apiclient.model.IssueToken;
import appraisal.cli.apiclient.model.Problem;
import appraisal.cli.apiclient.model.Result;
import appraisal.cli.apiclient.model.Review;
import appraisal.cli.apiclient.model.Score;
import appraisal.cli.apiclient.model.SessionOpened;
import appraisal.cli.apiclient.model.SignIn;
import appraisal.cli.demo.DemoAccounts;
import appraisal.http.ApiServer;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client generated from the OpenAPI document at build time (openapi-generator, Java's own HTTP
 * client and Jackson; see the cli module's build) takes one agreement through the round on the
 * demo office, each step by the demo account whose step it is: the Lam Plai Mat district head
 * (signed in: session cookie and CSRF token) drafts their staff member's agreement, both sign, the
 * staff member (a bearer token issued in their session) records the result, submits, and
 * acknowledges the evaluation; the province head reviews and the district head closes. Every
 * change carries the ETag the previous answer gave as If-Match. If the document and the server
 * disagree on a path, a parameter or a schema, the generated code cannot make the call or read the
 * answer.
 */
class ApiGeneratedClientTest {

    private static final String ROUND = "2565-2";
    private static final String STAFF = "BRM-LAMPLAIMAT-02";

    @TempDir
    Path folder;

    @Test
    void a_generated_client_takes_one_agreement_through_the_round_each_step_by_its_own_demo_account() throws Exception {
        try (ApiFixture api = ApiFixture.withoutOwnAgreement(folder)) {
            ApiClient headClient = signedIn(api, "lamplaimat.head");
            AgreementsApi head = new AgreementsApi(headClient);
            AgreementsApi staff = new AgreementsApi(withToken(api, token(api, "lamplaimat.staff")));
            AgreementsApi provinceHead = new AgreementsApi(withToken(api, token(api, "buriram.head")));

            assertThat(head.listAgreements(ROUND, STAFF, null, null).getTotal()).as("the staff member has no agreement yet").isZero();
            ApiResponse<Agreement> drafted = head.draftAgreementWithHttpInfo(Map.of("round", ROUND, "appraisee", STAFF,
                    "items", List.of(Map.of("item", "P4", "section", "individual", "weight", 100))));
            assertThat(drafted.getStatusCode()).isEqualTo(201);
            String id = drafted.getData().getAgreement();
            assertThat(drafted.getData().getEvaluator()).isEqualTo("BRM-LAMPLAIMAT-01");
            String first = etag(drafted);

            String etag = step(staff.signAgreementWithHttpInfo(id, first), first, "draft");
            etag = step(head.signAgreementWithHttpInfo(id, etag), etag, "agreed");
            etag = step(staff.recordResultWithHttpInfo(id, "P4", etag, new Result().facts(Map.of("wdf.overdue_debt_reduced_pct", 12))),
                    etag, "agreed");
            etag = step(staff.submitSelfAssessmentWithHttpInfo(id, etag), etag, "self-assessed");
            etag = step(head.evaluateAgreementWithHttpInfo(id, etag, new Evaluation().competencies(Map.of("core.achievement", 3,
                    "core.service", 3, "core.expertise", 2, "core.integrity", 3, "core.teamwork", 2))), etag, "evaluated");
            etag = step(staff.acknowledgeEvaluationWithHttpInfo(id, etag), etag, "acknowledged");
            etag = step(provinceHead.reviewAgreementWithHttpInfo(id, etag, new Review().opinion("เห็นด้วยกับผลการประเมิน")), etag, "reviewed");
            step(head.closeAgreementWithHttpInfo(id, etag, Map.of()), etag, "closed");

            Score score = new ScoresApi(headClient).getAgreementScore(id);
            assertThat(score.getItems()).singleElement().satisfies(item -> assertThat(item.getLevel()).isBetween(1, 5));
            assertThat(score.getFinalScore().getRating()).isNotBlank();
            List<String> trail = head.getAgreementHistory(id, 1, 100).getItems().stream().map(e -> e.getType() + " by " + e.getActor())
                    .collect(Collectors.toList());
            assertThat(trail).containsSubsequence("agreement.drafted by BRM-LAMPLAIMAT-01", "agreement.signed by " + STAFF,
                    "agreement.signed by BRM-LAMPLAIMAT-01", "agreement.result-recorded by " + STAFF,
                    "agreement.self-assessment-submitted by " + STAFF, "agreement.evaluated by BRM-LAMPLAIMAT-01",
                    "agreement.acknowledged by " + STAFF, "agreement.reviewed by BRM-0001", "agreement.closed by BRM-LAMPLAIMAT-01");

            // an old version is refused with a problem document the generated model reads
            assertThatThrownBy(() -> head.signAgreement(id, first)).isInstanceOfSatisfying(ApiException.class, e -> {
                assertThat(e.getCode()).isEqualTo(412);
                Problem problem = read(headClient, e.getResponseBody());
                assertThat(problem.getCode()).isEqualTo("agreement.stale-version");
                assertThat(problem.getDetailTh()).isNotBlank();
            });
        }
    }

    private static Problem read(ApiClient client, String body) {
        try {
            return client.getObjectMapper().readValue(body, Problem.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a problem document: " + body, e);
        }
    }

    /** One step: the answer names the status, and its ETag is new. */
    private static String step(ApiResponse<Agreement> answer, String before, String status) {
        assertThat(answer.getStatusCode()).isEqualTo(200);
        assertThat(answer.getData().getStatus().getValue()).isEqualTo(status);
        assertThat(etag(answer)).isNotEqualTo(before);
        return etag(answer);
    }

    private static String etag(ApiResponse<?> answer) {
        return header(answer, "ETag");
    }

    private static String header(ApiResponse<?> answer, String name) {
        return answer.getHeaders().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(h -> h.getValue().get(0)).findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + answer.getHeaders()));
    }

    private static ApiClient client(ApiFixture api, HttpClient.Builder http) {
        return new ApiClient(http, ApiClient.createDefaultObjectMapper(), api.base() + ApiServer.BASE);
    }

    /**
     * Signed in with the demo password: the session cookie and the CSRF token ride along with every
     * request. The cookie is sent by hand, as a cookie store would drop it: it expires by the
     * fixture's clock, in 2022.
     */
    private static ApiClient signedIn(ApiFixture api, String username) throws ApiException {
        ApiClient client = client(api, HttpClient.newBuilder());
        ApiResponse<SessionOpened> session = new AuthApi(client).signInWithHttpInfo(new SignIn().username(username)
                .password(DemoAccounts.PASSWORD));
        assertThat(session.getData().getUsername()).isEqualTo(username);
        String cookie = header(session, "Set-Cookie").split(";")[0];
        assertThat(cookie).startsWith("appraisal_session=");
        client.setRequestInterceptor(request -> request.header("Cookie", cookie)
                .header("X-CSRF-Token", session.getData().getCsrfToken()));
        return client;
    }

    /** A bearer token the account issues itself, signed in. */
    private static String token(ApiFixture api, String username) throws ApiException {
        return new AuthApi(signedIn(api, username)).issueToken(new IssueToken().label("generated client").validDays(1)).getSecret();
    }

    private static ApiClient withToken(ApiFixture api, String secret) {
        ApiClient client = client(api, HttpClient.newBuilder());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + secret));
        return client;
    }
}
