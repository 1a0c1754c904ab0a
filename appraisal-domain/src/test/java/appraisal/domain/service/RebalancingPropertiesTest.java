package appraisal.domain.service;

import static appraisal.domain.seed.BuriramDistricts.ADMIN;
import static appraisal.domain.seed.BuriramDistricts.PROVINCE;
import static appraisal.domain.seed.BuriramDistricts.district;
import static appraisal.domain.seed.BuriramDistricts.head;
import static appraisal.domain.seed.BuriramDistricts.staff;
import static appraisal.domain.seed.BuriramDistricts.staffCount;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.cascade.OwnIndicator;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveResult;
import appraisal.domain.seed.BuriramDistricts;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random assignment plans, derived through the use case from a district head's agreement:
 * whatever the plan, every agreement it generates weighs exactly 100.00, no weight is 0 or
 * negative, none has more than two decimals, each share is within a hundredth of its exact
 * proportion, and running the plan again changes nothing.
 *
 * <p>One system serves all seeds: each plan re-derives over the previous one, so the update path
 * (drafts brought in line in place) is exercised as much as the first drafting.
 */
class RebalancingPropertiesTest {

    private static final int DISTRICT = 3; // five staff
    private static final List<String> PARENT_ITEMS = List.of("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
    private static final List<String> OWN = List.of("P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12");
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private static InMemorySystem system;
    private static AgreementId parent;

    @BeforeAll
    static void aDistrictHeadWithTheTeamIndicators() {
        system = new InMemorySystem();
        BuriramDistricts.setUp(system, DISTRICT);
        system.cascades.broadcast(new BroadcastCascadeCommand(BuriramRound2565.round().id(), PROVINCE,
                ImmutableSet.of(district(DISTRICT)), BuriramDistricts.teamTemplate(), Optional.empty(), ImmutableMap.of(), Actor.administrator(ADMIN)));
        parent = system.agreements.ofAppraisee(BuriramRound2565.round().id(), head(DISTRICT)).get(0).id();
    }

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void every_generated_agreement_weighs_exactly_100_with_no_negative_weight_and_two_decimals_at_most(int seed) {
        AssignmentPlan plan = randomPlan(new Random(seed));

        DeriveResult result = system.cascades.derive(new DeriveCascadeCommand(parent, plan, head(DISTRICT)));

        for (Agreement a : system.agreementStore.children(parent)) {
            assertThat(a.totalWeight()).as("%s of seed %d", a.id(), seed).isEqualTo(HUNDRED);
            for (Item item : a.items()) {
                assertThat(item.weight().signum()).as("weight of %s in %s", item.id(), a.id()).isPositive();
                assertThat(item.weight().scale()).isLessThanOrEqualTo(2);
            }
        }
        for (Assignment assignment : plan.assignments()) {
            Agreement a = system.agreements.show(entryOf(result, assignment.person()).agreement());
            assertSharesWithinAHundredthOfTheirProportion(assignment, a);
        }
        DeriveResult again = system.cascades.derive(new DeriveCascadeCommand(parent, plan, head(DISTRICT)));
        assertThat(again.entries()).extracting(DeriveResult.Entry::outcome).containsOnly(CascadeOutcome.UNCHANGED);
    }

    private static DeriveResult.Entry entryOf(DeriveResult result, PersonId person) {
        return result.entries().stream().filter(e -> e.person().equals(person)).findFirst().orElseThrow();
    }

    /** A share's weight is its exact part of what the fixed weights leave, rounded down or up by one hundredth. */
    private static void assertSharesWithinAHundredthOfTheirProportion(Assignment assignment, Agreement a) {
        List<Portion> portions = assignment.portions();
        List<String> codes = new ArrayList<>();
        assignment.carries().forEach(c -> codes.add(c.parentItem().value()));
        assignment.own().forEach(o -> codes.add(o.indicatorCode()));
        BigDecimal fixed = BigDecimal.ZERO;
        BigDecimal shares = BigDecimal.ZERO;
        for (Portion p : portions) {
            if (p instanceof Portion.Weight) {
                fixed = fixed.add(p.amount());
            } else {
                shares = shares.add(p.amount());
            }
        }
        for (int i = 0; i < portions.size(); i++) {
            BigDecimal weight = a.findItem(new ItemId(codes.get(i))).orElseThrow().weight();
            if (portions.get(i) instanceof Portion.Weight w) {
                assertThat(weight).isEqualByComparingTo(w.amount());
            } else {
                BigDecimal exact = HUNDRED.subtract(fixed).multiply(portions.get(i).amount()).divide(shares, MathContext.DECIMAL128);
                assertThat(weight.subtract(exact).abs()).as("%s: %s against exactly %s", codes.get(i), weight, exact)
                        .isLessThan(new BigDecimal("0.01"));
            }
        }
    }

    // ---- generators ------------------------------------------------------------------------

    private static AssignmentPlan randomPlan(Random random) {
        List<Assignment> assignments = new ArrayList<>();
        for (int k = 1; k <= staffCount(DISTRICT); k++) {
            if (random.nextInt(4) > 0 || (k == staffCount(DISTRICT) && assignments.isEmpty())) {
                assignments.add(randomAssignment(random, staff(DISTRICT, k)));
            }
        }
        return new AssignmentPlan(ImmutableList.copyOf(assignments));
    }

    private static Assignment randomAssignment(Random random, PersonId person) {
        List<String> carried = pick(random, PARENT_ITEMS, 1 + random.nextInt(PARENT_ITEMS.size()));
        List<String> own = pick(random, OWN, random.nextInt(3));
        List<Portion> portions = random.nextInt(5) == 0
                ? allFixed(random, carried.size() + own.size())
                : mixed(random, carried.size() + own.size());
        List<CarriedItem> carries = new ArrayList<>();
        for (int i = 0; i < carried.size(); i++) {
            carries.add(new CarriedItem(new ItemId(carried.get(i)), portions.get(i)));
        }
        List<OwnIndicator> owns = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            owns.add(OwnIndicator.of(own.get(i), portions.get(carried.size() + i)));
        }
        return new Assignment(person, ImmutableList.copyOf(carries), ImmutableList.copyOf(owns));
    }

    /** Fixed weights summing to exactly 100: random cuts of 10 000 hundredths, each part at least one. */
    private static List<Portion> allFixed(Random random, int n) {
        List<Integer> cuts = new ArrayList<>();
        while (cuts.size() < n - 1) {
            int cut = 1 + random.nextInt(9999);
            if (!cuts.contains(cut)) {
                cuts.add(cut);
            }
        }
        Collections.sort(cuts);
        List<Portion> out = new ArrayList<>();
        int previous = 0;
        for (int cut : cuts) {
            out.add(new Portion.Weight(BigDecimal.valueOf(cut - previous, 2)));
            previous = cut;
        }
        out.add(new Portion.Weight(BigDecimal.valueOf(10000 - previous, 2)));
        return out;
    }

    /**
     * Some fixed weights (at most 60 in all, with up to two decimals) and at least one share
     * (1 to 20, with up to one decimal), so every share gets at least 40 / 200 = 0.2.
     */
    private static List<Portion> mixed(Random random, int n) {
        int shareAt = random.nextInt(n);
        int fixedLeft = 6000;
        List<Portion> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i != shareAt && random.nextInt(3) == 0 && fixedLeft > 1) {
                int hundredths = 1 + random.nextInt(Math.min(fixedLeft, 2500));
                fixedLeft -= hundredths;
                out.add(new Portion.Weight(BigDecimal.valueOf(hundredths, 2)));
            } else {
                out.add(new Portion.Share(BigDecimal.valueOf(10 + random.nextInt(191), 1)));
            }
        }
        return out;
    }

    private static List<String> pick(Random random, List<String> from, int count) {
        List<String> shuffled = new ArrayList<>(from);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }
}
