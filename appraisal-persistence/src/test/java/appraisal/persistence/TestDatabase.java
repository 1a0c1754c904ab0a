package appraisal.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The two databases the persistence tests run on. SQLite: a file in a temporary folder of this
 * JVM. PostgreSQL: one embedded PostgreSQL server per JVM (started on first use, ~2 s), one
 * database per test, copied from a template migrated once so a test does not pay for migrating.
 */
enum TestDatabase {

    SQLITE {
        @Override
        StoreLocation newEmpty() {
            return StoreLocation.parse(SqliteFiles.FOLDER.resolve("test-" + COUNTER.incrementAndGet() + ".db").toString());
        }

        @Override
        StoreLocation newMigrated() {
            StoreLocation location = newEmpty();
            try {
                Files.copy(SqliteFiles.TEMPLATE, location.sqliteFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return location;
        }

        @Override
        void drop(StoreLocation location) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(Path.of(location.sqliteFile() + suffix));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    },

    POSTGRESQL {
        @Override
        StoreLocation newEmpty() {
            return Server.create("CREATE DATABASE %s");
        }

        @Override
        StoreLocation newMigrated() {
            return Server.nextMigrated();
        }

        @Override
        void drop(StoreLocation location) {
            String name = location.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
            Server.admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A database never migrated. */
    abstract StoreLocation newEmpty();

    /**
     * The audit key file of the stores of a test run: one for all, in the run's temporary folder (not
     * beside each file, nor in the working directory), as one office or department keeps one key
     * for its store and the stores it restores its backups into. A test of stores with keys of
     * their own opens them with files of its own.
     */
    Path auditKey(StoreLocation location) {
        return SqliteFiles.FOLDER.resolve("tests.audit-key");
    }

    /** A database at the current schema, with no data. */
    abstract StoreLocation newMigrated();

    abstract void drop(StoreLocation location);

    /** The temporary folder of this JVM's SQLite files, removed when the JVM ends, and a migrated template file. */
    private static final class SqliteFiles {
        static final Path FOLDER = create();
        static final Path TEMPLATE = template();

        // Every connection is closed after migrating, so SQLite has folded the WAL into the file: a plain copy is complete.
        private static Path template() {
            StoreLocation location = StoreLocation.parse(FOLDER.resolve("template.db").toString());
            Schema.migrate(Store.dataSource(location), Dialect.SQLITE);
            return location.sqliteFile();
        }

        private static Path create() {
            try {
                Path folder = Files.createTempDirectory("appraisal-sqlite-tests");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try (Stream<Path> files = Files.walk(folder)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    } catch (IOException ignored) {
                        // A leftover temp folder is harmless.
                    }
                }));
                return folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The JVM's one embedded PostgreSQL, with a migrated template database. */
    static final class Server {
        static final String TEMPLATE = "appraisal_template";
        private static final EmbeddedPostgres POSTGRES = start();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(true)
                        // Tests do not test PostgreSQL's durability; skipping fsync keeps CREATE DATABASE fast.
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                admin(postgres, "CREATE DATABASE " + TEMPLATE);
                Schema.migrate(Store.dataSource(StoreLocation.parse(postgres.getJdbcUrl("postgres", TEMPLATE))), Dialect.POSTGRESQL);
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
            }
        }

        // CREATE DATABASE copies the template and checkpoints (~0.3 s): one copy is made ahead, while a test runs.
        private static final ExecutorService AHEAD = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "postgres-database-ahead");
            t.setDaemon(true);
            return t;
        });
        private static Future<StoreLocation> next = copyAhead();

        private static Future<StoreLocation> copyAhead() {
            return AHEAD.submit(() -> create("CREATE DATABASE %s TEMPLATE " + TEMPLATE));
        }

        static synchronized StoreLocation nextMigrated() {
            try {
                StoreLocation ready = next.get();
                next = copyAhead();
                return ready;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("could not copy the template database", e.getCause());
            }
        }

        static int port() {
            return POSTGRES.getPort();
        }

        static StoreLocation create(String createStatement) {
            String name = "test_" + COUNTER.incrementAndGet();
            admin(String.format(createStatement, name));
            return StoreLocation.parse(POSTGRES.getJdbcUrl("postgres", name));
        }

        static void admin(String sql) {
            admin(POSTGRES, sql);
        }

        private static void admin(EmbeddedPostgres postgres, String sql) {
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + ": " + e.getMessage(), e);
            }
        }
    }
}
