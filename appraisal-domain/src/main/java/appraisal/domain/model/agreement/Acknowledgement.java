package appraisal.domain.model.agreement;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import java.time.Instant;

/**
 * How the appraisee took note of the evaluation: signed to acknowledge it, or was notified and
 * refused to sign, in which case a witness attests that the evaluator notified them.
 */
public sealed interface Acknowledgement permits Acknowledgement.Acknowledged, Acknowledgement.Refused {

    /** When the appraisee acknowledged or was notified. */
    Instant at();

    /** The appraisee signed to acknowledge the result. */
    record Acknowledged(PersonId appraisee, Instant at) implements Acknowledgement {
        public Acknowledged {
            Require.present(appraisee, "appraisee");
            Require.present(at, "at");
        }
    }

    /** The evaluator notified the appraisee, who refused to sign; the witness attests it. The note may be empty. */
    record Refused(PersonId notifier, PersonId witness, String note, Instant at) implements Acknowledgement {
        public Refused {
            Require.present(notifier, "notifier");
            Require.present(witness, "witness");
            note = note == null ? "" : note.strip();
            Require.present(at, "at");
        }
    }
}
