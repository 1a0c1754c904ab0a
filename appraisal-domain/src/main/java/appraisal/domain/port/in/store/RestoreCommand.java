package appraisal.domain.port.in.store;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/**
 * The backup to restore, whether the store's current data may be replaced (it is then copied
 * aside first), and who restores, for the audit trail.
 */
public record RestoreCommand(String file, boolean replace, PersonId actor) {
    public RestoreCommand {
        file = Require.text(file, "file");
        Require.present(actor, "actor");
    }
}
