package appraisal.domain.model.compliance;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Evaluation;
import appraisal.domain.model.agreement.ItemResult;
import appraisal.domain.model.agreement.Signature;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.round.DeadlineKind;
import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When an agreement <em>first</em> reached each step a deadline follows: agreed (both signed),
 * self-assessed (results submitted), evaluated. A step that happened once stays done for the
 * deadline even if an amendment or a reopening later took the agreement back: the deadline asked
 * for it by a date, and it was done then.
 *
 * <p><b>Where the times come from.</b> The audit trail, which records every state change with
 * its time: the first {@code agreement.signed} event whose status after is AGREED, the first
 * {@code agreement.self-assessment-submitted}, the first {@code agreement.evaluated}. When the
 * agreement shows a step reached but its trail has no event for it (agreements loaded without
 * their history), its own data stands in: the last signature of its first signed revision; the
 * time of its evaluation; for self-assessment — which the agreement does not time — the latest
 * result reported, the earliest it can have been submitted.
 */
public record StepTimes(Optional<Instant> agreed, Optional<Instant> selfAssessed, Optional<Instant> evaluated) {

    public static final StepTimes NONE = new StepTimes(Optional.empty(), Optional.empty(), Optional.empty());

    static final String SIGNED = "agreement.signed";
    static final String SELF_ASSESSED = "agreement.self-assessment-submitted";
    static final String EVALUATED = "agreement.evaluated";

    private static final Set<AgreementStatus> PAST_SELF_ASSESSMENT = EnumSet.of(AgreementStatus.SELF_ASSESSED,
            AgreementStatus.EVALUATED, AgreementStatus.ACKNOWLEDGED, AgreementStatus.REFUSED, AgreementStatus.REVIEWED,
            AgreementStatus.CLOSED, AgreementStatus.REOPENED);

    /** Whether any step may have been reached, i.e. whether the trail is worth reading. */
    public static boolean anyStepReached(Agreement agreement) {
        return agreement.status() != AgreementStatus.DRAFT || !agreement.priorRevisions().isEmpty();
    }

    /** @param trail the agreement's own audit events, oldest first */
    public static StepTimes of(Agreement agreement, List<DomainEvent> trail) {
        Optional<Instant> agreed = first(trail, SIGNED, true);
        if (agreed.isEmpty() && anyStepReached(agreement)) {
            ImmutableList<Signature> firstSigned = agreement.priorRevisions().isEmpty()
                    ? agreement.signatures() : agreement.priorRevisions().get(0).signatures();
            agreed = firstSigned.stream().map(Signature::at).max(Instant::compareTo);
        }
        Optional<Instant> selfAssessed = first(trail, SELF_ASSESSED, false);
        if (selfAssessed.isEmpty() && PAST_SELF_ASSESSMENT.contains(agreement.status())) {
            selfAssessed = agreement.results().values().stream().map(ItemResult::reportedAt).max(Instant::compareTo);
        }
        Optional<Instant> evaluated = first(trail, EVALUATED, false);
        if (evaluated.isEmpty()) {
            evaluated = agreement.evaluation().map(Evaluation::at);
        }
        return new StepTimes(agreed, selfAssessed, evaluated);
    }

    /** When the step a deadline of {@code kind} follows was first reached; empty for {@link DeadlineKind#OTHER}. */
    public Optional<Instant> of(DeadlineKind kind) {
        switch (kind) {
            case AGREEMENT:
                return agreed;
            case SELF_ASSESSMENT:
                return selfAssessed;
            case EVALUATION:
                return evaluated;
            default:
                return Optional.empty();
        }
    }

    /** Each step at the earlier of the two times (a person with two agreements in a round). */
    public StepTimes earliest(StepTimes other) {
        return new StepTimes(min(agreed, other.agreed), min(selfAssessed, other.selfAssessed), min(evaluated, other.evaluated));
    }

    private static Optional<Instant> min(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isBefore(b.get()) ? a : b;
    }

    private static Optional<Instant> first(List<DomainEvent> trail, String type, boolean toAgreed) {
        return trail.stream()
                .filter(e -> e.type().equals(type))
                .filter(e -> !toAgreed || AgreementStatus.AGREED.name().equals(e.after().get("status")))
                .map(DomainEvent::at)
                .min(Instant::compareTo);
    }
}
