package appraisal.persistence;

import appraisal.domain.model.criterion.CriterionCodec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives each test its own store on a fresh database, and drops the database after the test.
 * Register it as an instance field: {@code @RegisterExtension final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);}
 */
final class FreshStore implements BeforeEachCallback, AfterEachCallback {

    private final TestDatabase database;
    private final LoadInParts inParts;
    private final List<StoreLocation> databases = new ArrayList<>();
    private final List<Store> opened = new ArrayList<>();
    private Store store;

    FreshStore(TestDatabase database) {
        this(database, LoadInParts.byCores());
    }

    /** Stores that split a round's load as {@code inParts} says (e.g. every few agreements, to read small rounds in parts). */
    FreshStore(TestDatabase database, LoadInParts inParts) {
        this.database = database;
        this.inParts = inParts;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        store = open(track(database.newMigrated()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(Store::close);
        opened.clear();
        databases.forEach(database::drop);
        databases.clear();
    }

    /** The test's store, open on a migrated, empty database. */
    Store store() {
        return store;
    }

    TestDatabase database() {
        return database;
    }

    /** A store on another migrated, empty database, closed and dropped after the test. */
    Store anotherStore() {
        return open(track(database.newMigrated()));
    }

    /** Another database, never migrated, dropped after the test. */
    StoreLocation emptyDatabase() {
        return track(database.newEmpty());
    }

    /** Opens a store at a location; closed after the test. */
    Store open(StoreLocation location) {
        Store s = Store.open(location, CriterionCodec.withInstalledKinds(), inParts, database.auditKey(location));
        opened.add(s);
        return s;
    }

    private StoreLocation track(StoreLocation location) {
        databases.add(location);
        return location;
    }
}
