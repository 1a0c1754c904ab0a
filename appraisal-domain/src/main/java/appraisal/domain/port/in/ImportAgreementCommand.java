package appraisal.domain.port.in;

import appraisal.domain.model.interchange.AgreementDocument;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/**
 * An agreement file to import. Without {@code asAmendment} it drafts a new agreement and is refused
 * ({@code agreement.already-exists}) when the appraisee has one in the round; with it, the file
 * changes that agreement instead: a draft's items become the file's, an agreed one is amended (a new
 * revision, which needs {@code reason}) with the file's items. {@code reason} may be empty otherwise.
 */
public record ImportAgreementCommand(AgreementDocument document, boolean asAmendment, String reason, PersonId actor) {
    public ImportAgreementCommand {
        Require.present(document, "document");
        reason = reason == null ? "" : reason.strip();
        Require.present(actor, "actor");
    }

    /** A plain import: drafts a new agreement. */
    public static ImportAgreementCommand draft(AgreementDocument document, PersonId actor) {
        return new ImportAgreementCommand(document, false, "", actor);
    }
}
