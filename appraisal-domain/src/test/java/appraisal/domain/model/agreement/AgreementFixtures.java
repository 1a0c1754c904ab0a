package appraisal.domain.model.agreement;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Agreements for tests, shipped in the domain's test-jar so other modules (use cases,
 * persistence contract tests, HTTP) build the same agreements the same way.
 *
 * <p>The story: the provincial CD officer ({@link #EVALUATOR}) agrees with a district CD
 * officer ({@link #APPRAISEE}) for round 2565-1; the deputy governor ({@link #REVIEWER}) reviews.
 * Times are fixed days after {@link #T0}; nothing here reads a clock.
 */
public final class AgreementFixtures {

    public static final PersonId APPRAISEE = new PersonId("district-head-01");
    public static final PersonId EVALUATOR = new PersonId("province-head");
    public static final PersonId REVIEWER = new PersonId("deputy-governor");
    public static final PersonId WITNESS = new PersonId("district-clerk-01");
    public static final PersonId STRANGER = new PersonId("someone-else");

    public static final RoundId ROUND = new RoundId("2565-1");
    public static final AgreementId AGREEMENT_ID = new AgreementId("agr-2565-1-district-01");
    public static final Instant T0 = Instant.parse("2021-10-04T02:00:00Z");

    /** The fact every default item reports, and the value the fixtures report for it. */
    public static final String MEASURED_FACT = "percent";

    private AgreementFixtures() {
    }

    /** {@link #T0} plus whole days, so tests read "on day 3". */
    public static Instant day(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    /** A team item for indicator {@code code} v1. */
    public static Item item(String id, String code, String weight) {
        return Item.of(new ItemId(id), Section.TEAM, new IndicatorRef(code, 1), new BigDecimal(weight), "กลุ่มงานยุทธศาสตร์");
    }

    /** Items "1", "2", … on indicators IND-1, IND-2, … with these weights. */
    public static ImmutableList<Item> itemsWeighing(String... weights) {
        ImmutableList.Builder<Item> items = ImmutableList.builder();
        for (int i = 0; i < weights.length; i++) {
            items.add(item(String.valueOf(i + 1), "IND-" + (i + 1), weights[i]));
        }
        return items.build();
    }

    /** Facts reporting {@code percent = value}. */
    public static Facts measured(String value) {
        return Facts.of(MEASURED_FACT, FactValue.of(value));
    }

    public static EvidenceRef evidence(String name) {
        return new EvidenceRef.File(name, "ab".repeat(32), 1024, "application/pdf");
    }

    public static CompetencyAssessment competencies() {
        return CompetencyAssessment.of(Map.of("achievement", 3, "service", 4, "expertise", 3, "integrity", 4, "teamwork", 3));
    }

    public static Builder anAgreement() {
        return new Builder();
    }

    /** Builds a draft and, on request, drives it through the lifecycle with the fixture's people. */
    public static final class Builder {
        private AgreementId id = AGREEMENT_ID;
        private RoundId round = ROUND;
        private PersonId appraisee = APPRAISEE;
        private PersonId evaluator = EVALUATOR;
        private Optional<AgreementId> parent = Optional.empty();
        private Facts context = Facts.NONE;
        private List<Item> items = new ArrayList<>(List.of(
                item("1", "IND-1", "60"),
                Item.of(new ItemId("2"), Section.INDIVIDUAL, new IndicatorRef("IND-2", 1), new BigDecimal("40"), "")));

        private Builder() {
        }

        public Builder id(String value) {
            this.id = new AgreementId(value);
            return this;
        }

        public Builder round(RoundId value) {
            this.round = value;
            return this;
        }

        public Builder appraisee(PersonId value) {
            this.appraisee = value;
            return this;
        }

        public Builder evaluator(PersonId value) {
            this.evaluator = value;
            return this;
        }

        public Builder parent(AgreementId value) {
            this.parent = Optional.of(value);
            return this;
        }

        public Builder context(Facts value) {
            this.context = value;
            return this;
        }

        public Builder items(List<Item> value) {
            this.items = new ArrayList<>(value);
            return this;
        }

        public Builder withItems(String... weights) {
            return items(itemsWeighing(weights));
        }

        /** A fresh draft, with its {@code agreement.drafted} event still pending. */
        public Agreement draft() {
            return Agreement.draft(id, round, appraisee, evaluator, parent, context, items, evaluator, day(0));
        }

        /**
         * An agreement in {@code status}, reached through the real transitions (results for every
         * item, an evaluation, an acknowledgement or witnessed refusal, a review). Its pending
         * events are cleared, as if it had just been loaded, so a test sees only its own events.
         * REOPENED is reached by reopening an evaluated agreement.
         */
        public Agreement in(AgreementStatus status) {
            Agreement a = draft();
            if (status != AgreementStatus.DRAFT) {
                a.sign(appraisee, day(1));
                a.sign(evaluator, day(1));
            }
            if (status.compareTo(AgreementStatus.SELF_ASSESSED) >= 0) {
                for (Item item : a.items()) {
                    a.recordResult(item.id(), measured("80"), List.of(evidence("report-" + item.id() + ".pdf")), appraisee, day(150));
                }
                a.submitSelfAssessment(appraisee, day(160));
            }
            if (status.compareTo(AgreementStatus.EVALUATED) >= 0) {
                a.evaluate(evaluator, Map.of(), competencies(), day(170));
            }
            switch (status) {
                case ACKNOWLEDGED:
                    a.acknowledge(appraisee, day(171));
                    break;
                case REFUSED:
                    a.refuse(evaluator, WITNESS, "declined to sign", day(171));
                    break;
                case REVIEWED:
                case CLOSED:
                    a.acknowledge(appraisee, day(171));
                    a.review(REVIEWER, "agree with the evaluator", day(172));
                    if (status == AgreementStatus.CLOSED) {
                        a.close(REVIEWER, day(173));
                    }
                    break;
                case REOPENED:
                    a.reopen(EVALUATOR, "result of item 1 was misreported", day(171));
                    break;
                default:
                    break;
            }
            if (a.status() != status) {
                throw new IllegalStateException("fixture reached " + a.status() + " instead of " + status);
            }
            a.clearPendingEvents();
            return a;
        }
    }

    /** Evaluations keyed by item id, for tests that build them inline. */
    public static Map<ItemId, ItemEvaluation> evaluations(String itemId, ItemEvaluation evaluation) {
        Map<ItemId, ItemEvaluation> map = new LinkedHashMap<>();
        map.put(new ItemId(itemId), evaluation);
        return map;
    }
}
