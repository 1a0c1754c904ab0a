package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import com.google.common.collect.ImmutableList;

/**
 * The facts reported for one item (replacing earlier ones) and the evidence that backs them:
 * references to files attached to this agreement and links ({@code evidence}), and files uploaded
 * with this change ({@code uploads}, named after the references).
 */
public record RecordResultCommand(AgreementChange change, ItemId item, Facts facts, ImmutableList<EvidenceRef> evidence,
                                  ImmutableList<EvidenceUpload> uploads) {
    public RecordResultCommand {
        Require.present(change, "change");
        Require.present(item, "item");
        Require.present(facts, "facts");
        Require.present(evidence, "evidence");
        Require.present(uploads, "uploads");
    }

    /** A result with no file uploaded. */
    public RecordResultCommand(AgreementChange change, ItemId item, Facts facts, ImmutableList<EvidenceRef> evidence) {
        this(change, item, facts, evidence, ImmutableList.of());
    }
}
