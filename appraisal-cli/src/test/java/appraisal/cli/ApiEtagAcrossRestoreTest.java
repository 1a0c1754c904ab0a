package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.store.BackupCommand;
import appraisal.domain.port.in.store.RestoreCommand;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ETag names the store's epoch with the version: after {@code restore --replace} versions start
 * again from the backup's, and later changes count up to the same numbers with other contents, yet
 * an ETag given before the restore is never taken for them.
 */
class ApiEtagAcrossRestoreTest {

    private static final String WEIGHT = "/agreements/{id}/items/{item}";

    @TempDir
    Path folder;

    private ApiFixture api;

    @BeforeEach
    void start() throws Exception {
        api = ApiFixture.start(folder);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private ApiFixture.Reply weigh(String weight, String etag) {
        return api.change("evaluator", "PATCH", WEIGHT, "{\"weight\":" + weight + "}", etag, api.own.value(), "P4");
    }

    @Test
    void an_etag_from_before_a_restore_is_refused_after_it_though_later_changes_brought_the_version_back_to_its_number() {
        String id = api.own.value();
        ApiFixture.Reply read = api.get("evaluator", "/agreements/{id}", id);
        long version = read.json().path("version").asLong();
        api.app.backup.backup(new BackupCommand(folder.resolve("nightly.db").toString()));
        ApiFixture.Reply before = weigh("60", read.header("ETag"));
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        String etagBefore = before.header("ETag");

        api.app.restore.restore(new RestoreCommand(folder.resolve("nightly.db").toString(), true, new PersonId("admin")));
        ApiFixture.Reply restored = api.get("evaluator", "/agreements/{id}", id);
        ApiFixture.Reply after = weigh("40", restored.header("ETag"));

        assertThat(restored.json().path("version").asLong()).as("the version went back with the data").isEqualTo(version);
        assertThat(after.status()).as(after.body()).isEqualTo(200);
        assertThat(after.json().path("version").asLong()).as("and came back to the same number").isEqualTo(version + 1);
        assertThat(before.json().path("version").asLong()).isEqualTo(version + 1);
        assertThat(after.header("ETag")).isNotEqualTo(etagBefore)
                .endsWith("-v" + (version + 1) + "\"").startsWith(restored.header("ETag").substring(0, 14));
        ApiFixture.Reply stale = weigh("60", etagBefore);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("agreement.stale-version");
        assertThat(stale.json().path("detail").asText()).contains("was read in store epoch " + etagBefore.substring(1, 13));
        assertThat(api.get("evaluator", "/agreements/{id}", id).json().path("items").get(0).path("weight").decimalValue())
                .as("nothing was changed").isEqualByComparingTo(new BigDecimal("40"));
    }

    @Test
    void an_etag_without_an_epoch_is_stale_and_the_rules_for_a_missing_or_malformed_one_stay() {
        String id = api.own.value();
        long version = api.get("evaluator", "/agreements/{id}", id).json().path("version").asLong();

        ApiFixture.Reply old = weigh("60", "\"v" + version + "\"");
        ApiFixture.Reply missing = weigh("60", null);
        ApiFixture.Reply malformed = weigh("60", "\"AB-v" + version + "\"");

        assertThat(old.status()).isEqualTo(412);
        assertThat(old.code()).isEqualTo("agreement.stale-version");
        assertThat(old.json().path("detail").asText()).contains("names no store epoch");
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.code()).isEqualTo("request.if-match-required");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.code()).isEqualTo("request.bad-if-match");
    }
}
