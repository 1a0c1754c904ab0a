package appraisal.domain.port.in.access;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.PersonId;
import java.util.List;

/**
 * User accounts, kept in the store so that several server instances share them. Who may add or
 * disable one is the caller's check (an administrator's act). Refusals: {@code account.exists},
 * {@code account.person-taken}, {@code account.weak-password}, {@code account.not-found}. The
 * password policy is in {@code docs/security.md}.
 */
public interface UserAccountsUseCase {

    UserAccount addUser(AddUserCommand command);

    List<UserAccount> users();

    /**
     * Disables an account (its sessions end at once, its tokens stop working, it cannot sign in)
     * or enables it again; a no-op when it already is so. Refusal: {@code account.not-found}.
     */
    UserAccount setDisabled(String username, boolean disabled, PersonId actor);
}
