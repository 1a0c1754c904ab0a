package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/** Derive the agreements of a head's staff from the head's agreement {@code parent}, following {@code plan}. */
public record DeriveCascadeCommand(AgreementId parent, AssignmentPlan plan, Actor actor) {
    public DeriveCascadeCommand {
        Require.present(parent, "parent");
        Require.present(plan, "plan");
        Require.present(actor, "actor");
    }

    /** A derive run by a person acting with an ordinary account. */
    public DeriveCascadeCommand(AgreementId parent, AssignmentPlan plan, PersonId actor) {
        this(parent, plan, Actor.person(actor));
    }
}
