package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.out.AccountRepository;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountRepository} does: accounts read back as saved, usernames match in any
 * case and keep theirs, a person holds one account.
 */
public abstract class AccountRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract AccountRepository repository();

    static final Instant ADDED = Instant.parse("2022-04-01T02:03:04.123456789Z");

    static UserAccount account(String username, String person, boolean admin) {
        return new UserAccount(username, Optional.ofNullable(person).map(PersonId::new), admin,
                "pbkdf2-sha256$600000$c2FsdA$aGFzaA", ADDED, false);
    }

    @Test
    void an_account_never_saved_is_not_found() {
        assertThat(repository().find("somchai")).isEmpty();
        assertThat(repository().ofPerson(new PersonId("BRM-0001"))).isEmpty();
        assertThat(repository().all()).isEmpty();
    }

    @Test
    void accounts_read_back_with_person_admin_hash_nanosecond_time_and_disabled() {
        UserAccount staff = account("Somchai.K", "BRM-LAMPLAIMAT-02", false);
        UserAccount admin = new UserAccount("admin", Optional.empty(), true, "other$hash", ADDED.plusSeconds(1), true);

        repository().save(staff);
        repository().save(admin);

        assertThat(repository().find("Somchai.K")).contains(staff);
        assertThat(repository().find("admin")).contains(admin);
        assertThat(repository().ofPerson(new PersonId("BRM-LAMPLAIMAT-02"))).contains(staff);
    }

    @Test
    void a_username_matches_in_any_case_and_keeps_the_case_it_was_saved_with() {
        repository().save(account("Somchai.K", "P-1", false));

        assertThat(repository().find("somchai.k")).map(UserAccount::username).contains("Somchai.K");
        assertThat(repository().find("SOMCHAI.K")).map(UserAccount::username).contains("Somchai.K");
        assertThat(repository().find("somchai")).isEmpty();
    }

    @Test
    void saving_again_under_the_same_name_in_any_case_replaces_the_account() {
        repository().save(account("somchai", "P-1", false));
        UserAccount disabled = new UserAccount("Somchai", Optional.of(new PersonId("P-1")), true, "new$hash", ADDED, true);

        repository().save(disabled);

        assertThat(repository().find("somchai")).contains(disabled);
        assertThat(repository().all()).containsExactly(disabled);
    }

    @Test
    void all_accounts_are_ordered_by_username_whatever_its_case() {
        repository().save(account("mali", "P-2", false));
        repository().save(account("Anan", "P-1", false));
        repository().save(account("admin", null, true));
        repository().save(account("Zed", "P-3", false));

        assertThat(repository().all()).extracting(UserAccount::username).containsExactly("admin", "Anan", "mali", "Zed");
    }

    @Test
    void a_second_account_of_the_same_person_is_refused_and_the_first_stays() {
        UserAccount first = account("somchai", "P-1", false);
        repository().save(first);

        assertThatThrownBy(() -> repository().save(account("somchai2", "P-1", false))).isInstanceOf(RuntimeException.class);

        assertThat(repository().all()).containsExactly(first);
        assertThat(repository().ofPerson(new PersonId("P-1"))).contains(first);
    }
}
