package appraisal.domain.port.in.access;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * Adds a user account. The password must be at least 10 characters; the person, when named,
 * must exist and may hold only one account.
 */
public record AddUserCommand(String username, char[] password, Optional<PersonId> person, boolean admin, PersonId actor) {
    public AddUserCommand {
        username = Require.text(username, "username");
        Require.present(password, "password");
        Objects.requireNonNull(person, "person");
        Require.present(actor, "actor");
    }

    @Override
    public String toString() {
        return "AddUserCommand[" + username + ", " + person + ", admin=" + admin + "]";
    }
}
