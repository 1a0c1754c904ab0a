package appraisal.domain.fake;

import appraisal.domain.port.out.contract.StoreMaintenanceContract;

/** The StoreMaintenance contract on the in-memory fakes, sharing one fake disk. */
class InMemoryStoreMaintenanceTest extends StoreMaintenanceContract {

    private final InMemoryStoreMaintenance.Disk disk = new InMemoryStoreMaintenance.Disk();
    private int files;

    @Override
    protected Ports newStore() {
        InMemorySystem system = new InMemorySystem();
        return new Ports(InMemoryStoreMaintenance.of(system, disk), system.agreementStore, system.audit, system.rounds, system.people,
                system.ids, system.accountStore, system.tokens, system.sessions, system.attempts);
    }

    @Override
    protected String newFile(String name) {
        return "backups/" + name + "-" + (++files) + ".db";
    }

    @Override
    protected void writeNotABackup(String file) {
        disk.writeGarbage(file);
    }
}
