package appraisal.interchange;

import appraisal.domain.model.shared.DomainException;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file people filled in (UTF-8, a header row, as spreadsheet programs save it, byte order
 * mark or not), read with Jackson's CSV reader into rows that know their line, so every message can
 * say {@code FILE:LINE}. The header must have the required columns and no unknown ones (a misspelt
 * column would otherwise be silently ignored); blank lines are skipped. Every refusal is an
 * {@code INVALID} {@value #CODE} whose message starts with {@code FILE:LINE: } and whose location is
 * {@code FILE:LINE}.
 */
public final class CsvTable {

    /** The code of every refusal of a CSV file's text, its header or a row's values. */
    public static final String CODE = "csv.invalid";

    /** One data row: its line in the file (the header is line 1) and its values by column. */
    public record Row(long line, ImmutableMap<String, String> values) {

        /** The stripped value of a column, empty when the column or the value is absent. */
        public String get(String column) {
            String v = values.get(column);
            return v == null ? "" : v.strip();
        }
    }

    private CsvTable() {
    }

    /** The data rows of {@code text}, whose header has every {@code required} column and only those or {@code optional} ones. */
    public static ImmutableList<Row> read(String text, String source, List<String> required, List<String> optional) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw bad(source, 1, "the file is empty; the first line must be the header " + String.join(",", required));
        }
        CsvMapper mapper = new CsvMapper();
        List<Row> rows = new ArrayList<>();
        long line = 1;
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(body)) {
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
                    values.forEach((column, value) -> byColumn.put(column.strip(), value == null ? "" : value));
                    rows.add(new Row(line, ImmutableMap.copyOf(byColumn)));
                }
            }
        } catch (JacksonException e) {
            throw bad(source, line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return ImmutableList.copyOf(rows);
    }

    /** A refusal pointing at {@code FILE:LINE}. */
    public static DomainException bad(String source, long line, String message) {
        String where = source + ":" + line;
        return DomainException.invalid("csv.invalid", where + ": " + message, where);
    }

    private static void checkHeader(String source, CsvSchema header, List<String> required, List<String> optional) {
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
