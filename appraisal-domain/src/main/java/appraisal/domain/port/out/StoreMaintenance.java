package appraisal.domain.port.out;

import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.model.store.BackupReceipt;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.model.store.StorageInspection;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The store as a whole: backups, restores and what the database itself can say about its data.
 * Files are named as text (a path the adapter resolves); the domain never touches them.
 *
 * <ul>
 *   <li>{@link #backup} writes a consistent copy of every table as of one instant, while others
 *       keep reading and writing; an existing file is never overwritten
 *       ({@code backup.target-exists}, REFUSED).</li>
 *   <li>{@link #restore} makes the store hold exactly the rows of a backup, all at once or not at
 *       all. A store that holds any row is replaced only when {@code replace} is true
 *       ({@code restore.store-not-empty}, REFUSED, otherwise), and then its rows are first copied
 *       aside; a missing backup is {@code restore.no-backup} (NOT_FOUND), a file that is not a
 *       readable backup {@code restore.not-a-backup} (INVALID), one from a newer program
 *       {@code restore.newer-schema} (REFUSED).</li>
 *   <li>{@link #inspect} reports rows per table, every agreement in summary, and the problems the
 *       database finds itself, and hands over every audit event as stored, with its seal; it
 *       never changes anything.</li>
 *   <li>A restore starts a new store epoch ({@link AgreementRepository#epoch}).</li>
 *   <li>{@link #checkReady} tells whether the store could take a write now, within about a second,
 *       and leaves nothing behind: it returns, or throws {@code UNAVAILABLE} naming why
 *       ({@code store.unavailable}, {@code store.full}, {@code store.read-only}, {@code store.busy}).
 *       Cheap enough to be asked every few seconds.</li>
 * </ul>
 */
public interface StoreMaintenance {

    BackupReceipt backup(String file);

    /** Restores from {@code file}; {@code at} names the copy of replaced data (e.g. {@code …before-restore-20220401-020000}). */
    RestoreReceipt restore(String file, boolean replace, Instant at);

    /**
     * Inspects the store, and hands every audit event, as stored and with its seal, to {@code trail}:
     * aggregate by aggregate, each aggregate's events in the order appended, read in the same
     * snapshot as the listing of agreements (so their versions and trails agree however others write).
     */
    StorageInspection inspect(Consumer<SealedEvent> trail);

    /** The inspection alone, its audit events read and dropped. */
    default StorageInspection inspect() {
        return inspect(event -> { });
    }

    /** What seals this store's audit trail: the keys it holds, kept outside the database. */
    AuditSeal auditSeal();

    /** Whether the store could take a write now (see above). */
    void checkReady();
}
