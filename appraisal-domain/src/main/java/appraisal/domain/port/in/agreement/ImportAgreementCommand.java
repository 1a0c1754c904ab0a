package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.interchange.AgreementDocument;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/**
 * An agreement file to import. Without {@code asAmendment} it drafts a new agreement and is refused
 * ({@code agreement.already-exists}) when the appraisee has one in the round; with it, the file
 * changes that agreement instead: a draft's items become the file's, an agreed one is amended (a new
 * revision, which needs {@code reason}) with the file's items. {@code reason} may be empty otherwise.
 */
public record ImportAgreementCommand(AgreementDocument document, boolean asAmendment, String reason, Actor actor) {
    public ImportAgreementCommand {
        Require.present(document, "document");
        reason = reason == null ? "" : reason.strip();
        Require.present(actor, "actor");
    }

    /** An import by a person acting with an ordinary account. */
    public ImportAgreementCommand(AgreementDocument document, boolean asAmendment, String reason, PersonId actor) {
        this(document, asAmendment, reason, Actor.person(actor));
    }

    /** A plain import: drafts a new agreement. */
    public static ImportAgreementCommand draft(AgreementDocument document, Actor actor) {
        return new ImportAgreementCommand(document, false, "", actor);
    }

    /** A plain import by a person acting with an ordinary account. */
    public static ImportAgreementCommand draft(AgreementDocument document, PersonId actor) {
        return draft(document, Actor.person(actor));
    }
}
