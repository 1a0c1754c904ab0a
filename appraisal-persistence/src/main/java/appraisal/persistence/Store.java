package appraisal.persistence;

import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.StoreMaintenance;
import appraisal.domain.port.out.TokenRepository;
import appraisal.domain.port.out.UnitOfWork;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

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
 * </ul>
 * A connection is opened per transaction (opening a SQLite file is cheap, and each thread gets
 * its own); when the last one closes, SQLite checkpoints and removes the WAL itself.
 *
 * <p><b>PostgreSQL</b> uses the driver's {@link PGSimpleDataSource}, one connection per transaction,
 * READ COMMITTED. No pool is in the stack; a connection costs a few milliseconds on a local
 * network, which a use case's human latency absorbs. A pool (HikariCP) is the first thing to add
 * if the benchmark shows connection set-up matters.
 */
public final class Store implements AutoCloseable {

    /** How long a SQLite writer waits for the lock before failing. */
    public static final int BUSY_TIMEOUT_MILLIS = 15_000;

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
    private final DataSource dataSource;

    private Store(StoreLocation location, DataSource writeSource, DataSource readSource, CriterionCodec criteria) {
        this.location = location;
        this.dataSource = writeSource;
        this.writes = Jdbi.create(writeSource).setStatementBuilderFactory(ReusedStatements.FACTORY);
        Jdbi reads = writeSource == readSource ? writes : Jdbi.create(readSource).setStatementBuilderFactory(ReusedStatements.FACTORY);
        this.transactions = new JdbiUnitOfWork(writes, reads);
        JsonColumns json = new JsonColumns(criteria);
        this.rounds = new JdbiRoundRepository(transactions, json);
        this.indicators = new JdbiIndicatorRepository(transactions, json);
        this.orgUnits = new JdbiOrgUnitRepository(transactions);
        this.people = new JdbiPersonRepository(transactions);
        this.agreements = new JdbiAgreementRepository(transactions, new AgreementMapping(json),
                location.dialect().readsOneSnapshot());
        this.audit = new JdbiAuditSink(transactions, json);
        this.ids = new JdbiIdSource(transactions);
        this.maintenance = new JdbiStoreMaintenance(location, writeSource, writes, reads);
        this.accounts = new JdbiAccountRepository(transactions);
        this.sessions = new JdbiSessionRepository(transactions);
        this.tokens = new JdbiTokenRepository(transactions);
        this.signInAttempts = new JdbiSignInAttempts(transactions);
    }

    /** Opens (creating and migrating on first use) the store a connection string names; see {@link StoreLocation}. */
    public static Store open(String connection) {
        return open(StoreLocation.parse(connection), CriterionCodec.withInstalledKinds());
    }

    /**
     * Opens the store at {@code location}, reading and writing criteria with {@code criteria} (which
     * must know every custom criterion kind stored in it).
     */
    public static Store open(StoreLocation location, CriterionCodec criteria) {
        DataSource writeSource;
        DataSource readSource;
        if (location.dialect() == Dialect.SQLITE) {
            Path directory = location.sqliteFile().toAbsolutePath().getParent();
            if (directory != null && !Files.isDirectory(directory)) {
                throw DomainException.invalid("store.no-directory",
                        "cannot create the database " + location.sqliteFile() + ": directory " + directory + " does not exist", "db");
            }
            writeSource = sqlite(location, SQLiteConfig.TransactionMode.IMMEDIATE);
            readSource = sqlite(location, SQLiteConfig.TransactionMode.DEFERRED);
        } else {
            writeSource = postgresql(location);
            readSource = writeSource;
        }
        Schema.migrate(writeSource, location.dialect());
        return new Store(location, writeSource, readSource, criteria);
    }

    static DataSource dataSource(StoreLocation location) {
        return location.dialect() == Dialect.SQLITE ? sqlite(location, SQLiteConfig.TransactionMode.IMMEDIATE) : postgresql(location);
    }

    private static DataSource sqlite(StoreLocation location, SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(mode);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(location.jdbcUrl());
        return source;
    }

    private static DataSource postgresql(StoreLocation location) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(location.jdbcUrl());
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

    /** Backup, restore and inspection of this store (see {@link JdbiStoreMaintenance}); not inside a unit of work. */
    public StoreMaintenance maintenance() {
        return maintenance;
    }

    /** The Jdbi that write transactions use; for tests that watch statements. */
    Jdbi writeJdbi() {
        return writes;
    }

    /** Refuses new transactions from now on. Nothing else to release: connections live only as long as a transaction. */
    @Override
    public void close() {
        transactions.close();
    }

    @Override
    public String toString() {
        return "store " + location;
    }
}
