package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementStatus.ACKNOWLEDGED;
import static appraisal.domain.model.agreement.AgreementStatus.AGREED;
import static appraisal.domain.model.agreement.AgreementStatus.CLOSED;
import static appraisal.domain.model.agreement.AgreementStatus.DRAFT;
import static appraisal.domain.model.agreement.AgreementStatus.EVALUATED;
import static appraisal.domain.model.agreement.AgreementStatus.REFUSED;
import static appraisal.domain.model.agreement.AgreementStatus.REOPENED;
import static appraisal.domain.model.agreement.AgreementStatus.REVIEWED;
import static appraisal.domain.model.agreement.AgreementStatus.SELF_ASSESSED;
import static appraisal.domain.model.agreement.Party.ADMINISTRATOR;
import static appraisal.domain.model.agreement.Party.APPRAISEE;
import static appraisal.domain.model.agreement.Party.EVALUATOR;
import static appraisal.domain.model.agreement.Party.HEAD_ABOVE;
import static appraisal.domain.model.agreement.Party.REVIEWER;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one table of who may do which act of a round, in which status (ผู้มีอำนาจดำเนินการ). Every use
 * case that changes an agreement asks {@link #require} before it acts; the aggregate takes the
 * statuses of each act from here; the page and the API ask {@link #allows} which acts to offer.
 *
 * <p>The rules, from Thai practice:
 * <ul>
 *   <li>Nobody evaluates, reviews, closes or reopens their own agreement, nor answers a judgement on
 *       it (judgements are part of {@link Act#EVALUATE}); an administrator who is the appraisee is
 *       the appraisee there.</li>
 *   <li>The two parties draft, sign, amend and report; only the appraisee acknowledges; only the
 *       evaluator evaluates and records a refusal to sign; only the reviewer reviews.</li>
 *   <li>Closing and reopening belong to the evaluator and those above; reopening needs a reason
 *       (the command's) and, except for an administrator, the round's evaluation period.</li>
 *   <li>Closing without the reviewer's opinion is allowed only when the round's review policy is
 *       optional, or when the evaluator has no supervisor to review.</li>
 *   <li>Signing is personal: no administrator signs, acknowledges or evaluates for someone.</li>
 * </ul>
 * The checks run in this order, and the first that fails is the answer: the status (refused,
 * {@code agreement.illegal-transition}), who acts (forbidden, {@code authority.*}), the act's
 * condition.
 */
public final class Authority {

    /** A further condition of a row, beyond party and status. */
    public enum Condition {
        /** Nothing more. */
        NONE(""),
        /** Until the round's evaluation deadline (or its last day) — except for an administrator. */
        WITHIN_EVALUATION_PERIOD("until the round's evaluation deadline (its last day when it has none), "
                + "except for an administrator"),
        /**
         * Once reviewed; before (acknowledged or refused) only when the round's review is optional or
         * nobody can review (the evaluator has no supervisor).
         */
        REVIEWED_UNLESS_NOT_NEEDED("from ACKNOWLEDGED or REFUSED only when the round's review policy is optional, "
                + "or the evaluator has no supervisor to review");

        private final String english;

        Condition(String english) {
            this.english = english;
        }

        /** The condition as the table's page writes it. */
        public String english() {
            return english;
        }
    }

    /**
     * One row: who may do {@code act} on an agreement in one of {@code statuses} (or, when
     * {@code onNewAgreement}, where there is no agreement yet), under {@code condition}.
     * {@link Act#DERIVE} is an act on the head's agreement, from which the staff's are drafted: its
     * appraisee (the head, their evaluator to be) and those above derive. {@link Act#BROADCAST}
     * drafts for the heads of the offices under a unit: the parties are as to those drafts, so the
     * evaluator is the unit's head.
     */
    public record Rule(Act act, Set<Party> parties, Set<AgreementStatus> statuses, boolean onNewAgreement,
                       Condition condition) {
        public Rule {
            parties = Sets.immutableEnumSet(parties);
            statuses = statuses.isEmpty() ? Set.of() : Sets.immutableEnumSet(statuses);
        }

        public boolean allows(Party party) {
            return parties.contains(party);
        }

        public boolean allowsStatus(Optional<AgreementStatus> status) {
            return status.map(statuses::contains).orElse(onNewAgreement);
        }
    }

    /**
     * What the use case learnt about one actor and one agreement (or the agreements about to be
     * drafted), asked lazily so a common case reads nothing: the appraisee reporting never looks
     * up the org chart.
     */
    public interface Circumstances {
        /** Whether the actor is this party to the agreement. Never asked for {@link Party#ADMINISTRATOR} or {@link Party#OTHER}. */
        boolean holds(Party party);

        /** The one person who is this party, where there is one (appraisee, evaluator, reviewer): for messages. */
        Optional<PersonId> personOf(Party party);

        /** Whether today is within the round's evaluation period. */
        boolean withinEvaluationPeriod();

        /** Whether the agreement needs the reviewer's opinion before it closes. */
        boolean reviewNeeded();
    }

    private static final Set<AgreementStatus> NONE_YET = EnumSet.noneOf(AgreementStatus.class);
    private static final Set<Party> PARTIES = EnumSet.of(APPRAISEE, EVALUATOR);
    private static final Set<Party> ABOVE = EnumSet.of(EVALUATOR, REVIEWER, HEAD_ABOVE, ADMINISTRATOR);
    private static final Set<AgreementStatus> AFTER_SUBMISSION = EnumSet.of(SELF_ASSESSED, EVALUATED, ACKNOWLEDGED, REFUSED,
            REVIEWED, CLOSED);

    private Authority() {
    }

    /** The row of {@code act}. A switch with no default, so an act without a row does not compile. */
    public static Rule rule(Act act) {
        return switch (act) {
            case DRAFT -> onNew(act, EnumSet.of(APPRAISEE, EVALUATOR, REVIEWER, HEAD_ABOVE, ADMINISTRATOR));
            case EDIT_DRAFT, SET_ROLL_UP -> row(act, with(PARTIES, ADMINISTRATOR), EnumSet.of(DRAFT));
            case UPDATE_CONTEXT -> row(act, EnumSet.of(EVALUATOR, ADMINISTRATOR), EnumSet.of(DRAFT, AGREED, REOPENED));
            case SIGN -> row(act, PARTIES, EnumSet.of(DRAFT));
            case AMEND -> row(act, PARTIES, EnumSet.of(AGREED));
            case RECORD_RESULT, SUBMIT -> row(act, PARTIES, EnumSet.of(AGREED, REOPENED));
            case EVALUATE -> row(act, EnumSet.of(EVALUATOR), EnumSet.of(SELF_ASSESSED, REOPENED));
            case ACKNOWLEDGE -> row(act, EnumSet.of(APPRAISEE), EnumSet.of(EVALUATED));
            case RECORD_REFUSAL -> row(act, EnumSet.of(EVALUATOR), EnumSet.of(EVALUATED));
            case REVIEW -> row(act, EnumSet.of(REVIEWER), EnumSet.of(ACKNOWLEDGED, REFUSED));
            case CLOSE -> new Rule(act, ABOVE, EnumSet.of(REVIEWED, ACKNOWLEDGED, REFUSED), false, Condition.REVIEWED_UNLESS_NOT_NEEDED);
            case REOPEN -> new Rule(act, ABOVE, AFTER_SUBMISSION, false, Condition.WITHIN_EVALUATION_PERIOD);
            case BROADCAST -> onNew(act, ABOVE);
            case DERIVE -> row(act, with(ABOVE, APPRAISEE), EnumSet.complementOf(EnumSet.of(CLOSED)));
        };
    }

    /** Every row, in the order of {@link Act}. */
    public static ImmutableList<Rule> table() {
        return Arrays.stream(Act.values()).map(Authority::rule).collect(ImmutableList.toImmutableList());
    }

    /** The statuses an act is done in, for the aggregate's own check. */
    public static Set<AgreementStatus> statuses(Act act) {
        return rule(act).statuses();
    }

    /**
     * Refuses {@code act} unless {@code actor} may do it now; otherwise answers the party they act
     * as (so an administrator's act can be recorded as such).
     *
     * @param status the agreement's status; empty where the act makes new agreements
     * @param what   the agreement (or the offices, the staff) named in messages
     */
    public static Party require(Act act, Optional<AgreementStatus> status, Actor actor, Circumstances circumstances, String what) {
        Rule rule = rule(act);
        if (!rule.allowsStatus(status)) {
            throw DomainException.refused("agreement.illegal-transition", "cannot " + act.english() + " while " + what + " is "
                    + status.map(AgreementStatus::name).orElse("not drafted yet") + "; allowed "
                    + (rule.onNewAgreement() ? "before it exists" : "while it is " + names(rule.statuses())));
        }
        Optional<Party> as = actingParty(rule, actor, circumstances);
        if (as.isEmpty()) {
            Party is = partyOf(actor, circumstances);
            if (is == APPRAISEE) {
                throw DomainException.forbidden("authority.own-agreement", actor.id() + " is the appraisee of " + what
                        + ", and nobody may " + act.english() + " on their own agreement; " + whoMay(rule, circumstances));
            }
            throw DomainException.forbidden("authority.not-allowed", actor.id() + " is " + describe(is) + " of " + what
                    + " and may not " + act.english() + "; " + whoMay(rule, circumstances));
        }
        switch (rule.condition()) {
            case WITHIN_EVALUATION_PERIOD -> {
                if (as.get() != ADMINISTRATOR && !circumstances.withinEvaluationPeriod()) {
                    throw DomainException.forbidden("authority.after-evaluation-period",
                            "the round's evaluation period is over: only an administrator may " + act.english() + " now (" + what + ")");
                }
            }
            case REVIEWED_UNLESS_NOT_NEEDED -> {
                if (status.orElseThrow() != REVIEWED && circumstances.reviewNeeded()) {
                    throw DomainException.refused("agreement.review-required", what + " needs the reviewer's opinion before it "
                            + "closes (the round's review policy is 'required' and the evaluator has a supervisor to review)");
                }
            }
            case NONE -> { }
        }
        return as.get();
    }

    /** Whether {@code actor} may do {@code act} now: {@link #require} without the exception. */
    public static boolean allows(Act act, Optional<AgreementStatus> status, Actor actor, Circumstances circumstances) {
        try {
            require(act, status, actor, circumstances, "the agreement");
            return true;
        } catch (DomainException refused) {
            return false;
        }
    }

    /**
     * The party {@code actor} acts as under {@code rule}, if any: the appraisee only ever as the
     * appraisee; otherwise the nearest party the row allows, an administrator's account last.
     */
    private static Optional<Party> actingParty(Rule rule, Actor actor, Circumstances circumstances) {
        if (circumstances.holds(APPRAISEE)) {
            return rule.allows(APPRAISEE) ? Optional.of(APPRAISEE) : Optional.empty();
        }
        for (Party party : EnumSet.of(EVALUATOR, REVIEWER, HEAD_ABOVE)) {
            if (rule.allows(party) && circumstances.holds(party)) {
                return Optional.of(party);
            }
        }
        return actor.administrator() && rule.allows(ADMINISTRATOR) ? Optional.of(ADMINISTRATOR) : Optional.empty();
    }

    /** What the actor is to the agreement, nearest first: for messages. */
    public static Party partyOf(Actor actor, Circumstances circumstances) {
        for (Party party : EnumSet.of(APPRAISEE, EVALUATOR, REVIEWER, HEAD_ABOVE)) {
            if (circumstances.holds(party)) {
                return party;
            }
        }
        return actor.administrator() ? ADMINISTRATOR : Party.OTHER;
    }

    private static Rule row(Act act, Set<Party> parties, Set<AgreementStatus> statuses) {
        return new Rule(act, parties, statuses, false, Condition.NONE);
    }

    private static Rule onNew(Act act, Set<Party> parties) {
        return new Rule(act, parties, NONE_YET, true, Condition.NONE);
    }

    private static Set<Party> with(Set<Party> parties, Party more) {
        Set<Party> all = EnumSet.copyOf(parties);
        all.add(more);
        return all;
    }

    private static String whoMay(Rule rule, Circumstances circumstances) {
        return "who may: " + rule.parties().stream().map(p -> describe(p) + circumstances.personOf(p).map(id -> " " + id).orElse(""))
                .collect(Collectors.joining(", "));
    }

    private static String describe(Party party) {
        return switch (party) {
            case APPRAISEE -> "the appraisee";
            case EVALUATOR -> "the evaluator";
            case REVIEWER -> "the reviewer (the evaluator's supervisor)";
            case HEAD_ABOVE -> "a head above";
            case ADMINISTRATOR -> "an administrator";
            case OTHER -> "not a party";
        };
    }

    private static String names(Set<AgreementStatus> statuses) {
        return statuses.stream().map(AgreementStatus::name).collect(Collectors.joining(" or "));
    }
}
