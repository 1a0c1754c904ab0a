package appraisal.domain.model.agreement;

import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.time.Instant;

/**
 * A revision both parties signed and that an amendment later superseded, kept as it was signed
 * so that nothing signed is ever lost: its items, context facts and signatures, and who amended
 * it, why and when.
 */
public record SignedRevision(int number, ImmutableList<Item> items, Facts context, ImmutableList<Signature> signatures,
                             PersonId amendedBy, String amendmentReason, Instant amendedAt) {

    public SignedRevision {
        Require.that(number >= 1, "agreement.bad-revision", "a revision number is >= 1, got " + number, "number");
        Require.present(items, "items");
        Require.present(context, "context");
        Require.present(signatures, "signatures");
        Require.present(amendedBy, "amendedBy");
        amendmentReason = Require.text(amendmentReason, "amendmentReason");
        Require.present(amendedAt, "amendedAt");
    }
}
