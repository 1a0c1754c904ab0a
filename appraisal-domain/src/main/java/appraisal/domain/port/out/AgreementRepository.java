package appraisal.domain.port.out;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.store.StoreEpoch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stores agreements whole (items, results, evaluation, signatures, revisions) with optimistic
 * locking: a save succeeds only if the stored version still equals {@link Agreement#version()};
 * it then writes version + 1 and calls {@link Agreement#markSaved(long)}. A stale save raises a
 * {@code CONFLICT} domain exception with code {@code agreement.stale-version} and writes nothing.
 * Pending events are not this port's business: the use case hands them to the {@link AuditSink}.
 *
 * <p>One agreement per person per round ({@link OneAgreementPerRound}): a new agreement whose
 * appraisee already has one in its round, stored or earlier in the same call, is refused with
 * {@code REFUSED} {@code agreement.already-exists} naming the one they have, and nothing is written.
 * The use cases look first; this holds when two drafts race. A store made before the rule may still
 * hold several agreements of a person in a round: they load, save and list as any other, and
 * {@link #remove} takes one out.
 */
public interface AgreementRepository {

    Optional<Agreement> find(AgreementId id);

    /**
     * {@link #find}, for a use case about to change the agreement: inside a unit of work, a store
     * that runs several writers at once holds the agreement against their saves from here until
     * the unit of work ends, so what is found is the version this one saves over and its save
     * cannot meet a stale version. A change at whatever version is current (HTTP
     * {@code If-Match: *}) then never fails for a write that came in between; another writer of
     * the same agreement waits for this one's commit, then finds its result. A store whose writers
     * take turns anyway (one writer at a time) needs nothing more than {@link #find}.
     */
    default Optional<Agreement> findForChange(AgreementId id) {
        return find(id);
    }

    /** Inserts a new agreement (version 0) or updates a stored one whose version is unchanged. */
    void save(Agreement agreement);

    /** Saves many agreements at once (a cascade), with the same rules as {@link #save} for each; all or none. */
    void saveAll(List<Agreement> agreements);

    /** Every agreement of a round, ordered by id. */
    List<Agreement> inRound(RoundId round);

    /**
     * What {@code work} makes of every agreement of a round, in the order of {@link #inRound}, for
     * work that needs each agreement once (scoring a round): a store hands each agreement over as
     * soon as it is read and may drop it after, so a round of ten thousand is never held whole. A
     * store may call {@code work} on several threads at once, and again for an agreement it reads
     * again (only the last answer counts), so {@code work} must be pure: no ports, nothing shared
     * that it changes.
     */
    default <T> List<T> mapInRound(RoundId round, Function<Agreement, T> work) {
        List<T> out = new ArrayList<>();
        for (Agreement agreement : inRound(round)) {
            out.add(work.apply(agreement));
        }
        return out;
    }

    /** Every indicator version the items of a round's agreements refer to (their current and amended revisions). */
    default Set<IndicatorRef> indicatorsInRound(RoundId round) {
        Set<IndicatorRef> used = new LinkedHashSet<>();
        for (Agreement agreement : inRound(round)) {
            agreement.items().forEach(item -> used.add(item.indicator()));
            agreement.priorRevisions().forEach(r -> r.items().forEach(item -> used.add(item.indicator())));
        }
        return used;
    }

    /**
     * The agreements of one appraisee in a round, ordered by id: one at most, but for duplicates a
     * store made before the rule of one per round still holds (the store check reports them).
     */
    List<Agreement> ofAppraisee(RoundId round, PersonId appraisee);

    /**
     * {@link #ofAppraisee} for many appraisees at once (a cascade checks every head or staff member
     * it drafts for): each appraisee who has agreements in the round, mapped to them; those with
     * none are absent. A store answers it in a few queries rather than one per appraisee.
     */
    default Map<PersonId, List<Agreement>> ofAppraisees(RoundId round, Collection<PersonId> appraisees) {
        Map<PersonId, List<Agreement>> out = new LinkedHashMap<>();
        for (PersonId appraisee : appraisees) {
            List<Agreement> theirs = ofAppraisee(round, appraisee);
            if (!theirs.isEmpty()) {
                out.put(appraisee, theirs);
            }
        }
        return out;
    }

    /** The agreements cascaded from {@code parent}, ordered by id. */
    List<Agreement> children(AgreementId parent);

    /**
     * Deletes a stored agreement with all its rows, if the stored version still equals
     * {@link Agreement#version()} (otherwise {@code CONFLICT} {@code agreement.stale-version}, nothing
     * deleted; one not stored at all is {@code NOT_FOUND} {@code agreement.not-found}). Only for
     * withdrawing a duplicate: its audit events stay, the trail is not this port's.
     */
    void remove(Agreement agreement);

    /**
     * The store's epoch ({@link StoreEpoch}): versions are counted within it, and a restore starts
     * a new one. Read inside a unit of work, it stays the store's epoch until that unit of work
     * ends: no restore can come in between, so a version checked against it in the same unit of
     * work names what the save will find.
     */
    StoreEpoch epoch();
}
