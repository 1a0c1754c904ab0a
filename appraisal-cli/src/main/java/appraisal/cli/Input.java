package appraisal.cli;

import appraisal.interchange.ParsedTree;
import appraisal.interchange.Syntax;
import appraisal.interchange.TextBytes;
import appraisal.interchange.TreeText;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command reads its input: a file, or standard input when the name is {@code -}.
 * Text is UTF-8 (a byte-order mark, common in files saved by spreadsheet programs, is dropped) or
 * Windows-874 as Thai Excel saves a plain CSV ({@link TextBytes}); anything else is refused.
 */
public final class Input {

    private final InputStream stdin;
    private final TreeText text = new TreeText();

    public Input(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The text of a file or of stdin ({@code -}), with the name to show in messages. */
    public Source read(String name) {
        try {
            byte[] bytes = name.equals("-") ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name));
            String shown = name.equals("-") ? "<stdin>" : name;
            return new Source(shown, TextBytes.decode(bytes, shown));
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.IO, "file not found: " + name + " (give a path, or - to read standard input)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a secret typed at the terminal, without echoing it; empty when there is no terminal
     * (input or output redirected), so the caller can say how else to give it.
     */
    public Optional<char[]> readSecret(String prompt) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("%s", prompt));
    }

    /** Reads a YAML or JSON document (JSON when the name ends in .json). */
    public ParsedTree tree(String name) {
        Source source = read(name);
        return text.read(source.text(), Syntax.ofFileName(name), source.name());
    }

    /** A named text. */
    public record Source(String name, String text) {
    }
}
