package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaFingerprintTest {

    @Test
    void the_list_of_migrations_names_every_migration_file_of_each_dialect() throws IOException {
        Path root = Path.of("src/main/resources/db/migration");
        for (Dialect dialect : Dialect.values()) {
            List<String> onDisk;
            try (Stream<Path> files = Stream.concat(Files.list(root.resolve("common")), Files.list(root.resolve(dialect.migrationFolder())))) {
                onDisk = files.map(p -> root.relativize(p).toString()).sorted().toList();
            }
            List<String> listed = Schema.MIGRATIONS.stream().map(m -> m.replace("${dialect}", dialect.migrationFolder())).sorted().toList();
            assertThat(listed).as(dialect.name()).isEqualTo(onDisk);
        }
    }

    @Test
    void each_dialect_has_its_own_stable_fingerprint() {
        assertThat(Schema.fingerprint(Dialect.SQLITE)).hasSize(64).isEqualTo(Schema.fingerprint(Dialect.SQLITE));
        assertThat(Schema.fingerprint(Dialect.SQLITE)).isNotEqualTo(Schema.fingerprint(Dialect.POSTGRESQL));
    }

    @Test
    void a_store_opened_again_skips_migration_and_one_with_another_fingerprint_is_migrated_and_validated(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String file = dir.resolve("s.db").toString();
        Store.open(file).close();
        var source = Store.dataSource(StoreLocation.parse(file));

        assertThat(Schema.migrate(source, Dialect.SQLITE)).isZero();
        try (var c = source.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE schema_fingerprint SET fingerprint = 'from another build'");
        }
        assertThat(Schema.migrate(source, Dialect.SQLITE)).isZero();
        try (var c = source.getConnection(); var s = c.createStatement(); var rs = s.executeQuery("SELECT fingerprint FROM schema_fingerprint")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Schema.fingerprint(Dialect.SQLITE));
        }
    }
}
