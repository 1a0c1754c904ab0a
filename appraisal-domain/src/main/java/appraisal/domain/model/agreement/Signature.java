package appraisal.domain.model.agreement;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import java.time.Instant;

/** One party's signature on one revision of an agreement. */
public record Signature(PersonId signer, SignatureRole role, Instant at) {

    public Signature {
        Require.present(signer, "signer");
        Require.present(role, "role");
        Require.present(at, "at");
    }
}
