package appraisal.domain.model.store;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.SignatureRole;
import appraisal.domain.model.agreement.SignedRevision;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a stored agreement must satisfy beyond what {@link Agreement#restore} already refuses, each
 * rule a small named check with a stable code. Restoring checks that an agreement is consistent in
 * itself; these rules check what only a stored agreement can get wrong: an agreement without an
 * audit trail, an agreed set of weights that no longer sums to 100. How its version and its audit
 * trail agree is judged from the store's listing, by {@link AuditTrailIntegrity#versions}.
 */
public final class AgreementIntegrity {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private AgreementIntegrity() {
    }

    /** The problems of {@code loaded}, an agreement as the repository loads it, listed by the store as {@code stored}. */
    public static ImmutableList<IntegrityProblem> check(Agreement loaded, StoredAgreement stored) {
        ImmutableList.Builder<IntegrityProblem> problems = ImmutableList.builder();
        String id = loaded.id().value();
        if (loaded.version() < 1) {
            // A repository writes version 1 on the first save: anything lower was never saved through one.
            problems.add(new IntegrityProblem("agreement.version-not-positive", id,
                    "stored at version " + loaded.version() + "; a saved agreement is at version 1 or more"));
        }
        if (loaded.status() != AgreementStatus.DRAFT) {
            BigDecimal total = loaded.totalWeight();
            if (total.compareTo(HUNDRED) != 0) {
                problems.add(new IntegrityProblem("agreement.weights-not-100", id,
                        "status " + loaded.status() + " but the weights sum to " + total.toPlainString() + ", not 100.00"));
            }
            if (loaded.signatures().size() != SignatureRole.values().length) {
                problems.add(new IntegrityProblem("agreement.unsigned", id, "status " + loaded.status() + " but revision "
                        + loaded.revision() + " has " + loaded.signatures().size() + " of " + SignatureRole.values().length + " signatures"));
            }
        }
        for (SignedRevision prior : loaded.priorRevisions()) {
            BigDecimal total = sum(prior.items());
            if (total.compareTo(HUNDRED) != 0) {
                problems.add(new IntegrityProblem("agreement.weights-not-100", id,
                        "signed revision " + prior.number() + " has weights summing to " + total.toPlainString() + ", not 100.00"));
            }
        }
        if (stored.auditEvents() == 0) {
            problems.add(new IntegrityProblem("agreement.no-audit", id, "the audit trail holds no event of this agreement"));
        }
        return problems.build();
    }

    private static BigDecimal sum(List<Item> items) {
        return items.stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }
}
