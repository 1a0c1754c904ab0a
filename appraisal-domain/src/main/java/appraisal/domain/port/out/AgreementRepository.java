package appraisal.domain.port.out;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores agreements whole (items, results, evaluation, signatures, revisions) with optimistic
 * locking: a save succeeds only if the stored version still equals {@link Agreement#version()};
 * it then writes version + 1 and calls {@link Agreement#markSaved(long)}. A stale save raises a
 * {@code CONFLICT} domain exception with code {@code agreement.stale-version} and writes nothing.
 * Pending events are not this port's business: the use case hands them to the {@link AuditSink}.
 */
public interface AgreementRepository {

    Optional<Agreement> find(AgreementId id);

    /** Inserts a new agreement (version 0) or updates a stored one whose version is unchanged. */
    void save(Agreement agreement);

    /** Saves many agreements at once (a cascade), with the same rules as {@link #save} for each; all or none. */
    void saveAll(List<Agreement> agreements);

    /** Every agreement of a round, ordered by id. */
    List<Agreement> inRound(RoundId round);

    /** The agreements of one appraisee in a round (one per revision chain; usually one). */
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
}
