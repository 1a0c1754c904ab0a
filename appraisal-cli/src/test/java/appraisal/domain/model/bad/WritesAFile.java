package appraisal.domain.model.bad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Breaks rule 1 on purpose: domain code doing I/O. Only ever imported alone. */
public final class WritesAFile {

    public void save(Path where, String text) {
        try {
            Files.writeString(where, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
