package appraisal.domain.model.access;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * The signed-in user a request acts for.
 *
 * @param username the account's name
 * @param person   the person the account belongs to; empty only for a system administrator
 * @param admin    whether the account administers the whole store
 */
public record Principal(String username, Optional<PersonId> person, boolean admin) {

    public Principal {
        username = Require.text(username, "username");
        Objects.requireNonNull(person, "person");
        Require.that(admin || person.isPresent(), "account.no-person",
                "an account that is not an administrator must belong to a person", "person");
    }

    /** Who acts for this user: {@link #actor()}, with the administrator's authority when the account has it. */
    public Actor acting() {
        return new Actor(actor(), admin);
    }

    /** Who the audit trail names for this user's changes: their person, else {@code user:<name>}. */
    public PersonId actor() {
        return person.orElseGet(() -> new PersonId("user:" + username));
    }
}
