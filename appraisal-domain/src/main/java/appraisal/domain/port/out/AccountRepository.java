package appraisal.domain.port.out;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.PersonId;
import java.util.List;
import java.util.Optional;

/**
 * Stores user accounts (with the password only as its hash). Usernames are unique regardless of
 * case: {@code Somchai} and {@code somchai} name the same account, which keeps the case it was
 * added with. A person holds at most one account; the store refuses a second (a constraint, for
 * the rare race two use cases could run into).
 */
public interface AccountRepository {

    /** Inserts an account, or replaces the account with the same username (in any case). */
    void save(UserAccount account);

    /** The account of this username, in any case. */
    Optional<UserAccount> find(String username);

    /** The account that belongs to {@code person}, if any. */
    Optional<UserAccount> ofPerson(PersonId person);

    /** Every account, ordered by username (lower case). */
    List<UserAccount> all();
}
