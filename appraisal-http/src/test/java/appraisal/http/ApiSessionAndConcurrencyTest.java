package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The browser's session (cookie + CSRF token), and two clients racing on one agreement. */
class ApiSessionAndConcurrencyTest {


    @Test
    void two_clients_changing_the_same_version_one_wins_the_other_gets_412_and_nothing_is_lost() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            String id = api.own.value();
            ApiFixture.Reply seen = api.get("evaluator", "/agreements/{id}", id);
            String etag = seen.header("ETag");
            long version = seen.json().path("version").asLong();
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<ApiFixture.Reply>> replies = new ArrayList<>();
            for (String[] client : new String[][] {{"evaluator", "60"}, {"appraisee", "70"}}) {
                Callable<ApiFixture.Reply> change = () -> {
                    together.await();
                    return api.change(client[0], "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":" + client[1] + "}", etag, id, "P4");
                };
                replies.add(pool.submit(change));
            }
            ApiFixture.Reply first = replies.get(0).get();
            ApiFixture.Reply second = replies.get(1).get();
            pool.shutdown();
            assertThat(List.of(first.status(), second.status())).containsExactlyInAnyOrder(200, 412);
            ApiFixture.Reply winner = first.status() == 200 ? first : second;
            ApiFixture.Reply loser = first.status() == 200 ? second : first;
            assertThat(loser.code()).isEqualTo("agreement.stale-version");
            ApiFixture.Reply now = api.get("evaluator", "/agreements/{id}", id);
            assertThat(now.json().path("version").asLong()).isEqualTo(version + 1);
            assertThat(now.json().path("items").get(0).path("weight").decimalValue())
                    .isEqualByComparingTo(winner.json().path("items").get(0).path("weight").decimalValue());
            // the loser reads again and succeeds with the new ETag: its change is not lost, only refused once
            ApiFixture.Reply retried = api.change("appraisee", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":70}",
                    now.header("ETag"), id, "P4");
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.json().path("version").asLong()).isEqualTo(version + 2);
        }
    }

    @Test
    void clients_changing_at_any_version_all_succeed_one_after_the_other_and_nothing_is_lost() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            String id = api.own.value();
            long version = api.get("evaluator", "/agreements/{id}", id).json().path("version").asLong();
            int clients = 6;
            CyclicBarrier together = new CyclicBarrier(clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<ApiFixture.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String weight = String.valueOf(50 + i);
                replies.add(pool.submit(() -> {
                    together.await();
                    return api.change("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":" + weight + "}", "*", id, "P4");
                }));
            }
            List<Long> versions = new ArrayList<>();
            for (Future<ApiFixture.Reply> reply : replies) {
                assertThat(reply.get().status()).isEqualTo(200);
                versions.add(reply.get().json().path("version").asLong());
            }
            pool.shutdown();
            // Each answer is the agreement as it is once its own change is saved (a client saving right after may already
            // be in it, so two answers can show the same version); every change was saved once, each on top of the one
            // before: the agreement ends at version + clients, with one weight change per client in its history.
            assertThat(versions).allSatisfy(v -> assertThat(v).isBetween(version + 1, version + clients));
            assertThat(versions).contains(version + clients);
            assertThat(api.get("evaluator", "/agreements/{id}", id).json().path("version").asLong()).isEqualTo(version + clients);
            assertThat(api.get("evaluator", "/agreements/{id}/history?size=100", id).json().path("items").findValuesAsText("type"))
                    .filteredOn(type -> type.equals("agreement.item-weight-changed")).hasSize(clients);
        }
    }

    @Test
    void a_session_cookie_is_http_only_and_same_site_and_its_changes_need_the_csrf_token() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/session"))
                    .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"api-evaluator\",\"password\":\"" + ApiFixture.PASSWORD + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(201);
            String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(setCookie).startsWith("appraisal_session=").contains("HttpOnly").contains("SameSite=Strict")
                    .as("https forwarded by an untrusted address does not count").doesNotContain("Secure");
            String cookie = setCookie.substring(0, setCookie.indexOf(';'));
            String csrf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(signIn.body()).path("csrf_token").asText();
            assertThat(csrf).isNotBlank();
            assertThat(signIn.body()).doesNotContain(cookie.substring(cookie.indexOf('=') + 1));

            String id = api.own.value();
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/agreements/" + id))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            String etag = read.headers().firstValue("ETag").orElseThrow();
            String before = api.dump();

            HttpResponse<String> noToken = patch(http, api, id, cookie, etag, Map.of());
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(noToken.body()).contains("\"code\":\"auth.csrf-missing\"");
            HttpResponse<String> wrongToken = patch(http, api, id, cookie, etag, Map.of("X-CSRF-Token", "not-the-token"));
            assertThat(wrongToken.statusCode()).isEqualTo(403);
            assertThat(wrongToken.body()).contains("\"code\":\"auth.csrf-mismatch\"");
            assertThat(ApiFixture.changes(before, api.dump())).isEmpty();

            HttpResponse<String> withToken = patch(http, api, id, cookie, etag, Map.of("X-CSRF-Token", csrf));
            assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);

            HttpResponse<String> signOut = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/session"))
                    .header("Cookie", cookie).header("X-CSRF-Token", csrf).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signOut.statusCode()).isEqualTo(204);
            HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/me"))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void a_wrong_password_is_401_with_the_same_answer_as_an_unknown_user_and_a_bad_token_is_401() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            ApiFixture.Reply wrong = api.send(null, "POST", "/session", "{\"username\":\"api-evaluator\",\"password\":\"wrong password!\"}", Map.of());
            ApiFixture.Reply unknown = api.send(null, "POST", "/session", "{\"username\":\"nobody\",\"password\":\"wrong password!\"}", Map.of());
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(wrong.code()).isEqualTo(unknown.code()).isEqualTo("auth.bad-credentials");
            ApiFixture.Reply badToken = api.send(null, "GET", "/me", null, Map.of("Authorization", "Bearer nope"));
            assertThat(badToken.status()).isEqualTo(401);
            assertThat(badToken.code()).isEqualTo("auth.bad-token");
        }
    }

    private static HttpResponse<String> patch(HttpClient http, ApiFixture api, String id, String cookie, String etag,
                                              Map<String, String> extra) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/agreements/" + id + "/items/P4"))
                .header("Cookie", cookie).header("If-Match", etag).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"weight\":80}"));
        extra.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
