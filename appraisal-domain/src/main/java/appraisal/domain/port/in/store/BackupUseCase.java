package appraisal.domain.port.in.store;

import appraisal.domain.model.store.BackupReceipt;

/**
 * Copies the whole store into a backup file while the store stays in use: the copy is one
 * consistent instant, never half of a save. Refused if the file exists ({@code backup.target-exists}).
 */
public interface BackupUseCase {

    BackupReceipt backup(BackupCommand command);
}
