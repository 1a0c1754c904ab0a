package appraisal.persistence;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.out.AccountRepository;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Accounts in table {@code user_account}, keyed by the username in lower case. */
final class JdbiAccountRepository implements AccountRepository {

    private static final JdbcRows.RowReader<UserAccount> ROW = rs -> new UserAccount(rs.getString("username"),
            Optional.ofNullable(rs.getString("person_id")).map(PersonId::new), rs.getBoolean("admin"), rs.getString("password_hash"),
            Columns.instant(rs.getString("created")), rs.getBoolean("disabled"));

    private static final String SELECT = "SELECT username, person_id, admin, password_hash, created, disabled FROM user_account ";

    private final JdbiUnitOfWork transactions;

    JdbiAccountRepository(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    /** The primary key of an account: usernames are unique whatever their case. */
    static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public void save(UserAccount account) {
        transactions.writeStatement(h -> h.createUpdate("""
                        INSERT INTO user_account (username_key, username, person_id, admin, password_hash, created, disabled)
                        VALUES (:key, :username, :person, :admin, :hash, :created, :disabled)
                        ON CONFLICT (username_key) DO UPDATE SET username = excluded.username, person_id = excluded.person_id,
                            admin = excluded.admin, password_hash = excluded.password_hash, created = excluded.created,
                            disabled = excluded.disabled""")
                .bind("key", key(account.username())).bind("username", account.username())
                .bind("person", account.person().map(PersonId::value).orElse(null)).bind("admin", account.admin())
                .bind("hash", account.passwordHash()).bind("created", Columns.instant(account.created()))
                .bind("disabled", account.disabled())
                .execute());
    }

    @Override
    public Optional<UserAccount> find(String username) {
        // Every request with a bearer token or a session asks this: one plain statement.
        return transactions.probe(SELECT + "WHERE username_key = ?", List.of(key(username)), ROW);
    }

    @Override
    public Optional<UserAccount> ofPerson(PersonId person) {
        return transactions.probe(SELECT + "WHERE person_id = ?", List.of(person.value()), ROW);
    }

    @Override
    public List<UserAccount> all() {
        return transactions.read(h -> h.createQuery(SELECT + "ORDER BY username_key").map((rs, ctx) -> ROW.read(rs)).list());
    }
}
