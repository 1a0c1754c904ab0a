package appraisal.domain.service;

import appraisal.domain.model.access.OrgScope;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Authority;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Asks {@link Authority} for the use cases: works out, from the org as stored, which parties an
 * actor is to an agreement (or to the agreements an act is about to draft), whether the round's
 * evaluation period is still running and whether a review is needed — each only when the table's
 * row needs it — and marks the events of an act done with an administrator's authority.
 */
final class Authorities {

    private final PersonRepository people;
    private final OfficeDirectory offices;
    private final RoundRepository rounds;
    private final Clock clock;

    Authorities(PersonRepository people, OrgUnitRepository units, RoundRepository rounds, Clock clock) {
        this.people = people;
        this.offices = new OfficeDirectory(units, people);
        this.rounds = rounds;
        this.clock = clock;
    }

    /** Refuses {@code act} on {@code agreement} unless {@code actor} may do it now; answers the party acted as. */
    Party require(Act act, Agreement agreement, Actor actor) {
        return Authority.require(act, Optional.of(agreement.status()), actor, about(agreement, actor), "agreement " + agreement.id());
    }

    /**
     * Refuses an act that drafts new agreements ({@link Act#DRAFT}, {@link Act#BROADCAST}) unless
     * {@code actor} may: {@code appraisee} is the one to draft for (empty for a broadcast to several
     * offices), {@code evaluator} the one who will evaluate them.
     */
    Party requireNew(Act act, RoundId round, Optional<PersonId> appraisee, PersonId evaluator, Actor actor, String what) {
        return Authority.require(act, Optional.empty(), actor, new Seen(actor, appraisee, evaluator, round), what);
    }

    /**
     * Whether {@code actor} may see {@code person}'s agreements: the org-scope rule of
     * {@link OrgScope}, everything for an administrator.
     */
    boolean sees(Actor actor, PersonId person) {
        if (actor.administrator()) {
            return true;
        }
        Optional<Person> me = people.find(actor.id());
        return me.isPresent() && OrgScope.of(actor.id(), officeOf(me.get()), people::find, offices::findUnit).sees(person);
    }

    private Optional<Office> officeOf(Person person) {
        try {
            return Optional.of(offices.officeOf(person));
        } catch (DomainException unitMissing) {
            return Optional.empty();
        }
    }

    /** Every act {@code actor} may do on {@code agreement} now, for a page or a client to offer. */
    Set<Act> allowed(Agreement agreement, Actor actor) {
        Set<Act> acts = EnumSet.noneOf(Act.class);
        Authority.Circumstances seen = about(agreement, actor);
        for (Act act : Act.values()) {
            if (!Authority.rule(act).onNewAgreement() && Authority.allows(act, Optional.of(agreement.status()), actor, seen)) {
                acts.add(act);
            }
        }
        return acts;
    }

    /**
     * The events as the audit trail keeps them: those of an act done only by an administrator's
     * authority say so ({@code authority=administrator}), so nobody mistakes it for the party's own.
     */
    static List<DomainEvent> recorded(Party actedAs, List<DomainEvent> events) {
        if (actedAs != Party.ADMINISTRATOR) {
            return events;
        }
        return events.stream().map(e -> {
            Map<String, String> after = new LinkedHashMap<>(e.after());
            after.put("authority", Party.ADMINISTRATOR.code());
            return new DomainEvent(e.aggregateType(), e.aggregateId(), e.version(), e.type(), e.actor(), e.at(), e.before(),
                    ImmutableMap.copyOf(after));
        }).toList();
    }

    private Authority.Circumstances about(Agreement agreement, Actor actor) {
        return new Seen(actor, Optional.of(agreement.appraisee()), agreement.evaluator(), agreement.round());
    }

    /** What one actor is to one agreement (or the agreements of one evaluator), each answer read once. */
    private final class Seen implements Authority.Circumstances {
        private final Actor actor;
        private final Optional<PersonId> appraisee;
        private final PersonId evaluator;
        private final RoundId round;
        private final Map<Party, Boolean> known = new EnumMap<>(Party.class);
        private Optional<Round> loadedRound;
        private Optional<PersonId> reviewer;

        Seen(Actor actor, Optional<PersonId> appraisee, PersonId evaluator, RoundId round) {
            this.actor = actor;
            this.appraisee = appraisee;
            this.evaluator = evaluator;
            this.round = round;
        }

        @Override
        public boolean holds(Party party) {
            return known.computeIfAbsent(party, this::decide);
        }

        private boolean decide(Party party) {
            PersonId me = actor.id();
            return switch (party) {
                case APPRAISEE -> appraisee.map(me::equals).orElse(false);
                case EVALUATOR -> me.equals(evaluator) && !holds(Party.APPRAISEE);
                case REVIEWER -> !holds(Party.APPRAISEE) && !holds(Party.EVALUATOR) && reviewer().map(me::equals).orElse(false);
                case HEAD_ABOVE -> !holds(Party.APPRAISEE) && !holds(Party.EVALUATOR) && !holds(Party.REVIEWER) && above();
                case ADMINISTRATOR, OTHER -> false;
            };
        }

        @Override
        public Optional<PersonId> personOf(Party party) {
            return switch (party) {
                case APPRAISEE -> appraisee;
                case EVALUATOR -> Optional.of(evaluator);
                case REVIEWER -> reviewer();
                case HEAD_ABOVE, ADMINISTRATOR, OTHER -> Optional.empty();
            };
        }

        private Optional<PersonId> reviewer() {
            if (reviewer == null) {
                reviewer = people.find(evaluator).flatMap(Person::supervisor);
            }
            return reviewer;
        }

        /** Above the appraisee (or, with none, the evaluator) in the chain, or heading a unit that holds them. */
        private boolean above() {
            Optional<Person> me = people.find(actor.id());
            if (me.isEmpty()) {
                return false;
            }
            return OrgScope.of(actor.id(), officeOf(me.get()), people::find, offices::findUnit).sees(appraisee.orElse(evaluator));
        }

        @Override
        public boolean withinEvaluationPeriod() {
            return round().map(r -> {
                LocalDate last = r.deadline(DeadlineKind.EVALUATION).map(d -> d.due()).orElse(r.end());
                return !LocalDate.ofInstant(clock.instant(), clock.getZone()).isAfter(last);
            }).orElse(false);
        }

        @Override
        public boolean reviewNeeded() {
            boolean required = round().map(r -> r.settings().review() == ReviewPolicy.REQUIRED).orElse(true);
            return required && reviewer().isPresent();
        }

        private Optional<Round> round() {
            if (loadedRound == null) {
                loadedRound = rounds.find(round);
            }
            return loadedRound;
        }
    }
}
