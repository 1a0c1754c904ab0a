package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.IssueTokenCommand;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Signing in and out, who am I, bearer tokens and (administrators) user accounts. */
final class AccountResource {

    private final ApiUseCases.Accounts uses;
    private final SessionCookies sessions;

    AccountResource(ApiUseCases.Accounts uses, SessionCookies sessions) {
        this.uses = uses;
        this.sessions = sessions;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("POST", BASE + "/session", Access.PUBLIC, this::signIn));
        routes.add(new Route("DELETE", BASE + "/session", Access.SIGNED_IN, this::signOut));
        routes.add(new Route("GET", BASE + "/me", Access.SIGNED_IN, this::me));
        routes.add(new Route("GET", BASE + "/tokens", Access.SIGNED_IN, this::tokens));
        routes.add(new Route("POST", BASE + "/tokens", Access.SIGNED_IN, this::issueToken));
        routes.add(new Route("DELETE", BASE + "/tokens/{id}", Access.SIGNED_IN, this::revokeToken));
        routes.add(new Route("GET", BASE + "/users", Access.ADMIN, this::users));
        routes.add(new Route("POST", BASE + "/users", Access.ADMIN, this::addUser));
    }

    private void signIn(Call call) {
        Requests.SignIn body = call.body(Requests.SignIn.class);
        char[] password = body.password() == null ? null : body.password().toCharArray();
        SessionGrant grant = sessions.open(call.context(), body.username(), password);
        Principal p = grant.principal();
        call.json(201, new Views.SessionOpened(p.username(), p.person().map(PersonId::value), p.admin(), grant.csrfToken(),
                grant.expires()));
    }

    private void signOut(Call call) {
        sessions.close(call.context());
        call.noContent();
    }

    private void me(Call call) {
        Principal p = call.principal();
        Optional<String> name = p.person().flatMap(id -> {
            try {
                return Optional.of(uses.org().person(id).name());
            } catch (DomainException e) {
                return Optional.empty();
            }
        });
        call.json(200, new Views.Me(p.username(), p.person().map(PersonId::value), name, p.admin()));
    }

    private void tokens(Call call) {
        String user = call.query("user").orElse(call.principal().username());
        List<Views.Token> all = uses.tokens().tokens(user, call.principal()).stream().map(AccountResource::view)
                .collect(Collectors.toList());
        call.json(200, call.page(all));
    }

    private void issueToken(Call call) {
        Requests.IssueToken body = call.body(Requests.IssueToken.class);
        IssuedToken issued = uses.tokens().issueToken(new IssueTokenCommand(body.username().orElse(call.principal().username()),
                body.label(), Duration.ofDays(body.validDays()), call.principal()));
        call.json(201, new Views.IssuedToken(view(issued.info()), issued.secret()));
    }

    private void revokeToken(Call call) {
        uses.tokens().revokeToken(call.path("id"), call.principal());
        call.noContent();
    }

    private void users(Call call) {
        call.json(200, call.page(uses.users().users().stream().map(AccountResource::view).collect(Collectors.toList())));
    }

    private void addUser(Call call) {
        Requests.AddUser body = call.body(Requests.AddUser.class);
        char[] password = body.password() == null ? null : body.password().toCharArray();
        UserAccount added = uses.users().addUser(new AddUserCommand(body.username(), password,
                body.person().map(PersonId::new), body.admin(), call.principal().actor()));
        call.json(201, view(added));
    }

    static Views.Token view(TokenInfo t) {
        return new Views.Token(t.id(), t.username(), t.label(), t.created(), t.expires(), t.revoked());
    }

    static Views.User view(UserAccount u) {
        return new Views.User(u.username(), u.person().map(PersonId::value), u.admin(), u.created(), u.disabled());
    }
}
