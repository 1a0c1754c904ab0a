package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.SettableClock;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.service.StoreService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key that seals a SQLite store's audit trail: made beside the file, kept, and what losing it does. */
class AuditKeyFileTest {

    private static final Instant AT = Instant.parse("2022-04-01T02:00:00Z");

    @TempDir
    Path folder;

    private static List<IntegrityProblem> check(Store store) {
        return new StoreService(store.maintenance(), store.agreements(), store.audit(), new SettableClock(AT))
                .check(new CheckStoreCommand(false)).problems();
    }

    private static void appendOne(Store store) {
        store.audit().append(List.of(DomainEvent.of("round", "2565-2", 0, "round.opened", new PersonId("admin"), AT, Map.of(),
                Map.of("name", "รอบที่ 2"))));
    }

    @Test
    void a_new_store_gets_a_key_beside_it_readable_by_its_owner_only_and_keeps_it() throws Exception {
        String file = folder.resolve("office.db").toString();
        String id;
        try (Store store = Store.open(file)) {
            id = store.auditSeal().currentKeyId();
            appendOne(store);
        }
        Path key = folder.resolve("office.db.audit-key");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(key)).filteredOn(l -> !l.startsWith("#")).singleElement().asString().matches("[0-9a-f]{64}");
        try (Store again = Store.open(file)) {
            assertThat(again.auditSeal().currentKeyId()).isEqualTo(id);
            assertThat(again.auditSeal().source()).isEqualTo(key.toString());
            assertThat(check(again)).isEmpty();
        }
    }

    @Test
    void a_lost_key_loses_no_data_the_check_names_what_it_cannot_verify_and_the_key_put_back_verifies_it_again() throws Exception {
        String file = folder.resolve("office.db").toString();
        Path key = folder.resolve("office.db.audit-key");
        try (Store store = Store.open(file)) {
            appendOne(store);
        }
        String lost = Files.readAllLines(key).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        Files.delete(key);

        try (Store store = Store.open(file)) {
            appendOne(store);
            assertThat(store.audit().history("round", "2565-2")).hasSize(2);
            assertThat(check(store)).extracting(IntegrityProblem::code, IntegrityProblem::message).singleElement()
                    .satisfies(p -> assertThat(p.toList()).first().isEqualTo("audit.key-unknown"))
                    .satisfies(p -> assertThat((String) p.toList().get(1)).startsWith("1 event(s) (seq 1 to 1) are sealed with key ")
                            .contains(key.toString()));
        }
        Files.writeString(key, lost + "\n", java.nio.file.StandardOpenOption.APPEND);
        try (Store store = Store.open(file)) {
            assertThat(check(store)).as("the old key, on a line below the new one").isEmpty();
        }
    }

    @Test
    void a_key_file_that_holds_no_key_or_a_bad_line_is_refused_with_where_and_how() throws Exception {
        Path key = folder.resolve("office.db.audit-key");
        Files.writeString(key, "# nothing here\n");
        assertThatThrownBy(() -> Store.open(folder.resolve("office.db").toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining(key + " holds no key");
        Files.writeString(key, "0123\n");
        assertThatThrownBy(() -> Store.open(folder.resolve("office.db").toString())).isInstanceOf(StoreException.class)
                .hasMessageContaining(key + " has a bad line 1: a key is 64 hex digits");
    }
}
