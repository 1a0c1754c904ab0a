package appraisal.cli;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.thai.BuddhistDates;
import appraisal.domain.model.thai.ThaiDigits;
import appraisal.interchange.Syntax;
import appraisal.interchange.TreeText;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Prints tables in the chosen format. JSON goes through the interchange tree (the one JSON
 * mapping), CSV through Jackson's CSV writer; both use Arabic digits and ISO dates so scripts see
 * the same values whatever the terminal. The table format is for people: Buddhist-era dates and,
 * with {@code --thai-digits}, Thai digits.
 */
public final class Output {

    private final PrintWriter out;
    private final Format format;
    private final boolean thaiDigits;
    private final TreeText text = new TreeText();

    public Output(PrintWriter out, Format format, boolean thaiDigits) {
        this.out = out;
        this.format = format;
        this.thaiDigits = thaiDigits;
    }

    public Format format() {
        return format;
    }

    public void print(Table table) {
        switch (format) {
            case JSON -> out.print(text.write(toTree(table), Syntax.JSON));
            case CSV -> out.print(csv(table));
            case TABLE -> out.print(aligned(table));
        }
        out.flush();
    }

    /** Prints a tree as JSON (for {@code --format json}) or YAML (otherwise, as a person would read a file). */
    public void print(Node tree) {
        out.print(text.write(tree, format == Format.JSON ? Syntax.JSON : Syntax.YAML));
        out.flush();
    }

    /** A line for people; scripts asking for JSON or CSV do not get it. */
    public void note(String line) {
        if (format == Format.TABLE) {
            out.println(thaiDigits ? ThaiDigits.toThai(line) : line);
            out.flush();
        }
    }

    /** A line for people, printed as it is: file names and ids keep their digits. */
    public void noteAsIs(String line) {
        if (format == Format.TABLE) {
            out.println(line);
            out.flush();
        }
    }

    static Node toTree(Table table) {
        List<Node> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add(objectOf(table, row));
        }
        return Node.arr(rows);
    }

    private static Node objectOf(Table table, List<Object> row) {
        Node.ObjBuilder o = Node.obj();
        for (int i = 0; i < row.size(); i++) {
            String key = table.columns().get(i).key();
            treeValue(row.get(i)).ifPresent(v -> o.put(key, v));
        }
        return o.build();
    }

    private static Optional<Node> treeValue(Object value) {
        if (value == null) {
            return Optional.empty();
        } else if (value instanceof Optional<?> opt) {
            return opt.flatMap(Output::treeValue);
        } else if (value instanceof BigDecimal d) {
            return Optional.of(Node.num(d));
        } else if (value instanceof Integer || value instanceof Long) {
            return Optional.of(Node.num(((Number) value).longValue()));
        } else if (value instanceof Boolean b) {
            return Optional.of(Node.bool(b));
        }
        return Optional.of(Node.text(value.toString()));
    }

    private static String csv(Table table) {
        return csv(table, "\n");
    }

    /** The table as CSV: a header row of the keys, quoting where RFC 4180 needs it, lines ended by {@code lineEnd}. */
    static String csv(Table table, String lineEnd) {
        return csv(table, lineEnd, UnaryOperator.identity());
    }

    /**
     * The table as a CSV file people open in a spreadsheet: as {@link #csv(Table, String)}, but a text
     * cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage
     * return, and not a plain number) is written with a leading apostrophe, so a name such as
     * {@code =HYPERLINK(…)} shows as text. Scripts' CSV ({@code --format csv}) keeps values as they are.
     */
    static String spreadsheetCsv(Table table, String lineEnd) {
        return csv(table, lineEnd, Output::inert);
    }

    private static String inert(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private static String csv(Table table, String lineEnd, UnaryOperator<String> cell) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns().forEach(c -> schema.addColumn(c.key()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                m.put(table.columns().get(i).key(), cell.apply(plain(row.get(i))));
            }
            rows.add(m);
        }
        try {
            // Quote only where CSV needs it (Jackson otherwise quotes every long value unchecked).
            return new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writer(schema.build().withLineSeparator(lineEnd))
                    .writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a table of strings always writes as CSV", e);
        }
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        } else if (value instanceof Optional<?> opt) {
            return opt.map(Output::plain).orElse("");
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    private String human(Object value) {
        String s;
        if (value instanceof Optional<?> opt) {
            return opt.map(this::human).orElse("");
        } else if (value instanceof LocalDate d) {
            s = BuddhistDates.format(d, BuddhistDates.Style.SHORT, false);
        } else if (value instanceof Boolean b) {
            s = b ? "✓" : "-";
        } else {
            s = plain(value);
        }
        return thaiDigits ? ThaiDigits.toThai(s) : s;
    }

    private String aligned(Table table) {
        int n = table.columns().size();
        int[] widths = new int[n];
        List<String[]> cells = new ArrayList<>();
        String[] header = new String[n];
        for (int i = 0; i < n; i++) {
            header[i] = table.columns().get(i).header();
            widths[i] = width(header[i]);
        }
        for (List<Object> row : table.rows()) {
            String[] line = new String[n];
            for (int i = 0; i < n; i++) {
                line[i] = human(row.get(i)).replace('\n', ' ');
                widths[i] = Math.max(widths[i], width(line[i]));
            }
            cells.add(line);
        }
        StringBuilder sb = new StringBuilder();
        appendLine(sb, header, widths, table, true);
        for (int i = 0; i < n; i++) {
            sb.append("-".repeat(widths[i])).append(i < n - 1 ? "  " : "\n");
        }
        for (String[] line : cells) {
            appendLine(sb, line, widths, table, false);
        }
        if (table.rows().isEmpty()) {
            sb.append("(none)\n");
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String[] cells, int[] widths, Table table, boolean header) {
        for (int i = 0; i < cells.length; i++) {
            boolean last = i == cells.length - 1;
            String pad = " ".repeat(widths[i] - width(cells[i]));
            boolean numeric = !header && !table.rows().isEmpty() && isNumeric(table, i);
            sb.append(numeric ? pad + cells[i] : cells[i] + (last ? "" : pad));
            sb.append(last ? "\n" : "  ");
        }
    }

    private static boolean isNumeric(Table table, int column) {
        return table.rows().stream().map(r -> r.get(column)).allMatch(v -> v == null || v instanceof Number);
    }

    /** Display width: Thai vowels and tone marks above and below a consonant take no column. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.FORMAT) {
                w++;
            }
            i += Character.charCount(cp);
        }
        return w;
    }
}
