package appraisal.persistence;

import appraisal.domain.port.out.OrgChanges;

/** The counter of table {@code org_change}, which triggers on {@code org_unit} and {@code person} move on (migration V6). */
final class JdbiOrgChanges implements OrgChanges {

    private final JdbiUnitOfWork transactions;

    JdbiOrgChanges(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public long count() {
        return transactions.read(h -> h.createQuery("SELECT counter FROM org_change WHERE slot = 1").mapTo(Long.class).one());
    }
}
