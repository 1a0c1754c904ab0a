package appraisal.domain.model.store;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.SealedEvent;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What the sealed audit trail says was done to it, each finding a problem with a stable code that
 * names the aggregate (an agreement by its id) and the event (its place {@code seq}, type and
 * version). Fed every stored event, aggregate by aggregate in the order appended; each aggregate's
 * trail is judged when the next begins and the last by {@link #problems()}.
 *
 * <ul>
 *   <li>{@value #FORGED}: an event with no seal, a copy of another, or one whose seal does not
 *       match and that no later event follows — added by other means (or, as the very last event
 *       of its trail, changed);</li>
 *   <li>{@value #REWRITTEN}: an event whose seal does not match, though a later event follows
 *       that seal: it was changed after it was written;</li>
 *   <li>{@value #MISSING}: an event that follows an event the trail no longer holds: the event or
 *       events before it were removed;</li>
 *   <li>{@value #CHAIN_BROKEN}: an event that follows one placed after it: the order was changed;</li>
 *   <li>{@value #KEY_UNKNOWN}: events sealed with a key not held here, counted per key: they
 *       cannot be verified (a lost key makes the trail unverifiable, not lost).</li>
 * </ul>
 * And from the store's listing, per agreement ({@link #versions}): {@value #AUDIT_AHEAD} when an
 * event names a version the agreement never reached (a save was lost), {@value #VERSION_AHEAD}
 * when the agreement is stored at a version its trail does not reach (the last events were
 * removed, or the version was changed). Every save of an agreement moves its version on by one and
 * appends the events of that change, each naming the version the change was made at.
 */
public final class AuditTrailIntegrity implements Consumer<SealedEvent> {

    public static final String FORGED = "audit.event-forged";
    public static final String REWRITTEN = "audit.event-rewritten";
    public static final String MISSING = "audit.event-missing";
    public static final String CHAIN_BROKEN = "audit.chain-broken";
    public static final String KEY_UNKNOWN = "audit.key-unknown";
    public static final String VERSION_AHEAD = "audit.version-ahead";
    public static final String AUDIT_AHEAD = "agreement.audit-ahead";

    private final AuditSeal seal;
    private final List<SealedEvent> trail = new ArrayList<>();
    private final List<IntegrityProblem> found = new ArrayList<>();
    /** Per key id not held here: how many events, the lowest and the highest seq. */
    private final Map<String, long[]> unknownKeys = new TreeMap<>();

    public AuditTrailIntegrity(AuditSeal seal) {
        this.seal = seal;
    }

    @Override
    public void accept(SealedEvent event) {
        if (!trail.isEmpty() && !sameAggregate(trail.get(0), event)) {
            judge();
        }
        trail.add(event);
    }

    /** Everything found in the events accepted so far. */
    public ImmutableList<IntegrityProblem> problems() {
        judge();
        ImmutableList.Builder<IntegrityProblem> all = ImmutableList.<IntegrityProblem>builder().addAll(found);
        unknownKeys.forEach((key, seen) -> all.add(new IntegrityProblem(KEY_UNKNOWN, "audit_event", seen[0] + " event(s) (seq " + seen[1]
                + " to " + seen[2] + ") are sealed with key " + key + ", which is not among the keys of " + seal.source()
                + ": they cannot be verified; add that key to the file if you still have it")));
        return all.build();
    }

    /** What the listing of one stored agreement says about its trail: the versions it names against the version stored. */
    public static ImmutableList<IntegrityProblem> versions(StoredAgreement stored) {
        if (stored.lastAuditedVersion().isEmpty()) {
            return ImmutableList.of();
        }
        long audited = stored.lastAuditedVersion().getAsLong();
        String id = stored.id().value();
        if (audited >= stored.version()) {
            // An event names the version its change was made on; the save that carried it wrote a later one.
            return ImmutableList.of(new IntegrityProblem(AUDIT_AHEAD, id, "the audit trail records a change made at version " + audited
                    + " but the agreement is stored at version " + stored.version() + ": a save was lost"));
        }
        if (audited < stored.version() - 1) {
            return ImmutableList.of(new IntegrityProblem(VERSION_AHEAD, id, "stored at version " + stored.version()
                    + " but its audit trail ends with a change made at version " + audited + ": the events of the changes made at "
                    + (audited + 1 == stored.version() - 1 ? "version " + (audited + 1) : "versions " + (audited + 1) + " to "
                    + (stored.version() - 1)) + " are missing, or the version was changed"));
        }
        return ImmutableList.of();
    }

    private static boolean sameAggregate(SealedEvent a, SealedEvent b) {
        return a.aggregateId().equals(b.aggregateId()) && a.aggregateType().equals(b.aggregateType());
    }

    /** Judges the trail of one aggregate, then forgets it. */
    private void judge() {
        int n = trail.size();
        AuditSeal.Verdict[] verdicts = new AuditSeal.Verdict[n];
        // For each seal, the last sound event that follows it, and where the seal itself stands.
        Map<String, Integer> followedBy = new HashMap<>();
        Map<String, Integer> placeOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            SealedEvent e = trail.get(i);
            verdicts[i] = seal.verify(e);
            if (verdicts[i] == AuditSeal.Verdict.SOUND) {
                followedBy.put(e.previous(), i);
            }
            if (!e.seal().isEmpty()) {
                placeOf.putIfAbsent(e.seal(), i);
            }
        }
        Set<String> held = new HashSet<>();
        for (int i = 0; i < n; i++) {
            SealedEvent e = trail.get(i);
            switch (verdicts[i]) {
                case UNSEALED -> report(FORGED, e, "has no seal: it was not appended by this program");
                case MISMATCH -> {
                    Integer next = followedBy.get(e.seal());
                    if (next != null && next > i) {
                        report(REWRITTEN, e, "does not match its seal, which the event after it (" + trail.get(next).describe()
                                + ") follows: it was changed after it was written");
                        held.add(e.seal());
                    } else {
                        report(FORGED, e, "does not match its seal and no later event follows it: it was added by other means, "
                                + "or, being the last of its trail, changed");
                    }
                }
                case SOUND, UNKNOWN_KEY -> {
                    if (verdicts[i] == AuditSeal.Verdict.UNKNOWN_KEY) {
                        // Its seal cannot be verified here, but where it stands in the trail can.
                        long[] seen = unknownKeys.computeIfAbsent(e.keyId(), k -> new long[] {0, e.seq(), e.seq()});
                        seen[0]++;
                        seen[1] = Math.min(seen[1], e.seq());
                        seen[2] = Math.max(seen[2], e.seq());
                    }
                    if (held.contains(e.seal())) {
                        report(FORGED, e, "is a copy of an earlier event of the trail (the same seal)");
                        continue;
                    }
                    String previous = e.previous();
                    if (!previous.equals(AuditSeal.START) && !held.contains(previous)) {
                        Integer at = placeOf.get(previous);
                        if (at != null && at > i) {
                            report(CHAIN_BROKEN, e, "follows " + trail.get(at).describe() + ", which is placed after it: the order of "
                                    + "the trail was changed");
                        } else {
                            report(MISSING, e, "follows an event the trail no longer holds: the event or events before it were removed");
                        }
                    }
                    held.add(e.seal());
                }
            }
        }
        trail.clear();
    }

    private void report(String code, SealedEvent e, String what) {
        found.add(new IntegrityProblem(code, subject(e), e.describe() + " " + what));
    }

    /** An agreement by its id, as every agreement problem; anything else by its kind and id. */
    private static String subject(SealedEvent e) {
        return e.aggregateType().equals(Agreement.AGGREGATE_TYPE) ? e.aggregateId() : e.aggregateType() + ":" + e.aggregateId();
    }
}
