package appraisal.persistence;

import appraisal.domain.model.audit.AuditKey;
import appraisal.domain.model.audit.AuditSeal;
import com.google.common.io.BaseEncoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The file of the keys that seal a store's audit trail ({@link AuditSeal}), kept outside the
 * database so that whoever can change only the database cannot seal what they forge. One key per
 * line, 64 hex digits (32 bytes); lines starting with {@code #} are comments. The first key seals
 * new events; the others only verify (a key used before, an office's key after its backup was
 * restored here). Made on first use with one new random key, readable and writable by its owner
 * only (where the file system has POSIX permissions).
 *
 * <p>Where it lives: beside a SQLite file ({@code appraisal.db.audit-key}); for PostgreSQL
 * {@code appraisal-audit.key} in the working directory, or wherever the composition root is told
 * (every instance on one database must have a copy of the same file). Losing it loses no data: the
 * store goes on with a new key, and a check reports the events sealed with the lost one as
 * unverifiable ({@code audit.key-unknown}).
 */
final class AuditKeyFile {

    private static final int KEY_BYTES = 32;

    private AuditKeyFile() {
    }

    /** Where a store's key file is unless told otherwise. */
    static Path beside(StoreLocation location) {
        if (location.dialect() == Dialect.SQLITE) {
            Path file = location.sqliteFile().toAbsolutePath();
            return file.resolveSibling(file.getFileName() + ".audit-key");
        }
        return Path.of("appraisal-audit.key").toAbsolutePath();
    }

    /** The keys in {@code file}, made with one new key first if there is no such file. */
    static AuditSeal open(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        return read(file);
    }

    static AuditSeal read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new StoreException("cannot read the audit key file " + file + ": " + e.getMessage(), e);
        }
        List<AuditKey> keys = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String hex = line.toLowerCase(Locale.ROOT);
            if (hex.length() != 2 * KEY_BYTES || !BaseEncoding.base16().lowerCase().canDecode(hex)) {
                throw new StoreException("the audit key file " + file + " has a bad line " + (n + 1) + ": a key is " + 2 * KEY_BYTES
                        + " hex digits (the file holds one key per line, the first sealing new events)");
            }
            keys.add(AuditKey.of(BaseEncoding.base16().lowerCase().decode(hex)));
        }
        if (keys.isEmpty()) {
            throw new StoreException("the audit key file " + file + " holds no key: put back the store's key (or delete the file "
                    + "to start a new one; events sealed with the old key then cannot be verified)");
        }
        return AuditSeal.of(keys, file.toString());
    }

    /** Writes a new key under a temporary name, owner-only, and links it to {@code file}; if another process was first, keeps theirs. */
    private static void create(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        byte[] secret = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        String text = "# The audit key of this store: it seals every audit event (docs/persistence.md). Keep a copy apart from the\n"
                + "# backups; without it a check cannot verify the trail (nothing else is lost). New events are sealed with the\n"
                + "# first key; add older keys on lines below it to verify what they sealed.\n"
                + BaseEncoding.base16().lowerCase().encode(secret) + "\n";
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".partial");
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows or FAT: the folder's access rules are all there is.
            }
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            BackupFile.sync(temp);
            try {
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException taken) {
                return; // another process made it first: its key is the store's
            } catch (IOException | UnsupportedOperationException noHardLinks) {
                Files.move(temp, file);
            }
        } catch (FileAlreadyExistsException taken) {
            // as above
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit key file " + file + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // A leftover temporary file is harmless and named as such.
                }
            }
        }
    }
}
