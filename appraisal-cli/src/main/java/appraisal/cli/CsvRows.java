package appraisal.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV file with a header row, read as named columns, each row knowing its line number so every
 * message can say {@code people.csv:14}. Unknown or missing required columns are refused up front.
 */
public record CsvRows(String source, List<Row> rows) {

    /** One data row: its line in the file and its values by column name. */
    public record Row(String source, int line, Map<String, String> values) {

        /** A required value, or a refusal naming the file, line and column. */
        public String get(String column) {
            String v = values.get(column);
            if (v == null || v.isBlank()) {
                throw fail("column '" + column + "' is empty");
            }
            return v.strip();
        }

        public Optional<String> optional(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
        }

        public CliException fail(String message) {
            return new CliException(ExitCode.USAGE, where() + ": " + message);
        }

        public String where() {
            return source + ":" + line;
        }
    }

    public static CsvRows read(Input.Source source, Set<String> required, Set<String> optional) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(source.text())) {
            while (it.hasNextValue()) {
                int line = it.getCurrentLocation().getLineNr();
                Map<String, String> values = it.nextValue();
                rows.add(new Row(source.name(), line, values));
            }
        } catch (IOException | RuntimeException e) {
            throw new CliException(ExitCode.USAGE, source.name() + ": not a CSV file with a header row: " + e.getMessage());
        }
        if (!rows.isEmpty()) {
            Set<String> columns = rows.get(0).values().keySet();
            List<String> missing = required.stream().filter(c -> !columns.contains(c)).sorted().toList();
            List<String> unknown = columns.stream().filter(c -> !required.contains(c) && !optional.contains(c)).sorted().toList();
            if (!missing.isEmpty() || !unknown.isEmpty()) {
                throw new CliException(ExitCode.USAGE, source.name() + ":1: " + (missing.isEmpty() ? "" : "missing column(s) " + missing + " ")
                        + (unknown.isEmpty() ? "" : "unknown column(s) " + unknown + " ") + "; expected " + required
                        + (optional.isEmpty() ? "" : " and optionally " + optional));
            }
        }
        return new CsvRows(source.name(), rows);
    }

    /** The row an entry index of a domain refusal ({@code people/3}) came from. */
    public Optional<Row> entry(String location, String list) {
        if (!location.startsWith(list + "/")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(location.substring(list.length() + 1).split("/")[0]);
        return index < rows.size() ? Optional.of(rows.get(index)) : Optional.empty();
    }
}
