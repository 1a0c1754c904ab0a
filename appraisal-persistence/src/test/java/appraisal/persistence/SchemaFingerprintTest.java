package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFingerprintTest {

    @Test
    void the_migrations_are_every_file_of_the_common_and_the_dialects_folder_in_version_order() throws IOException {
        Path root = Path.of("src/main/resources/db/migration");
        for (Dialect dialect : Dialect.values()) {
            List<String> onDisk;
            try (Stream<Path> files = Stream.concat(Files.list(root.resolve("common")), Files.list(root.resolve(dialect.migrationFolder())))) {
                onDisk = files.map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
            }
            List<String> found = Schema.migrations(dialect);
            assertThat(found).as(dialect.name()).containsExactlyInAnyOrderElementsOf(onDisk);
            assertThat(found.getFirst()).isEqualTo("common/V1__schema.sql");
            assertThat(found).as("version order").contains(dialect.migrationFolder() + "/V9__facts_moved.sql", "common/V10__one_agreement_per_round.sql");
            assertThat(found.indexOf(dialect.migrationFolder() + "/V9__facts_moved.sql"))
                    .isLessThan(found.indexOf("common/V10__one_agreement_per_round.sql"));
        }
    }

    @Test
    void the_migrations_are_found_in_a_jar_as_in_a_directory(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("app.jar");
        Path root = Path.of("src/main/resources");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(root.resolve("db/migration"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            for (Dialect dialect : Dialect.values()) {
                assertThat(MigrationFiles.of(dialect, loader)).as(dialect.name()).isEqualTo(Schema.migrations(dialect));
            }
        }
    }

    @Test
    void a_build_without_migrations_is_refused_with_the_folder_named(@TempDir Path dir) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> MigrationFiles.of(Dialect.SQLITE, loader)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("db/migration/common/V1__schema.sql");
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
