package appraisal.http;

import appraisal.domain.model.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Thai texts of the problems people meet, one per stable code, read from
 * {@code problems_th.properties} (UTF-8). A code without its own text falls back to the text of
 * its kind, so a new domain code never leaves a Thai reader with nothing.
 */
public final class ProblemCatalogue {

    private static final String RESOURCE = "problems_th.properties";

    private final Properties texts = new Properties();

    public ProblemCatalogue() {
        try (InputStream in = ProblemCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Thai problem catalogue " + RESOURCE + " is missing from the jar");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this code has a Thai text of its own (not only its kind's). */
    public boolean has(String code) {
        return texts.containsKey(code);
    }

    /** The Thai text of a domain refusal: its code's, else its kind's. */
    public String thai(DomainException e) {
        return texts.getProperty(e.code(), texts.getProperty("kind." + e.kind().name()));
    }

    /** The Thai text of an HTTP-level code, else the text for its status. */
    public String thai(String code, int status) {
        return texts.getProperty(code, texts.getProperty("status." + status, texts.getProperty("status.default")));
    }
}
