package appraisal.persistence;

import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.EvidenceStore;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.StoreChanges;
import appraisal.domain.port.out.StoreMaintenance;
import appraisal.domain.port.out.TokenRepository;
import appraisal.domain.port.out.UnitOfWork;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * An open store: the database a connection string names, brought to the current schema, with
 * an implementation of every driven port of the domain. The composition root opens one at start
 * ({@link #open(String)}), wires the ports into the use cases and closes it at the end.
 *
 * <p>All ports of one store share one {@link #unitOfWork()}: inside
 * {@link UnitOfWork#inTransaction} they all write in the same transaction.
 *
 * <p><b>SQLite</b> is opened as a careful server does:
 * <ul>
 *   <li>{@code journal_mode=WAL}: readers never wait for the writer, nor the writer for readers;</li>
 *   <li>{@code synchronous=FULL}: in WAL mode NORMAL syncs only at checkpoints, so the last
 *       commits can be lost (though the file stays consistent) when the power fails; FULL syncs
 *       the WAL at every commit, so a committed agreement survives a power cut, at the cost of
 *       one fsync per transaction — cheap next to a person's click, and why cascades save in one;</li>
 *   <li>{@code foreign_keys=ON} (SQLite's default is off) and a busy timeout of
 *       {@value #BUSY_TIMEOUT_MILLIS} ms, so a writer waits for the one before it instead of failing;</li>
 *   <li>write transactions {@code BEGIN IMMEDIATE}: see {@link JdbiUnitOfWork}.</li>
 *   <li>{@code temp_store=MEMORY} on the write connection: every use case and every repository
 *       write runs in a savepoint, and SQLite copies each page a savepoint first changes into a
 *       sub-journal, kept in memory only up to 64 KiB and then in a temporary file — two
 *       {@code pwrite}s per page, which a cascade's many savepoints multiply. Only an open
 *       transaction needs it (a crash rolls that back from the WAL anyway), so memory loses nothing
 *       and saves the cascade that I/O (docs/cascade.md has the figures).</li>
 * </ul>
 * Connections are pooled (HikariCP) and long-lived, so the pragmas above run once per
 * connection, not once per read — a web request makes a dozen reads, and opening a SQLite
 * connection with its pragmas costs more than most of them. Writes go through a pool of exactly
 * one connection: SQLite admits one writer at a time anyway, and writers queued fairly in the pool
 * (waiting up to the busy timeout, as before) get through faster than writers sleeping in SQLite's
 * busy handler, whose back-off grows to 100 ms (another process writing the same file still meets
 * the busy timeout). Reads go through a pool of
 * {@value #SQLITE_READERS} deferred connections, which in WAL mode never wait for the writer. When
 * the store closes, the pools close their connections and the last one checkpoints and removes the WAL.
 * Migrations run before the pools start, on a connection of their own. A big round's agreements
 * are loaded in parts on several read connections at once, all on one snapshot (see
 * {@link JdbiUnitOfWork#readInParts}).
 *
 * <p><b>PostgreSQL</b> uses one pool of up to {@value #POSTGRESQL_CONNECTIONS} connections for reads
 * and writes, READ COMMITTED; optimistic locking does not need more. Connections are opened on
 * demand and retired when idle, so a store that is not busy holds none of the server's. A caller
 * waits at most {@value #POSTGRESQL_WAIT_MILLIS} ms for a connection, so a stopped server is
 * answered within a second ({@code store.unavailable}, see {@link StoreFaults}), not after the
 * SQLite writer's wait; opening one gives up after {@value #POSTGRESQL_CONNECT_SECONDS} s, and a
 * connection that hears nothing from the server for {@value #POSTGRESQL_SOCKET_SECONDS} s (no
 * single round trip of this program's takes that long) is taken for a lost network.
 *
 * <p><b>When the database fails</b> (stopped, unreachable, full, read-only, its file gone) every
 * port answers {@code UNAVAILABLE} with a stable code and says whether anything was saved, and the
 * store recovers by itself once the fault is gone: see {@link StoreFaults}.
 */
public final class Store implements AutoCloseable {

    /** How long a SQLite writer waits for the lock before failing. */
    public static final int BUSY_TIMEOUT_MILLIS = 15_000;

    /** How many read connections a SQLite store keeps at most. */
    static final int SQLITE_READERS = 8;

    /** How many connections a PostgreSQL store opens at most. */
    static final int POSTGRESQL_CONNECTIONS = 10;

    /** How long a caller waits for a PostgreSQL connection before it is told the store is unavailable (or busy). */
    static final long POSTGRESQL_WAIT_MILLIS = 500;

    /** How long the pool's check that an idle PostgreSQL connection is alive may take (below the wait; HikariCP's least). */
    private static final long POSTGRESQL_VALIDATION_MILLIS = 250;

    /** How long opening a PostgreSQL connection (the TCP connect) may take. */
    static final int POSTGRESQL_CONNECT_SECONDS = 2;

    /** How long a PostgreSQL connection may hear nothing from the server before it counts as lost. */
    static final int POSTGRESQL_SOCKET_SECONDS = 300;

    private final StoreLocation location;
    private final Jdbi writes;
    private final JdbiUnitOfWork transactions;
    private final RoundRepository rounds;
    private final IndicatorRepository indicators;
    private final OrgUnitRepository orgUnits;
    private final PersonRepository people;
    private final AgreementRepository agreements;
    private final AuditSink audit;
    private final IdSource ids;
    private final StoreMaintenance maintenance;
    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final TokenRepository tokens;
    private final SignInAttempts signInAttempts;
    private final StoreChanges changes;
    private final AuditSeal auditSeal;
    private final DataSource dataSource;
    private final List<HikariDataSource> pools;
    private final StoreFaults faults;

    private Store(StoreLocation location, StoreFaults faults, DataSource plain, HikariDataSource writeSource, HikariDataSource readSource,
                  JsonColumns json, AuditRows auditRows, LoadInParts inParts) {
        this.location = location;
        this.faults = faults;
        this.dataSource = plain;
        this.pools = writeSource == readSource ? List.of(writeSource) : List.of(writeSource, readSource);
        this.writes = Jdbi.create(faults.writeConnections(writeSource)).setStatementBuilderFactory(ReusedStatements.FACTORY);
        Jdbi reads = writeSource == readSource ? writes : Jdbi.create(readSource).setStatementBuilderFactory(ReusedStatements.FACTORY);
        this.transactions = new JdbiUnitOfWork(location.dialect(), faults, writes, reads, readSource);
        this.auditSeal = auditRows.seal();
        this.rounds = new JdbiRoundRepository(transactions, json);
        this.indicators = new JdbiIndicatorRepository(transactions, json);
        this.orgUnits = new JdbiOrgUnitRepository(transactions);
        this.people = new JdbiPersonRepository(transactions);
        this.agreements = new JdbiAgreementRepository(transactions, new AgreementMapping(json),
                location.dialect().readsOneSnapshot(), inParts);
        this.audit = new JdbiAuditSink(transactions, json, auditRows);
        this.ids = new JdbiIdSource(transactions);
        this.maintenance = new JdbiStoreMaintenance(location, faults, plain, writes, reads, auditRows);
        this.accounts = new JdbiAccountRepository(transactions);
        this.sessions = new JdbiSessionRepository(transactions);
        this.tokens = new JdbiTokenRepository(transactions);
        this.signInAttempts = new JdbiSignInAttempts(transactions);
        this.changes = new JdbiStoreChanges(transactions);
    }

    /** Opens (creating and migrating on first use) the store a connection string names; see {@link StoreLocation}. */
    public static Store open(String connection) {
        return open(StoreLocation.parse(connection), CriterionCodec.withInstalledKinds());
    }

    /**
     * {@link #open(String)}, with the audit trail's keys in {@code auditKey} when given, else in the
     * file beside the store ({@link AuditKeyFile#beside}).
     */
    public static Store open(String connection, Optional<Path> auditKey) {
        StoreLocation location = StoreLocation.parse(connection);
        return open(location, CriterionCodec.withInstalledKinds(), LoadInParts.byCores(), auditKey.orElseGet(() -> AuditKeyFile.beside(location)));
    }

    /**
     * Opens the store at {@code location}, reading and writing criteria with {@code criteria} (which
     * must know every custom criterion kind stored in it).
     */
    public static Store open(StoreLocation location, CriterionCodec criteria) {
        return open(location, criteria, LoadInParts.byCores());
    }

    /**
     * Opens the store at {@code location} with the audit key file {@code auditKey} (see {@link
     * AuditKeyFile}; made with a new key if there is none) instead of the one beside it: every
     * instance serving one PostgreSQL database needs a copy of the same file.
     */
    public static Store open(StoreLocation location, CriterionCodec criteria, Path auditKey) {
        return open(location, criteria, LoadInParts.byCores(), auditKey);
    }

    /** {@link #open(StoreLocation, CriterionCodec)}, splitting a round's load as {@code inParts} says (tests split small rounds). */
    static Store open(StoreLocation location, CriterionCodec criteria, LoadInParts inParts) {
        return open(location, criteria, inParts, AuditKeyFile.beside(location));
    }

    static Store open(StoreLocation location, CriterionCodec criteria, LoadInParts inParts, Path auditKey) {
        if (location.dialect() == Dialect.SQLITE) {
            Path directory = location.sqliteFile().toAbsolutePath().getParent();
            if (directory != null && !Files.isDirectory(directory)) {
                throw DomainException.invalid("store.no-directory",
                        "cannot create the database " + location.sqliteFile() + ": directory " + directory + " does not exist", "db");
            }
        }
        StoreFaults faults = new StoreFaults(location);
        try {
            return open(location, faults, criteria, inParts, auditKey);
        } catch (RuntimeException e) {
            faults.close();
            RuntimeException refusal = faults.translate(e, StoreFaults.Phase.READ);
            if (refusal != e) {
                throw refusal;
            }
            throw e instanceof StoreException ? new StoreException(location.where() + ": " + oneLine(e.getMessage()), e) : e;
        }
    }

    private static Store open(StoreLocation location, StoreFaults faults, CriterionCodec criteria, LoadInParts inParts, Path auditKey) {
        JsonColumns json = new JsonColumns(criteria);
        AuditRows auditRows = new AuditRows(AuditKeyFile.open(auditKey), json);
        // Migrate first, on a plain connection: Flyway may want two at once, which a one-connection pool would not give.
        DataSource plain = dataSource(location);
        Schema.migrate(plain, location.dialect(), Optional.of(auditRows));
        if (location.dialect() == Dialect.SQLITE) {
            ConnectionOpener writeOpener = new ConnectionOpener(sqlite(location, SQLiteConfig.TransactionMode.IMMEDIATE, false), faults::opened);
            HikariDataSource writeSource = pool(location, "write", writeOpener, 1, 1, BUSY_TIMEOUT_MILLIS);
            try {
                ConnectionOpener readOpener = new ConnectionOpener(sqlite(location, SQLiteConfig.TransactionMode.DEFERRED, false));
                HikariDataSource readSource = pool(location, "read", readOpener, 0, SQLITE_READERS, BUSY_TIMEOUT_MILLIS);
                faults.watch(List.of(writeSource, readSource), List.of(writeOpener, readOpener));
                return new Store(location, faults, plain, writeSource, readSource, json, auditRows, inParts);
            } catch (RuntimeException e) {
                writeSource.close();
                throw e;
            }
        }
        ConnectionOpener opener = new ConnectionOpener(postgresql(location, true));
        HikariDataSource both = pool(location, "", opener, 0, POSTGRESQL_CONNECTIONS, POSTGRESQL_WAIT_MILLIS);
        faults.watch(List.of(both), List.of(opener));
        return new Store(location, faults, plain, both, both, json, auditRows, inParts);
    }

    /** The first line of a driver's or Flyway's message (theirs run to several), so a command's error stays one line. */
    private static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return StoreLocation.redact(end < 0 ? text : text.substring(0, end).strip());
    }

    /**
     * A pool over {@code opener}. A SQLite connection asked for waits up to the busy timeout for one
     * to be free, like a SQLite writer waits for the lock; a PostgreSQL one less than a second (see
     * the class comment). Jdbi begins and ends each transaction; the pool rolls back anything a
     * failed caller left open before it lends the connection again, and drops a connection that met
     * a fault of the database ({@link StoreFaults#evictionRule}).
     */
    private static HikariDataSource pool(StoreLocation location, String use, ConnectionOpener opener, int idle, int size, long waitMillis) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(opener);
        config.setPoolName("appraisal-" + location.dialect().name().toLowerCase(Locale.ROOT) + (use.isEmpty() ? "" : "-" + use));
        config.setMinimumIdle(idle);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(waitMillis);
        config.setValidationTimeout(Math.min(POSTGRESQL_VALIDATION_MILLIS, waitMillis - 1));
        config.setExceptionOverride(StoreFaults.evictionRule());
        try {
            HikariDataSource pool = new HikariDataSource(config);
            opener.openingFor(pool.getHikariPoolMXBean());
            return pool;
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("could not connect to " + location + ": " + oneLine(cause.getMessage()), cause);
        }
    }

    /** A plain data source for migrating and for maintenance: it creates a SQLite file that is not there yet. */
    static DataSource dataSource(StoreLocation location) {
        return location.dialect() == Dialect.SQLITE ? sqlite(location, SQLiteConfig.TransactionMode.IMMEDIATE, true) : postgresql(location, false);
    }

    /**
     * SQLite connections with the settings of the class comment. The pools' ({@code create} false)
     * never create the file: once the store is open, a missing file is a fault to report, not an
     * empty database to start over in.
     */
    private static DataSource sqlite(StoreLocation location, SQLiteConfig.TransactionMode mode, boolean create) {
        SQLiteConfig config = new SQLiteConfig();
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(mode);
        if (mode == SQLiteConfig.TransactionMode.IMMEDIATE) {
            // The writer's savepoint journal in memory: see the class comment.
            config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(location.jdbcUrl());
        return source;
    }

    /**
     * PostgreSQL connections; {@code pooled} ones give up on a silent server (see the class
     * comment). Migrations are not cut short: a migration of a big database may rightly be silent long.
     */
    private static DataSource postgresql(StoreLocation location, boolean pooled) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(location.jdbcUrl());
        source.setConnectTimeout(POSTGRESQL_CONNECT_SECONDS);
        source.setTcpKeepAlive(true);
        if (pooled) {
            source.setSocketTimeout(POSTGRESQL_SOCKET_SECONDS);
        }
        if (!location.user().isEmpty()) {
            source.setUser(location.user());
        }
        if (!location.password().isEmpty()) {
            source.setPassword(location.password());
        }
        source.setApplicationName("appraisal");
        return source;
    }

    public StoreLocation location() {
        return location;
    }

    /** The schema version the database is at, e.g. {@code 2}. */
    public String schemaVersion() {
        return Schema.currentVersion(dataSource, location.dialect());
    }

    public UnitOfWork unitOfWork() {
        return transactions;
    }

    public RoundRepository rounds() {
        return rounds;
    }

    public IndicatorRepository indicators() {
        return indicators;
    }

    public OrgUnitRepository orgUnits() {
        return orgUnits;
    }

    public PersonRepository people() {
        return people;
    }

    public AgreementRepository agreements() {
        return agreements;
    }

    public AuditSink audit() {
        return audit;
    }

    public IdSource ids() {
        return ids;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public TokenRepository tokens() {
        return tokens;
    }

    public SignInAttempts signInAttempts() {
        return signInAttempts;
    }

    public StoreChanges changes() {
        return changes;
    }

    /** What seals this store's audit trail: its keys and the file they are kept in ({@link AuditSeal#source()}). */
    public AuditSeal auditSeal() {
        return auditSeal;
    }

    /**
     * The evidence files of this store's agreements, in a directory beside it (see
     * {@link FileEvidenceStore#beside}); not in the database, so backups of it stay small.
     */
    public EvidenceStore evidence() {
        return FileEvidenceStore.beside(location);
    }

    /** Backup, restore and inspection of this store (see {@link JdbiStoreMaintenance}); not inside a unit of work. */
    public StoreMaintenance maintenance() {
        return maintenance;
    }

    /** The Jdbi that write transactions use; for tests that watch statements. */
    Jdbi writeJdbi() {
        return writes;
    }

    /**
     * Refuses new transactions from now on and closes the pooled connections (waiting for those in
     * use to be returned). SQLite: first folds the write-ahead log into the file and empties it
     * ({@code wal_checkpoint(TRUNCATE)}), so a stopped server leaves one complete file even if some
     * other process still has it open (then the last connection to close cannot remove the log).
     */
    @Override
    public void close() {
        transactions.close();
        faults.close();
        try {
            if (location.dialect() == Dialect.SQLITE) {
                checkpoint();
            }
        } finally {
            pools.forEach(HikariDataSource::close);
        }
    }

    /** Folds the WAL into the file and truncates it; best effort (a reader of another process may hold part of it). */
    private void checkpoint() {
        try {
            writes.useHandle(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
        } catch (RuntimeException e) {
            // The file stays consistent without it: the next opener folds the log back.
        }
    }

    @Override
    public String toString() {
        return "store " + location;
    }
}
