package appraisal.cli;

import appraisal.domain.model.shared.DomainException;
import appraisal.interchange.CsvTable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The command line's side of {@link CsvTable} (the one CSV reading, shared with the web page): a
 * refusal of the file's text is a usage error {@code FILE:LINE: what}, as every CSV the CLI reads.
 */
final class CsvRows {

    private CsvRows() {
    }

    static List<CsvTable.Row> read(Input.Source source, List<String> required, List<String> optional) {
        return reading(() -> CsvTable.read(source.text(), source.name(), required, optional));
    }

    /** What {@code read} gives, a refusal of the text as a usage error naming {@code FILE:LINE}. */
    static <T> T reading(Supplier<T> read) {
        try {
            return read.get();
        } catch (DomainException e) {
            if (e.code().equals(CsvTable.CODE)) {
                throw new CliException(ExitCode.USAGE, e.getMessage());
            }
            throw e;
        }
    }

    /** A usage error pointing at {@code FILE:LINE}. */
    static CliException bad(Input.Source source, long line, String message) {
        return new CliException(ExitCode.USAGE, source.name() + ":" + line + ": " + message);
    }
}
