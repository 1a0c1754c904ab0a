package appraisal.cli;

import appraisal.domain.model.interchange.AssignmentPlanCodec;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.shared.DomainException;
import appraisal.interchange.CsvTable;
import appraisal.interchange.ParsedTree;
import appraisal.interchange.SourcePosition;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An assignment plan file for {@code cascade derive}: YAML or JSON in the interchange format, or
 * CSV with one row per planned item. A CSV file is turned into the same interchange tree, with the
 * line and column each value came from, so {@code AssignmentPlanCodec} stays the one mapping of a
 * plan and its errors point at {@code FILE:LINE:COLUMN} in either kind of file.
 *
 * <p>The CSV columns (UTF-8, header row; only {@code person} is required in the header):
 * <pre>
 * person     the person who carries the row (rows of one person are grouped in file order)
 * item       a parent item they carry (its id, the indicator code) — or, instead:
 * indicator  an indicator added for them alone (an individual indicator)
 * version    the indicator's version (own indicators only; default: the latest)
 * section    team or individual (own indicators only; default individual)
 * weight     a fixed weight in percent — or, instead:
 * share      a share of what the fixed weights of the person leave
 * </pre>
 */
final class PlanFile {

    static final List<String> CSV_COLUMNS = List.of("person", "item", "indicator", "version", "section", "weight", "share");

    private PlanFile() {
    }

    /** Reads and decodes a plan: CSV when the name ends in {@code .csv}, else YAML or JSON. */
    static AssignmentPlan read(CommandBase command, AssignmentPlanCodec codec, String name, boolean csv) {
        ParsedTree parsed = csv ? csvTree(command.input().read(name)) : command.input().tree(name);
        try {
            return codec.read(parsed.tree());
        } catch (DomainException e) {
            throw parsed.locate(e);
        }
    }

    static boolean isCsv(String name, String format) {
        if (format != null) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "yaml", "json" -> false;
                default -> throw new CliException(ExitCode.USAGE, "--plan-format must be yaml, json or csv, not '" + format + "'");
            };
        }
        return name.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The plan tree of a CSV plan, each pointer placed at the row and column its value came from. */
    static ParsedTree csvTree(Input.Source source) {
        List<CsvTable.Row> rows = CsvRows.read(source, List.of("person"), CSV_COLUMNS.subList(1, CSV_COLUMNS.size()));
        if (rows.isEmpty()) {
            throw CsvRows.bad(source, 1, "the plan has a header but no rows");
        }
        Columns columns = new Columns(source.text());
        Map<String, List<CsvTable.Row>> byPerson = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            String person = row.get("person");
            if (person.isEmpty()) {
                throw CsvRows.bad(source, row.line(), "column 'person' is empty");
            }
            boolean carried = !row.get("item").isEmpty();
            boolean own = !row.get("indicator").isEmpty();
            if (carried == own) {
                throw CsvRows.bad(source, row.line(), carried
                        ? "give either item (a parent item carried) or indicator (an own indicator), not both"
                        : "give an item (a parent item carried) or an indicator (an own indicator)");
            }
            if (carried) {
                for (String ownOnly : List.of("version", "section")) {
                    if (!row.get(ownOnly).isEmpty()) {
                        throw CsvRows.bad(source, row.line(), ownOnly + " is for own indicators; a carried item keeps the parent's");
                    }
                }
            }
            byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(row);
        }
        Map<String, SourcePosition> positions = new HashMap<>();
        positions.put("", new SourcePosition(1, 1));
        positions.put("/assignments", new SourcePosition((int) rows.get(0).line(), 1));
        List<Node> assignments = new ArrayList<>();
        int a = 0;
        for (Map.Entry<String, List<CsvTable.Row>> person : byPerson.entrySet()) {
            String at = "/assignments/" + a++;
            CsvTable.Row first = person.getValue().get(0);
            positions.put(at, new SourcePosition((int) first.line(), 1));
            positions.put(at + "/person", columns.at(first, "person"));
            Node.ObjBuilder assignment = Node.obj().put("person", person.getKey());
            List<Node> carries = new ArrayList<>();
            List<Node> own = new ArrayList<>();
            for (CsvTable.Row row : person.getValue()) {
                boolean carried = !row.get("item").isEmpty();
                List<Node> list = carried ? carries : own;
                String entry = at + (carried ? "/carries/" : "/own/") + list.size();
                positions.put(entry, new SourcePosition((int) row.line(), 1));
                Node.ObjBuilder o = Node.obj();
                List<String> fields = carried ? List.of("item", "weight", "share") : List.of("indicator", "version", "section", "weight", "share");
                for (String field : fields) {
                    if (!row.get(field).isEmpty()) {
                        o.put(field, row.get(field));
                        positions.put(entry + "/" + field, columns.at(row, field));
                    }
                }
                list.add(o.build());
            }
            if (!carries.isEmpty()) {
                positions.put(at + "/carries", new SourcePosition((int) first.line(), 1));
                assignment.put("carries", Node.arr(carries));
            }
            if (!own.isEmpty()) {
                positions.put(at + "/own", new SourcePosition((int) first.line(), 1));
                assignment.put("own", Node.arr(own));
            }
            assignments.add(assignment.build());
        }
        return new ParsedTree(Node.obj().put("assignments", Node.arr(assignments)).build(), source.name(),
                ImmutableMap.copyOf(positions));
    }

    /** Where each column's value starts on a line of the file (character column, from 1), as a person counts it. */
    private static final class Columns {
        private final List<String> lines;
        private final Map<String, Integer> index = new HashMap<>();

        Columns(String text) {
            this.lines = text.lines().toList();
            List<String> header = fields(lines.get(0));
            for (int i = 0; i < header.size(); i++) {
                index.put(header.get(i).strip(), i);
            }
        }

        SourcePosition at(CsvTable.Row row, String column) {
            int line = (int) row.line();
            Integer i = index.get(column);
            if (i == null || line < 1 || line > lines.size()) {
                return new SourcePosition(line, 1);
            }
            List<Integer> starts = starts(lines.get(line - 1));
            return new SourcePosition(line, i < starts.size() ? starts.get(i) : 1);
        }

        /** The start column of each field of one line; commas inside double quotes do not separate. */
        private static List<Integer> starts(String line) {
            List<Integer> out = new ArrayList<>();
            out.add(1);
            boolean quoted = false;
            int column = 0;
            for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                column++;
                int c = line.codePointAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(column + 1);
                }
            }
            return out;
        }

        private static List<String> fields(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            out.add(field.toString());
            return out;
        }
    }
}
