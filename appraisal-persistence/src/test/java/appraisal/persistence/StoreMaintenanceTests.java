package appraisal.persistence;

import appraisal.domain.port.out.contract.StoreMaintenanceContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The StoreMaintenance contract on a real database; backups go to a temporary folder. */
abstract class StoreMaintenanceTests extends StoreMaintenanceContract {

    @RegisterExtension
    final FreshStore fresh;

    @TempDir
    Path folder;

    private int files;

    StoreMaintenanceTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    @Override
    protected Ports newStore() {
        Store store = fresh.anotherStore();
        return new Ports(store.maintenance(), store.agreements(), store.audit(), store.rounds(), store.people(), store.ids(),
                store.accounts(), store.tokens(), store.sessions(), store.signInAttempts());
    }

    @Override
    protected String newFile(String name) {
        return folder.resolve(name + "-" + (++files) + ".db").toString();
    }

    @Override
    protected void writeNotABackup(String file) {
        try {
            Files.writeString(Path.of(file), "name,weight\nCDD-1,60\n".repeat(200));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
