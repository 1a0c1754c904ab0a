package appraisal.domain.port.in.store;

import appraisal.domain.model.shared.Require;

/** Where to write the backup: a file that does not exist yet. */
public record BackupCommand(String file) {
    public BackupCommand {
        file = Require.text(file, "file");
    }
}
