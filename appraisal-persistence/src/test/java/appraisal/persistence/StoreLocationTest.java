package appraisal.persistence;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the connection string a user gives with {@code --db}. */
class StoreLocationTest {

    @Test
    void a_plain_path_is_a_sqlite_file_made_absolute() {
        StoreLocation location = StoreLocation.parse("data/office.db");

        assertThat(location.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(location.sqliteFile()).isEqualTo(Path.of("data/office.db").toAbsolutePath());
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:sqlite:" + Path.of("data/office.db").toAbsolutePath());
    }

    @Test
    void the_default_location_is_a_sqlite_file_in_the_working_directory() {
        StoreLocation location = StoreLocation.parse(StoreLocation.DEFAULT);

        assertThat(location.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(location.sqliteFile().getFileName()).hasToString("appraisal.db");
    }

    @Test
    void a_jdbc_sqlite_url_names_the_same_file_as_its_path() {
        assertThat(StoreLocation.parse("jdbc:sqlite:ไฟล์/สำนักงาน.db")).isEqualTo(StoreLocation.parse("ไฟล์/สำนักงาน.db"));
    }

    @Test
    void a_jdbc_postgresql_url_is_passed_to_the_driver_as_it_is_but_never_shows_its_password() {
        StoreLocation location = StoreLocation.parse("jdbc:postgresql://db.province.go.th:5432/appraisal?user=app&password=secret");

        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://db.province.go.th:5432/appraisal?user=app&password=secret");
        assertThat(location.toString()).contains("db.province.go.th").doesNotContain("secret");
    }

    @Test
    void a_libpq_url_becomes_a_jdbc_url_with_a_decoded_user_and_password() {
        StoreLocation location = StoreLocation.parse("postgresql://app%20user:p%40ss%3Aword@10.0.0.5:6543/appraisal?sslmode=require");

        assertThat(location.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:6543/appraisal?sslmode=require");
        assertThat(location.user()).isEqualTo("app user");
        assertThat(location.password()).isEqualTo("p@ss:word");
        assertThat(location.toString()).doesNotContain("p@ss");
    }

    @Test
    void a_postgres_url_without_port_or_credentials_leaves_them_to_the_driver() {
        StoreLocation location = StoreLocation.parse("postgres://localhost/appraisal");

        assertThat(location.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/appraisal");
        assertThat(location.user()).isEmpty();
        assertThat(location.password()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void no_location_is_refused(String blank) {
        assertThat(refusalOf(() -> StoreLocation.parse(blank)).code()).isEqualTo("store.no-location");
    }

    @ParameterizedTest
    @ValueSource(strings = {":memory:", "jdbc:sqlite::memory:", "jdbc:sqlite:", "jdbc:sqlite:file::memory:?cache=shared"})
    void an_in_memory_sqlite_database_is_refused_because_each_connection_would_see_another(String memory) {
        assertThat(refusalOf(() -> StoreLocation.parse(memory)).code()).isEqualTo("store.memory-database");
    }

    @Test
    void another_kind_of_database_is_refused() {
        assertThat(refusalOf(() -> StoreLocation.parse("jdbc:mysql://localhost/appraisal")).code()).isEqualTo("store.unsupported-database");
    }

    @Test
    void a_postgresql_url_without_a_host_is_refused_without_showing_its_password() {
        var refusal = refusalOf(() -> StoreLocation.parse("postgresql://app:secret@/appraisal"));

        assertThat(refusal.code()).isEqualTo("store.bad-url");
        assertThat(refusal.getMessage()).doesNotContain("secret");
    }

    @Test
    void another_kind_of_database_is_refused_without_showing_its_password() {
        var refusal = refusalOf(() -> StoreLocation.parse("jdbc:mysql://localhost/appraisal?user=app&password=secret"));

        assertThat(refusal.getMessage()).contains("password=***").doesNotContain("secret");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgresql://app:s3cret@db.example:5432/appraisal|postgresql://app:***@db.example:5432/appraisal",
            "jdbc:postgresql://db.example/appraisal?user=app&password=s3cret&ssl=true|jdbc:postgresql://db.example/appraisal?user=app&password=***&ssl=true",
            "jdbc:postgresql://db.example/appraisal?PASSWORD=s3cret|jdbc:postgresql://db.example/appraisal?PASSWORD=***",
            "/srv/appraisal/office.db|/srv/appraisal/office.db"})
    void a_connection_string_is_shown_with_its_password_masked(String given, String shown) {
        assertThat(StoreLocation.redact(given)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "postgresql://app:s3cret@db.example:6543/appraisal?sslmode=require|PostgreSQL at db.example:6543/appraisal",
            "jdbc:postgresql://db.example/appraisal?user=app&password=s3cret|PostgreSQL at db.example:5432/appraisal",
            "jdbc:postgresql://one:5433,two/appraisal|PostgreSQL at one:5433,two:5432/appraisal",
            "jdbc:postgresql://[::1]/appraisal|PostgreSQL at [::1]:5432/appraisal",
            "jdbc:postgresql:appraisal|PostgreSQL at localhost:5432/appraisal"})
    void where_a_postgresql_store_is_names_host_port_and_database_and_nothing_else(String given, String where) {
        assertThat(StoreLocation.parse(given).where()).isEqualTo(where);
    }

    @Test
    void where_a_sqlite_store_is_names_its_file() {
        assertThat(StoreLocation.parse("/srv/appraisal/office.db?max_page_count=10").where()).isEqualTo("the SQLite file /srv/appraisal/office.db");
    }
}
