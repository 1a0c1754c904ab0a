package appraisal.persistence;

import static appraisal.persistence.Table.integer;
import static appraisal.persistence.Table.nullableInteger;
import static appraisal.persistence.Table.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    record Row(String id, int count, Integer level, String note) {
    }

    private static final Table<Row> ROWS = new Table<>("t",
            v -> new Row(v.text(), v.integer(), v.nullableInteger(), v.text()),
            text("id", Row::id), integer("count", Row::count), nullableInteger("level", Row::level), text("note", Row::note));

    @Test
    void the_sql_follows_the_declared_columns() {
        assertThat(ROWS.insertSql()).isEqualTo("INSERT INTO t (id, count, level, note) VALUES (?, ?, ?, ?)");
        assertThat(ROWS.updateSql("id = ?")).isEqualTo("UPDATE t SET count = ?, level = ?, note = ? WHERE id = ?");
        assertThat(ROWS.columnList("x")).isEqualTo("x.id, x.count, x.level, x.note");
        assertThat(ROWS.upsertSql()).isEqualTo("INSERT INTO t (id, count, level, note) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                + "count = excluded.count, level = excluded.level, note = excluded.note");
    }

    @Test
    void rows_written_and_updated_by_the_declaration_read_back_equal() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (id TEXT PRIMARY KEY, count INTEGER, level INTEGER, note TEXT)");
            Row a = new Row("a", 3, null, "first");
            Row b = new Row("b", 0, 4, "");
            try (PreparedStatement insert = c.prepareStatement(ROWS.insertSql())) {
                for (Row r : List.of(a, b)) {
                    ROWS.bind(insert, r);
                    insert.executeUpdate();
                }
            }
            Row changed = new Row("a", 5, 2, null);
            try (PreparedStatement update = c.prepareStatement(ROWS.updateSql("id = ?"))) {
                update.setString(ROWS.bindAfterKey(update, changed), changed.id());
                assertThat(update.executeUpdate()).isEqualTo(1);
            }
            assertThat(read(c, ROWS)).containsExactly(changed, b);
        }
    }

    @Test
    void a_reader_that_reads_a_column_as_another_kind_or_skips_one_fails_naming_the_table_and_column() throws Exception {
        Table<Row> misread = new Table<>("t", v -> new Row(v.text(), v.integer(), v.integer(), v.text()),
                text("id", Row::id), integer("count", Row::count), nullableInteger("level", Row::level), text("note", Row::note));
        Table<Row> short1 = new Table<>("t", v -> new Row(v.text(), v.integer(), v.nullableInteger(), null),
                text("id", Row::id), integer("count", Row::count), nullableInteger("level", Row::level), text("note", Row::note));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (id TEXT PRIMARY KEY, count INTEGER, level INTEGER, note TEXT)");
            s.executeUpdate("INSERT INTO t VALUES ('a', 1, 2, 'n')");
            assertThatThrownBy(() -> read(c, misread)).hasMessageContaining("table t: column 3 is read as INT but declared NULLABLE_INT (level)");
            assertThatThrownBy(() -> read(c, short1)).hasMessageContaining("table t: the reader read 3 of 4 columns");
        }
    }

    private static List<Row> read(Connection c, Table<Row> table) throws Exception {
        List<Row> out = new ArrayList<>();
        var reader = table.reader();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + table.columnList("") + " FROM t ORDER BY id")) {
            while (rs.next()) {
                out.add(reader.read(rs));
            }
        }
        return out;
    }
}
