package appraisal.cli;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file people filled in (UTF-8, a header row, as spreadsheet programs save it), read with
 * Jackson's CSV reader into rows that know their line, so every message can say {@code FILE:LINE}.
 * The header must have the required columns and no unknown ones (a misspelt column would
 * otherwise be silently ignored); blank lines are skipped.
 */
final class CsvRows {

    /** One data row: its line in the file (the header is line 1) and its values by column. */
    record Row(long line, Map<String, String> values) {

        /** The stripped value of a column, empty when the column or the value is absent. */
        String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private CsvRows() {
    }

    static List<Row> read(Input.Source source, List<String> required, List<String> optional) {
        if (source.text().isBlank()) {
            throw bad(source, 1, "the file is empty; the first line must be the header " + String.join(",", required));
        }
        CsvMapper mapper = new CsvMapper();
        List<Row> rows = new ArrayList<>();
        long line = 1;
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(source.text())) {
            checkHeader(source, (CsvSchema) it.getParser().getSchema(), required, optional);
            while (true) {
                // Where the parser stands before a row is where that row starts, even after a quoted line break.
                line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                Map<String, String> values = it.nextValue();
                if (values.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                    Map<String, String> byColumn = new LinkedHashMap<>();
                    values.forEach((column, value) -> byColumn.put(column.strip(), value));
                    rows.add(new Row(line, byColumn));
                }
            }
        } catch (JacksonException e) {
            throw bad(source, line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source.name() + ": " + e.getMessage(), e);
        }
        return rows;
    }

    /** A usage error pointing at {@code FILE:LINE}. */
    static CliException bad(Input.Source source, long line, String message) {
        return new CliException(ExitCode.USAGE, source.name() + ":" + line + ": " + message);
    }

    private static void checkHeader(Input.Source source, CsvSchema header, List<String> required, List<String> optional) {
        Set<String> columns = new HashSet<>();
        for (CsvSchema.Column c : header) {
            columns.add(c.getName().strip());
        }
        String expected = String.join(",", required) + (optional.isEmpty() ? "" : "[," + String.join(",", optional) + "]");
        for (String c : required) {
            if (!columns.contains(c)) {
                throw bad(source, 1, "no column '" + c + "'; the header must be " + expected);
            }
        }
        for (String c : columns) {
            if (!required.contains(c) && !optional.contains(c)) {
                throw bad(source, 1, "unknown column '" + c + "'; the header must be " + expected);
            }
        }
    }
}
