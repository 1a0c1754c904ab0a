package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;

/** The evaluator (the actor) notified the appraisee, who refused to sign, before a witness. */
public record RecordRefusalCommand(AgreementChange change, PersonId witness, String note) {
    public RecordRefusalCommand {
        Require.present(change, "change");
        Require.present(witness, "witness");
        note = note == null ? "" : note.strip();
    }
}
