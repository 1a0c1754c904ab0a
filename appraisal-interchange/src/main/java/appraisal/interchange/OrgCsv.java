package appraisal.interchange;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one reading of the organisation's CSV files into the domain's org units and people, shared by
 * the command line ({@code org import}, {@code person import}) and the administrator's web page.
 * Units: {@code code,name,kind[,parent]}, kind one of department, province, district, work-group.
 * People: {@code id,name,position,level,unit[,supervisor,probation]}, level O1..O4, K1..K5, D1, D2,
 * M1, M2, probation yes/no. A bad value is refused ({@value CsvTable#CODE}) with its file, line and
 * column before anything is imported; {@link Rows#locate} points the import's own refusal of entry
 * {@code units/N} or {@code people/N} at the line that entry came from.
 */
public final class OrgCsv {

    public static final List<String> UNIT_COLUMNS = List.of("code", "name", "kind");
    public static final List<String> UNIT_OPTIONAL = List.of("parent");
    public static final List<String> PERSON_COLUMNS = List.of("id", "name", "position", "level", "unit");
    public static final List<String> PERSON_OPTIONAL = List.of("supervisor", "probation");

    private static final Set<String> YES = Set.of("yes", "true", "1", "ใช่", "y");
    private static final Set<String> NO = Set.of("no", "false", "0", "ไม่ใช่", "n");

    /**
     * Values read from one file with the line each came from ({@code lines.get(i)} is the line of
     * {@code values.get(i)}), and the name of the import command's list they go into.
     */
    public record Rows<T>(String source, String list, ImmutableList<T> values, ImmutableList<Long> lines) {

        /**
         * The import's refusal of entry {@code list/N}, pointed at {@code FILE:LINE} (what and how to
         * fix stay the domain's); any other refusal unchanged.
         */
        public DomainException locate(DomainException error) {
            if (!error.location().startsWith(list + "/")) {
                return error;
            }
            int index = Integer.parseInt(error.location().substring(list.length() + 1).split("/")[0]);
            String where = source + ":" + lines.get(index);
            return new DomainException(error.kind(), error.code(), where + ": " + error.getMessage() + "; nothing was imported", where);
        }
    }

    private OrgCsv() {
    }

    /** The org units of a units file. */
    public static Rows<OrgUnit> units(String text, String source) {
        return read(text, source, UNIT_COLUMNS, UNIT_OPTIONAL, "units", row -> unit(source, row));
    }

    /** The people of a people file. */
    public static Rows<Person> people(String text, String source) {
        return read(text, source, PERSON_COLUMNS, PERSON_OPTIONAL, "people", row -> person(source, row));
    }

    private static <T> Rows<T> read(String text, String source, List<String> required, List<String> optional, String list,
                                    Function<CsvTable.Row, T> reading) {
        List<T> values = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(text, source, required, optional)) {
            values.add(reading.apply(row));
            lines.add(row.line());
        }
        return new Rows<>(source, list, ImmutableList.copyOf(values), ImmutableList.copyOf(lines));
    }

    private static OrgUnit unit(String source, CsvTable.Row row) {
        String kind = required(source, row, "kind").toUpperCase(Locale.ROOT).replace('-', '_');
        OrgUnitKind k;
        try {
            k = OrgUnitKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw CsvTable.bad(source, row.line(), "kind '" + row.get("kind") + "' is not one of department, province, district, work-group");
        }
        String code = required(source, row, "code");
        String name = required(source, row, "name");
        try {
            return new OrgUnit(new OrgUnitId(code), name, k, optional(row, "parent").map(OrgUnitId::new));
        } catch (DomainException e) {
            throw CsvTable.bad(source, row.line(), e.getMessage());
        }
    }

    private static Person person(String source, CsvTable.Row row) {
        PositionLevel level;
        try {
            level = PositionLevel.valueOf(required(source, row, "level").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CsvTable.bad(source, row.line(), "level '" + row.get("level") + "' is not a position level (O1..O4, K1..K5, D1, D2, M1, M2)");
        }
        String probation = optional(row, "probation").orElse("no").toLowerCase(Locale.ROOT);
        if (!YES.contains(probation) && !NO.contains(probation)) {
            throw CsvTable.bad(source, row.line(), "probation must be yes or no, not '" + probation + "'");
        }
        String id = required(source, row, "id");
        String name = required(source, row, "name");
        String position = required(source, row, "position");
        String unit = required(source, row, "unit");
        try {
            return new Person(new PersonId(id), name, position, level, new OrgUnitId(unit), optional(row, "supervisor").map(PersonId::new),
                    YES.contains(probation));
        } catch (DomainException e) {
            throw CsvTable.bad(source, row.line(), e.getMessage());
        }
    }

    /** A value the row must have, or a refusal naming file, line and column. */
    private static String required(String source, CsvTable.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw CsvTable.bad(source, row.line(), "column '" + column + "' is empty");
        }
        return value;
    }

    private static Optional<String> optional(CsvTable.Row row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
