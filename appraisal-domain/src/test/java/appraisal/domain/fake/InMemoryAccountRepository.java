package appraisal.domain.fake;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.out.AccountRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A fake of {@link AccountRepository}: accounts by lower-case username. */
public final class InMemoryAccountRepository implements AccountRepository {

    private final Map<String, UserAccount> accounts = new TreeMap<>();
    private long changes;

    @Override
    public synchronized void save(UserAccount account) {
        String key = key(account.username());
        account.person().ifPresent(p -> accounts.values().stream()
                .filter(a -> a.person().equals(account.person()) && !key(a.username()).equals(key)).findAny()
                .ifPresent(a -> {
                    // What the real stores' unique constraint does.
                    throw new IllegalStateException("person " + p + " already has the account " + a.username());
                }));
        accounts.put(key, account);
        changes++;
    }

    @Override
    public synchronized Optional<UserAccount> find(String username) {
        return Optional.ofNullable(accounts.get(key(username)));
    }

    @Override
    public synchronized Optional<UserAccount> ofPerson(PersonId person) {
        return accounts.values().stream().filter(a -> a.person().map(person::equals).orElse(false)).findFirst();
    }

    @Override
    public synchronized List<UserAccount> all() {
        return List.copyOf(accounts.values());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Every stored account, for {@link InMemoryStoreMaintenance}'s backups. */
    public synchronized Map<String, UserAccount> contents() {
        return Map.copyOf(accounts);
    }

    /** Makes this hold exactly {@code contents}, as a restore does. */
    public synchronized void replaceContents(Map<String, UserAccount> contents) {
        accounts.clear();
        accounts.putAll(contents);
        changes++;
    }

    /** How many times this was changed: the fake's part of the access count of {@link appraisal.domain.port.out.StoreChanges}. */
    public synchronized long changes() {
        return changes;
    }

}
