package appraisal.domain.model.access;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user account as stored: the password only as the hasher's encoded hash.
 *
 * @param username     letters, digits, {@code . _ -}, 2–64 characters; unique, case-insensitive
 * @param person       the person it belongs to (required unless {@code admin})
 * @param admin        administers the whole store
 * @param passwordHash the {@link appraisal.domain.port.out.PasswordHasher}'s encoding (algorithm,
 *                     parameters, salt and hash), never the password
 * @param created      when it was added
 * @param disabled     a disabled account cannot sign in and its sessions and tokens stop working
 */
public record UserAccount(String username, Optional<PersonId> person, boolean admin, String passwordHash,
                          Instant created, boolean disabled) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    public UserAccount {
        username = requireUsername(username);
        Objects.requireNonNull(person, "person");
        Require.that(admin || person.isPresent(), "account.no-person",
                "an account that is not an administrator must belong to a person", "person");
        passwordHash = Require.text(passwordHash, "passwordHash");
        Require.present(created, "created");
    }

    /** The username as given (blanks around it dropped), or a refusal ({@code account.bad-username}) saying what one may be. */
    public static String requireUsername(String username) {
        String name = Require.text(username, "username");
        Require.that(NAME.matcher(name).matches(), "account.bad-username",
                "a username has 2 to 64 letters, digits, '.', '_' or '-', got '" + name + "'", "username");
        return name;
    }

    public Principal principal() {
        return new Principal(username, person, admin);
    }
}
