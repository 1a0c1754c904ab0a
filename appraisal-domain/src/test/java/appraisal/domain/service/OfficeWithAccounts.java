package appraisal.domain.service;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.SignInCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;

/**
 * An office of three people, for the tests of accounts, sign-in and tokens, with the steps they
 * share (adding an account, signing in) over the port fakes, on a clock the tests move.
 */
abstract class OfficeWithAccounts {

    static final String PASSWORD = "ลำปลายมาศ-2565";
    static final PersonId ADMIN_ACTOR = new PersonId("user:admin");
    static final Principal ADMIN = new Principal("admin", Optional.empty(), true);

    final InMemorySystem system = new InMemorySystem();

    @BeforeEach
    void anOffice() {
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("CDD"), "กรม", OrgUnitKind.DEPARTMENT, Optional.empty()),
                ADMIN_ACTOR));
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("LPM"), "ลำปลายมาศ", OrgUnitKind.DISTRICT,
                Optional.of(new OrgUnitId("CDD"))), ADMIN_ACTOR));
        person("LPM-01", null);
        person("LPM-02", "LPM-01");
        person("LPM-03", "LPM-01");
    }

    void person(String id, String supervisor) {
        system.org.register(new RegisterPersonCommand(new Person(new PersonId(id), "คน " + id, "นักวิชาการพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId("LPM"), Optional.ofNullable(supervisor).map(PersonId::new), false), ADMIN_ACTOR));
    }

    UserAccount add(String username, String person) {
        return system.users.addUser(new AddUserCommand(username, PASSWORD.toCharArray(), Optional.ofNullable(person).map(PersonId::new),
                person == null, ADMIN_ACTOR));
    }

    SessionGrant signIn(String username, String password) {
        return signIn(username, password, "10.0.0.7");
    }

    SessionGrant signIn(String username, String password, String client) {
        return system.signIn.signIn(new SignInCommand(username, password.toCharArray(), client));
    }

    DomainException failedSignIn(String username, String password) {
        return refusalOf(() -> signIn(username, password));
    }

    /** What Somchai holds after signing in: a session of his own, live now, that ends after 30 minutes unused. */
    void assertSignedInAsSomchai(SessionGrant grant) {
        Principal somchai = new Principal("Somchai", Optional.of(new PersonId("LPM-02")), false);
        assertThat(grant.principal()).isEqualTo(somchai);
        assertThat(grant.expires()).isEqualTo(system.clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(system.signIn.session(grant.secret())).map(Session::principal).contains(somchai);
    }

    List<DomainEvent> events(String type) {
        return system.audit.all().stream().filter(e -> e.type().equals(type)).toList();
    }
}
