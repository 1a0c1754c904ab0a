package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.REVIEWER;
import static appraisal.domain.model.agreement.AgreementFixtures.WITNESS;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.competencies;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.evidence;
import static appraisal.domain.model.agreement.AgreementFixtures.item;
import static appraisal.domain.model.agreement.AgreementFixtures.measured;
import static appraisal.domain.model.agreement.AgreementStatus.ACKNOWLEDGED;
import static appraisal.domain.model.agreement.AgreementStatus.AGREED;
import static appraisal.domain.model.agreement.AgreementStatus.CLOSED;
import static appraisal.domain.model.agreement.AgreementStatus.DRAFT;
import static appraisal.domain.model.agreement.AgreementStatus.EVALUATED;
import static appraisal.domain.model.agreement.AgreementStatus.REFUSED;
import static appraisal.domain.model.agreement.AgreementStatus.REOPENED;
import static appraisal.domain.model.agreement.AgreementStatus.REVIEWED;
import static appraisal.domain.model.agreement.AgreementStatus.SELF_ASSESSED;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action in every status: where the lifecycle allows it, it happens (one event); everywhere
 * else it is refused with {@code agreement.illegal-transition} and changes nothing.
 */
class AgreementTransitionTest {

    /** One thing a user can do, done by the right person with valid input, and where it is allowed. */
    record Action(String name, Set<AgreementStatus> allowedIn, Consumer<Agreement> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final ItemId ONE = new ItemId("1");

    static List<Action> actions() {
        return List.of(
                new Action("add an item", EnumSet.of(DRAFT), a -> a.addItem(item("9", "IND-9", "5"), EVALUATOR, day(200))),
                new Action("remove an item", EnumSet.of(DRAFT), a -> a.removeItem(ONE, EVALUATOR, day(200))),
                new Action("change a weight", EnumSet.of(DRAFT), a -> a.changeWeight(ONE, new BigDecimal("55"), EVALUATOR, day(200))),
                new Action("adjust targets", EnumSet.of(DRAFT), a -> a.adjustTargets(ONE,
                        Map.of(3, new Threshold("percent", Comparator.AT_LEAST, new BigDecimal("70"))), "small office", EVALUATOR, day(200))),
                new Action("update the context", EnumSet.of(DRAFT, AGREED, REOPENED),
                        a -> a.updateContext(Facts.NONE, EVALUATOR, day(200))),
                new Action("sign", EnumSet.of(DRAFT), a -> a.sign(APPRAISEE, day(200))),
                new Action("amend", EnumSet.of(AGREED), a -> a.amend(EVALUATOR, "budget cut", day(200))),
                new Action("record a result", EnumSet.of(AGREED, REOPENED),
                        a -> a.recordResult(ONE, measured("90"), List.of(evidence("e.pdf")), APPRAISEE, day(200))),
                new Action("submit the self-assessment", EnumSet.of(AGREED, REOPENED), a -> {
                    // Submitting needs a result for every item; report them where reporting is allowed at all.
                    if (a.status() == AGREED) {
                        a.items().forEach(i -> a.recordResult(i.id(), measured("90"), List.of(), APPRAISEE, day(199)));
                        a.clearPendingEvents();
                    }
                    a.submitSelfAssessment(APPRAISEE, day(200));
                }),
                new Action("evaluate", EnumSet.of(SELF_ASSESSED, REOPENED), a -> a.evaluate(EVALUATOR, Map.of(), competencies(), day(200))),
                new Action("acknowledge", EnumSet.of(EVALUATED), a -> a.acknowledge(APPRAISEE, day(200))),
                new Action("refuse to acknowledge", EnumSet.of(EVALUATED), a -> a.refuse(EVALUATOR, WITNESS, "", day(200))),
                new Action("review", EnumSet.of(ACKNOWLEDGED, REFUSED), a -> a.review(REVIEWER, "fair", day(200))),
                // Whether a review was needed first is the authority's (the round's policy, the org), not the aggregate's.
                new Action("close", EnumSet.of(REVIEWED, ACKNOWLEDGED, REFUSED), a -> a.close(REVIEWER, day(200))),
                new Action("reopen", EnumSet.of(SELF_ASSESSED, EVALUATED, ACKNOWLEDGED, REFUSED, REVIEWED, CLOSED),
                        a -> a.reopen(EVALUATOR, "wrong figure reported", day(200))));
    }

    static Stream<Arguments> illegal() {
        return actions().stream().flatMap(action -> EnumSet.complementOf(EnumSet.copyOf(action.allowedIn())).stream()
                .map(status -> Arguments.of(action, status)));
    }

    static Stream<Arguments> legal() {
        return actions().stream().flatMap(action -> action.allowedIn().stream().map(status -> Arguments.of(action, status)));
    }

    @ParameterizedTest(name = "{0} while {1} is refused")
    @MethodSource("illegal")
    void an_action_the_lifecycle_does_not_allow_is_refused_with_the_stable_code_and_changes_nothing(
            Action action, AgreementStatus status) {
        Agreement agreement = anAgreement().in(status);
        AgreementSnapshot before = agreement.snapshot();

        DomainException refusal = refusalOf(() -> action.call().accept(agreement));

        assertThat(refusal.code()).isEqualTo("agreement.illegal-transition");
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(refusal.getMessage()).contains(" is " + status + "; allowed while it is ");
        assertThat(agreement.snapshot()).isEqualTo(before);
        assertThat(agreement.pendingEvents()).isEmpty();
    }

    @ParameterizedTest(name = "{0} while {1} is allowed")
    @MethodSource("legal")
    void an_action_the_lifecycle_allows_happens_and_raises_one_event(Action action, AgreementStatus status) {
        Agreement agreement = anAgreement().in(status);

        assertThatCode(() -> action.call().accept(agreement)).doesNotThrowAnyException();

        assertThat(agreement.pendingEvents()).hasSize(1);
    }
}
