package appraisal.domain.port.in.org;

import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/** A person to register, by whom. */
public record RegisterPersonCommand(Person person, PersonId actor) {
    public RegisterPersonCommand {
        Require.present(person, "person");
        Require.present(actor, "actor");
    }
}
