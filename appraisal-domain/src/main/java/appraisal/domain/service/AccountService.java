package appraisal.domain.service;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.access.AccountsUseCase;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.IssueTokenCommand;
import appraisal.domain.port.in.access.SignInCommand;
import java.util.List;
import java.util.Optional;

/**
 * {@link AccountsUseCase}, one port over four services, each with its own rules and store:
 * accounts and passwords ({@link UserAccountService}), sign-in and sessions
 * ({@link SignInService}), bearer tokens ({@link TokenService}) and what a principal may see of
 * the org ({@link OrgVisibilityService}). It only hands each call to the service it belongs to.
 */
public final class AccountService implements AccountsUseCase {

    private final UserAccountService users;
    private final SignInService signIn;
    private final TokenService tokens;
    private final OrgVisibilityService visibility;

    public AccountService(UserAccountService users, SignInService signIn, TokenService tokens, OrgVisibilityService visibility) {
        this.users = users;
        this.signIn = signIn;
        this.tokens = tokens;
        this.visibility = visibility;
    }

    @Override
    public UserAccount addUser(AddUserCommand command) {
        return users.addUser(command);
    }

    @Override
    public List<UserAccount> users() {
        return users.users();
    }

    @Override
    public UserAccount setDisabled(String username, boolean disabled, PersonId actor) {
        return users.setDisabled(username, disabled, actor);
    }

    @Override
    public SessionGrant signIn(SignInCommand command) {
        return signIn.signIn(command);
    }

    @Override
    public Optional<Session> session(String secret) {
        return signIn.session(secret);
    }

    @Override
    public void signOut(String secret) {
        signIn.signOut(secret);
    }

    @Override
    public IssuedToken issueToken(IssueTokenCommand command) {
        return tokens.issueToken(command);
    }

    @Override
    public Optional<Principal> bearer(String secret) {
        return tokens.bearer(secret);
    }

    @Override
    public Optional<Caller> caller(String secret) {
        return tokens.caller(secret);
    }

    @Override
    public void revokeToken(String tokenId, Principal by) {
        tokens.revokeToken(tokenId, by);
    }

    @Override
    public List<TokenInfo> tokens(String username, Principal by) {
        return tokens.tokens(username, by);
    }

    @Override
    public Visibility visibility(Principal principal) {
        return visibility.visibility(principal);
    }
}
