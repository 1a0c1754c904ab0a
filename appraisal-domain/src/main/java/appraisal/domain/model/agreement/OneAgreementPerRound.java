package appraisal.domain.model.agreement;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rule that a person has one agreement per round. What changes after signing is an
 * amendment, a new revision of that agreement ({@link Agreement#amend}), never a second agreement:
 * the round's sheet, scores and compliance all count one agreement per person.
 *
 * <p>Drafting (by hand, by import, by a cascade) refuses a second agreement with
 * {@code agreement.already-exists}; the stores refuse it too, so two drafts racing cannot both land. A store
 * made before the rule may still hold several agreements of one person in a round: the store check
 * reports them ({@value #DUPLICATE}) and {@link #withdrawal} decides which of them may go, so that
 * the one furthest along is always kept and what goes stays readable in the audit trail.
 */
public final class OneAgreementPerRound {

    /** The store holds several agreements of one person in one round (made before the rule). */
    public static final String DUPLICATE = "agreement.duplicate-in-round";

    /** The audit event of a duplicate taken out of the store. */
    public static final String WITHDRAWN = "agreement.withdrawn";

    private OneAgreementPerRound() {
    }

    /** Refuses a new agreement of {@code appraisee} in {@code round} when {@code theirs} (their agreements in it) is not empty. */
    public static void requireNone(RoundId round, PersonId appraisee, List<Agreement> theirs) {
        if (!theirs.isEmpty()) {
            throw alreadyExists(round, appraisee, theirs.get(0));
        }
    }

    /** The refusal of a second agreement: names the one the person has and how to change it instead. */
    public static DomainException alreadyExists(RoundId round, PersonId appraisee, Agreement existing) {
        String id = existing.id().value();
        return DomainException.refused("agreement.already-exists", appraisee + " already has agreement " + id + " (" + existing.status()
                + ") in round " + round + ", and a person has one agreement per round: change " + id
                + " instead (edit its draft, or amend it once agreed), or import the file as an amendment of it "
                + "(appraisal agreement import --as-amendment)");
    }

    /**
     * The refusal to work on a person's agreement while the store holds several (made before the rule):
     * which one is meant is for people to decide, with the store check and the withdrawal.
     */
    public static DomainException several(RoundId round, PersonId appraisee, List<Agreement> theirs) {
        return DomainException.refused("agreement.duplicate-in-round", appraisee + " has " + theirs.size() + " agreements in round " + round + " ("
                + describe(theirs) + ") where one is allowed; keep one and withdraw the others first "
                + "(appraisal check lists them, appraisal agreement withdraw AGREEMENT --reason TEXT removes one)");
    }

    /**
     * How far along an agreement is, for choosing which of a person's duplicates to keep: a later
     * step ranks higher; REOPENED ranks with SELF_ASSESSED, where results are redone.
     */
    public static int progress(AgreementStatus status) {
        return switch (status) {
            case DRAFT -> 0;
            case AGREED -> 1;
            case SELF_ASSESSED, REOPENED -> 2;
            case EVALUATED -> 3;
            case ACKNOWLEDGED, REFUSED -> 4;
            case REVIEWED -> 5;
            case CLOSED -> 6;
        };
    }

    /**
     * The audit event of taking {@code duplicate} out of the store, after checking that it may go:
     * {@code theirs} (every agreement of its appraisee in its round, itself included) holds another
     * one at least as far along ({@link #progress}), so the one furthest along always stays; no
     * agreement is cascaded from it ({@code children}); and a reason is given. The event's before
     * fields keep what the agreement held — status, revisions, items, signatures, results — so
     * nothing signed leaves the store without a trace.
     */
    public static DomainEvent withdrawal(Agreement duplicate, List<Agreement> theirs, List<Agreement> children, PersonId actor,
                                         String reason, Instant at) {
        Require.present(actor, "actor");
        Require.present(at, "at");
        String id = duplicate.id().value();
        List<Agreement> others = theirs.stream().filter(a -> !a.id().equals(duplicate.id())).toList();
        if (others.isEmpty()) {
            throw DomainException.refused("agreement.not-a-duplicate", "agreement " + id + " is " + duplicate.appraisee()
                    + "'s only agreement in round " + duplicate.round() + "; only one of several agreements of a person in a "
                    + "round can be withdrawn");
        }
        int rank = progress(duplicate.status());
        Optional<Agreement> kept = others.stream().filter(a -> progress(a.status()) >= rank)
                .max(Comparator.comparingInt((Agreement a) -> progress(a.status())).thenComparingLong(Agreement::version));
        if (kept.isEmpty()) {
            throw DomainException.refused("agreement.withdraw-furthest", "agreement " + id + " (" + duplicate.status()
                    + ") is the furthest along of " + duplicate.appraisee() + "'s agreements in round " + duplicate.round()
                    + " (the others: " + describe(others) + "); keep it and withdraw the others");
        }
        if (!children.isEmpty()) {
            throw DomainException.refused("agreement.withdraw-has-children", "agreement " + id + " has agreements cascaded from it ("
                    + children.stream().map(a -> a.id().value()).collect(Collectors.joining(", ")) + "); keep it and withdraw "
                    + describe(others) + " instead");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("agreement.withdraw-needs-reason", "withdrawing agreement " + id
                    + " needs a reason (kept in the audit trail)", "reason");
        }
        Map<String, String> before = new LinkedHashMap<>();
        before.put("status", duplicate.status().name());
        before.put("round", duplicate.round().value());
        before.put("appraisee", duplicate.appraisee().value());
        before.put("evaluator", duplicate.evaluator().value());
        duplicate.parent().ifPresent(p -> before.put("parent", p.value()));
        before.put("revision", String.valueOf(duplicate.revision()));
        if (!duplicate.context().isEmpty()) {
            before.put("context", AuditText.facts(duplicate.context()));
        }
        before.put("items", AuditText.items(duplicate.items()));
        if (!duplicate.signatures().isEmpty()) {
            before.put("signatures", AuditText.signatures(duplicate.signatures()));
        }
        if (!duplicate.results().isEmpty()) {
            before.put("results", duplicate.results().entrySet().stream()
                    .map(e -> e.getKey().value() + ": " + AuditText.facts(e.getValue().facts())).collect(Collectors.joining(" | ")));
        }
        duplicate.evaluation().ifPresent(e -> before.put("evaluation", AuditText.evaluation(e)));
        duplicate.acknowledgement().ifPresent(a -> before.put("acknowledgement", AuditText.acknowledgement(a)));
        duplicate.review().ifPresent(r -> before.put("review", r.reviewer() + ": " + r.opinion()));
        if (!duplicate.priorRevisions().isEmpty()) {
            before.put("signed_revisions", duplicate.priorRevisions().stream()
                    .map(r -> r.number() + ": " + AuditText.items(r.items()) + " signed " + AuditText.signatures(r.signatures()))
                    .collect(Collectors.joining(" || ")));
        }
        Map<String, String> after = new LinkedHashMap<>();
        after.put("reason", reason.strip());
        after.put("kept", kept.get().id().value());
        return DomainEvent.of(Agreement.AGGREGATE_TYPE, id, duplicate.version(), WITHDRAWN, actor, at, before, after);
    }

    private static String describe(List<Agreement> agreements) {
        return agreements.stream().map(a -> a.id() + " " + a.status()).collect(Collectors.joining(", "));
    }
}
