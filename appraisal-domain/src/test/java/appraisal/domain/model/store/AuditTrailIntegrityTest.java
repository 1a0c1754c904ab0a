package appraisal.domain.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.audit.AuditKey;
import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.out.contract.PortExamples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class AuditTrailIntegrityTest {

    private static final AuditKey KEY = AuditKey.of("the office's audit key, 32 bytes".getBytes(StandardCharsets.UTF_8));
    private static final AuditKey OLD_KEY = AuditKey.of("a key the office used before it..".getBytes(StandardCharsets.UTF_8));
    private static final AuditSeal SEAL = AuditSeal.of(List.of(KEY), "office.db.audit-key");

    /** The trail of agreement {@code id}: {@code count} events, versions 0 to count - 1, each sealed after the one before. */
    private static List<SealedEvent> trail(String id, int count, long firstSeq) {
        List<SealedEvent> out = new ArrayList<>();
        String previous = AuditSeal.START;
        for (int v = 0; v < count; v++) {
            SealedEvent e = sealed(firstSeq + v, event(id, v), previous, SEAL);
            out.add(e);
            previous = e.seal();
        }
        return out;
    }

    private static DomainEvent event(String id, int version) {
        return PortExamples.event(id, version, version == 0 ? "agreement.drafted" : "agreement.signed", version,
                Map.of("status", "DRAFT"), Map.of("status", "AGREED", "weight", "20.00"));
    }

    private static SealedEvent sealed(long seq, DomainEvent e, String previous, AuditSeal seal) {
        return SealedEvent.of(seq, e, previous, seal.seal(previous, e));
    }

    private static SealedEvent withEvent(SealedEvent stored, DomainEvent changed) {
        return new SealedEvent(stored.seq(), stored.aggregateType(), stored.aggregateId(), Optional.of(changed), stored.previous(),
                stored.seal(), stored.keyId());
    }

    private static List<IntegrityProblem> check(List<SealedEvent> events) {
        AuditTrailIntegrity integrity = new AuditTrailIntegrity(SEAL);
        events.forEach(integrity);
        return integrity.problems();
    }

    @Test
    void a_trail_as_appended_has_no_problem() {
        List<SealedEvent> events = new ArrayList<>(trail("AG-1", 5, 1));
        events.addAll(trail("AG-2", 3, 6));

        assertThat(check(events)).isEmpty();
    }

    @Test
    void an_event_whose_fields_were_changed_is_named_as_rewritten_and_the_events_after_it_stay_sound() {
        List<SealedEvent> events = trail("AG-1", 5, 1);
        DomainEvent original = events.get(2).event().orElseThrow();
        events.set(2, withEvent(events.get(2), DomainEvent.of(original.aggregateType(), original.aggregateId(), original.version(),
                original.type(), new PersonId("someone-else"), original.at(), original.before(), original.after())));

        assertThat(check(events)).extracting(IntegrityProblem::code, IntegrityProblem::subject, IntegrityProblem::message)
                .containsExactly(tuple(AuditTrailIntegrity.REWRITTEN, "AG-1", "event 3 (agreement.signed, a change made at version 2) "
                        + "does not match its seal, which the event after it (event 4 (agreement.signed, a change made at version 3)) "
                        + "follows: it was changed after it was written"));
    }

    @Test
    void a_removed_event_is_named_by_the_event_that_followed_it() {
        List<SealedEvent> events = trail("AG-1", 5, 1);
        events.remove(2);

        assertThat(check(events)).extracting(IntegrityProblem::code, IntegrityProblem::subject, IntegrityProblem::message)
                .containsExactly(tuple(AuditTrailIntegrity.MISSING, "AG-1", "event 4 (agreement.signed, a change made at version 3) "
                        + "follows an event the trail no longer holds: the event or events before it were removed"));
    }

    @Test
    void removing_the_first_events_of_a_trail_is_found_too() {
        List<SealedEvent> events = trail("AG-1", 4, 1);
        events.remove(0);
        events.remove(0);

        assertThat(check(events)).extracting(IntegrityProblem::code, p -> p.message().substring(0, 7))
                .containsExactly(tuple(AuditTrailIntegrity.MISSING, "event 3"));
    }

    @Test
    void an_event_added_by_other_means_is_forged_whether_it_has_a_made_up_seal_no_seal_or_copies_a_real_one() {
        List<SealedEvent> events = trail("AG-1", 3, 1);
        SealedEvent last = events.get(2);
        // Made up: follows the last event, but the seal is not one the key makes.
        events.add(new SealedEvent(10, "agreement", "AG-1", Optional.of(event("AG-1", 3)), last.seal(), "0".repeat(32), KEY.id()));
        // None at all: a plain INSERT.
        events.add(new SealedEvent(11, "agreement", "AG-1", Optional.of(event("AG-1", 3)), "", "", ""));
        // A copy of a real event.
        events.add(new SealedEvent(12, "agreement", "AG-1", last.event(), last.previous(), last.seal(), last.keyId()));

        assertThat(check(events)).extracting(IntegrityProblem::code, p -> p.message().substring(0, 8))
                .containsExactly(tuple(AuditTrailIntegrity.FORGED, "event 10"), tuple(AuditTrailIntegrity.FORGED, "event 11"),
                        tuple(AuditTrailIntegrity.FORGED, "event 12"));
    }

    @Test
    void an_event_slipped_in_between_is_forged_and_the_real_trail_around_it_stays_sound() {
        List<SealedEvent> events = trail("AG-1", 3, 1);
        SealedEvent first = events.get(0);
        events.add(1, new SealedEvent(2, "agreement", "AG-1", Optional.of(event("AG-1", 1)), first.seal(), "f".repeat(32), KEY.id()));

        assertThat(check(events)).extracting(IntegrityProblem::code, p -> p.message().substring(0, 7))
                .containsExactly(tuple(AuditTrailIntegrity.FORGED, "event 2"));
    }

    @Test
    void events_put_in_another_order_break_the_chain() {
        List<SealedEvent> events = trail("AG-1", 4, 1);
        SealedEvent second = events.get(1);
        SealedEvent third = events.get(2);
        // Their places swapped (as an UPDATE of seq would).
        events.set(1, new SealedEvent(2, third.aggregateType(), third.aggregateId(), third.event(), third.previous(), third.seal(),
                third.keyId()));
        events.set(2, new SealedEvent(3, second.aggregateType(), second.aggregateId(), second.event(), second.previous(), second.seal(),
                second.keyId()));

        assertThat(check(events)).extracting(IntegrityProblem::code).contains(AuditTrailIntegrity.CHAIN_BROKEN);
    }

    @Test
    void an_event_moved_to_another_agreement_no_longer_matches_its_seal() {
        List<SealedEvent> events = trail("AG-1", 2, 1);
        SealedEvent moved = events.get(1);
        List<SealedEvent> other = trail("AG-2", 1, 3);
        other.add(new SealedEvent(4, "agreement", "AG-2", moved.event().map(e -> DomainEvent.of(e.aggregateType(), "AG-2", e.version(),
                e.type(), e.actor(), e.at(), e.before(), e.after())), other.get(0).seal(), moved.seal(), moved.keyId()));
        List<SealedEvent> all = new ArrayList<>(events.subList(0, 1));
        all.addAll(other);

        assertThat(check(all)).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple(AuditTrailIntegrity.FORGED, "AG-2"));
    }

    @Test
    void two_events_that_follow_the_same_one_are_both_genuine_as_two_writers_at_once_can_append_them() {
        List<SealedEvent> events = trail("account-x", 2, 1);
        // Appended by another writer that read the same last event; as genuine, but not the same event.
        SealedEvent fork = sealed(3, PortExamples.event("account-x", 1, "agreement.signed", 2, Map.of(), Map.of()), events.get(0).seal(),
                SEAL);

        List<SealedEvent> all = new ArrayList<>(events);
        all.add(fork);
        all.add(sealed(4, event("account-x", 2), fork.seal(), SEAL));

        assertThat(check(all)).isEmpty();
    }

    @Test
    void events_sealed_with_a_key_not_held_are_counted_per_key_and_the_chain_goes_on_through_them() {
        AuditSeal old = AuditSeal.of(List.of(OLD_KEY), "the office's file");
        SealedEvent first = sealed(1, event("AG-1", 0), AuditSeal.START, old);
        SealedEvent second = sealed(2, event("AG-1", 1), first.seal(), old);
        SealedEvent third = sealed(3, event("AG-1", 2), second.seal(), SEAL);

        assertThat(check(List.of(first, second, third))).extracting(IntegrityProblem::code, IntegrityProblem::subject,
                IntegrityProblem::message).containsExactly(tuple(AuditTrailIntegrity.KEY_UNKNOWN, "audit_event", "2 event(s) (seq 1 to 2) "
                + "are sealed with key " + OLD_KEY.id() + ", which is not among the keys of office.db.audit-key: they cannot be verified; "
                + "add that key to the file if you still have it"));
        AuditTrailIntegrity withBoth = new AuditTrailIntegrity(AuditSeal.of(List.of(KEY, OLD_KEY), "both"));
        List.of(first, second, third).forEach(withBoth);
        assertThat(withBoth.problems()).as("once the old key is in the file again").isEmpty();
    }

    @Test
    void an_event_sealed_with_a_key_not_held_is_still_placed_so_one_removed_before_it_is_found() {
        AuditSeal old = AuditSeal.of(List.of(OLD_KEY), "the office's file");
        SealedEvent first = sealed(1, event("AG-1", 0), AuditSeal.START, old);
        SealedEvent second = sealed(2, event("AG-1", 1), first.seal(), old);
        SealedEvent third = sealed(3, event("AG-1", 2), second.seal(), old);

        assertThat(check(List.of(first, third))).extracting(IntegrityProblem::code, IntegrityProblem::subject)
                .containsExactly(tuple(AuditTrailIntegrity.MISSING, "AG-1"), tuple(AuditTrailIntegrity.KEY_UNKNOWN, "audit_event"));
    }

    @Test
    void a_row_that_no_longer_reads_as_an_event_is_rewritten_when_a_later_event_follows_it() {
        List<SealedEvent> events = trail("AG-1", 3, 1);
        SealedEvent broken = events.get(1);
        events.set(1, new SealedEvent(2, "agreement", "AG-1", Optional.empty(), broken.previous(), broken.seal(), broken.keyId()));

        assertThat(check(events)).extracting(IntegrityProblem::code, p -> p.message().substring(0, 21))
                .containsExactly(tuple(AuditTrailIntegrity.REWRITTEN, "event 2 (unreadable) "));
    }

    @Test
    void other_aggregates_are_named_by_kind_and_id() {
        DomainEvent signedIn = DomainEvent.of("account", "admin", 0, "account.signed-in", new PersonId("admin"),
                java.time.Instant.parse("2022-04-03T02:00:00Z"), Map.of(), Map.of("address", "10.0.0.7"));
        SealedEvent stored = sealed(1, signedIn, AuditSeal.START, SEAL);

        assertThat(check(List.of(withEvent(stored, DomainEvent.of("account", "admin", 0, "account.signed-in", new PersonId("admin"),
                java.time.Instant.parse("2022-04-03T02:00:00Z"), Map.of(), Map.of("address", "192.168.1.9")))))).extracting(IntegrityProblem::subject)
                .containsExactly("account:admin");
    }

    // ---------------------------------------------------------------- versions against the listing

    private static StoredAgreement listed(long version, long events, OptionalLong lastAudited) {
        return new StoredAgreement(new AgreementId("AG-1"), new RoundId("2565-2"), new PersonId("P1"), version, events, lastAudited);
    }

    @Test
    void an_agreement_whose_last_event_was_made_at_the_version_before_the_stored_one_agrees_with_its_trail() {
        assertThat(AuditTrailIntegrity.versions(listed(1, 1, OptionalLong.of(0)))).isEmpty();
        assertThat(AuditTrailIntegrity.versions(listed(6, 9, OptionalLong.of(5)))).isEmpty();
        assertThat(AuditTrailIntegrity.versions(listed(1, 0, OptionalLong.empty()))).as("no trail: AgreementIntegrity's no-audit").isEmpty();
    }

    @Test
    void an_audit_event_at_or_above_the_stored_version_means_a_save_was_lost() {
        assertThat(AuditTrailIntegrity.versions(listed(1, 2, OptionalLong.of(1))))
                .extracting(IntegrityProblem::code, IntegrityProblem::subject, IntegrityProblem::message)
                .containsExactly(tuple("agreement.audit-ahead", "AG-1", "the audit trail records a change made at version 1 but the "
                        + "agreement is stored at version 1: a save was lost"));
    }

    @Test
    void a_stored_version_its_trail_does_not_reach_means_its_last_events_were_removed() {
        assertThat(AuditTrailIntegrity.versions(listed(6, 4, OptionalLong.of(3))))
                .extracting(IntegrityProblem::code, IntegrityProblem::subject, IntegrityProblem::message)
                .containsExactly(tuple(AuditTrailIntegrity.VERSION_AHEAD, "AG-1", "stored at version 6 but its audit trail ends with a "
                        + "change made at version 3: the events of the changes made at versions 4 to 5 are missing, or the version was "
                        + "changed"));
        assertThat(AuditTrailIntegrity.versions(listed(6, 5, OptionalLong.of(4)))).extracting(IntegrityProblem::message)
                .singleElement().asString().contains("made at version 5 are missing");
    }
}
