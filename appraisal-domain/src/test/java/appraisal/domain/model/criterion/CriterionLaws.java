package appraisal.domain.model.criterion;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * The properties every criterion kind must have, each checked over many seeded random fact sets
 * and answered as a list of breaches (empty when the property holds). {@link CriterionContract}
 * asserts these lists are empty; keeping the checks here, apart from JUnit, lets the kit's own
 * tests show that each check catches the fault it is meant to catch.
 *
 * <p>Every breach names the seed of its trial: {@code generator.facts(new Random(seed))}
 * rebuilds the facts it failed on.
 */
public final class CriterionLaws<C extends Criterion> {

    private static final int MAX_REPORTED = 8;
    private static final ImmutableList<BigDecimal> STEPS = ImmutableList.of(
            new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("1000000"));

    private final CriterionCodec codec;
    private final Function<? super C, ? extends FactGenerator> generators;
    private final int trials;
    private final long seed;

    /**
     * @param codec a codec that knows the kind under test
     * @param generators the fact generator to use for each criterion
     * @param trials how many fact sets each check tries
     * @param seed where the trials' seeds start
     */
    public CriterionLaws(CriterionCodec codec, Function<? super C, ? extends FactGenerator> generators,
            int trials, long seed) {
        this.codec = codec;
        this.generators = generators;
        this.trials = trials;
        this.seed = seed;
    }

    /**
     * The same criterion and facts give equal verdicts: twice in a row, with the facts listed in
     * another order, and from the criterion read back from its own interchange tree.
     */
    public List<String> determinismBreaches(C criterion) {
        Breaches out = new Breaches();
        Criterion copy;
        try {
            copy = codec.read(TreeCursor.root(codec.write(criterion)));
        } catch (RuntimeException e) {
            out.add("cannot be read back from its own tree, so the copy cannot be compared: " + e);
            return out.list();
        }
        FactGenerator generator = generators.apply(criterion);
        for (int i = 0; i < trials && out.open(); i++) {
            long s = seed + i;
            Facts facts = generator.facts(new Random(s));
            try {
                Verdict first = criterion.evaluate(facts);
                Verdict second = criterion.evaluate(facts);
                Verdict reordered = criterion.evaluate(reversed(facts));
                Verdict ofCopy = copy.evaluate(facts);
                if (!first.equals(second)) {
                    out.add(s, facts, "evaluated twice: " + first + " then " + second);
                } else if (!first.equals(reordered)) {
                    out.add(s, facts, "facts in another order: " + first + " then " + reordered);
                } else if (!first.equals(ofCopy)) {
                    out.add(s, facts, "after a round trip: " + first + " then " + ofCopy);
                }
            } catch (RuntimeException e) {
                out.add(s, facts, "threw " + e);
            }
        }
        return out.list();
    }

    /**
     * Evaluation never throws, with no facts at all or any random facts, and an unknown verdict
     * names as missing only facts from {@link Criterion#factNames()}; a decided one names none.
     */
    public List<String> totalityBreaches(C criterion) {
        Breaches out = new Breaches();
        check(criterion, Facts.NONE, -1, out);
        FactGenerator generator = generators.apply(criterion);
        for (int i = 0; i < trials && out.open(); i++) {
            long s = seed + i;
            check(criterion, generator.facts(new Random(s)), s, out);
        }
        return out.list();
    }

    private static void check(Criterion criterion, Facts facts, long s, Breaches out) {
        try {
            Verdict v = criterion.evaluate(facts);
            if (v == null) {
                out.add(s, facts, "returned no verdict");
            } else if (v.isUnknown() && !criterion.factNames().containsAll(v.missingFacts())) {
                out.add(s, facts, "names missing facts " + v.missingFacts() + " outside its facts " + criterion.factNames());
            } else if (!v.isUnknown() && !v.missingFacts().isEmpty()) {
                out.add(s, facts, "is decided (" + v.outcome() + ") yet names missing facts " + v.missingFacts());
            }
        } catch (RuntimeException | StackOverflowError e) {
            out.add(s, facts, "threw " + e);
        }
    }

    /**
     * Writing the criterion gives a tree whose {@code kind} is the criterion's kind; reading that
     * tree gives an equal criterion (same hash code), and writing that again gives an equal tree.
     */
    public List<String> roundTripBreaches(C criterion) {
        Breaches out = new Breaches();
        try {
            Node.Obj tree = codec.write(criterion);
            Node kind = tree.fields().get("kind");
            if (!new Node.Text(criterion.kind()).equals(kind)) {
                out.add("writes kind " + kind + " but its kind() is '" + criterion.kind() + "'");
            }
            Criterion back = codec.read(TreeCursor.root(tree));
            if (!back.equals(criterion)) {
                out.add("reads back as " + back + ", not " + criterion + ", from " + tree);
            } else if (back.hashCode() != criterion.hashCode()) {
                out.add("reads back equal but with another hash code: " + back);
            }
            Node.Obj again = codec.write(back);
            if (!again.equals(tree)) {
                out.add("writes " + tree + " then, read back and written again, " + again);
            }
        } catch (RuntimeException e) {
            out.add("threw " + e);
        }
        return out.list();
    }

    /**
     * For each fact the criterion declares a direction for (and it must read that fact), moving
     * the fact's value the better way with every other fact fixed never turns MET into NOT_MET.
     * Only decided verdicts are compared: a move may still turn a verdict into UNKNOWN or out of it.
     */
    public List<String> monotonicityBreaches(C criterion) {
        Breaches out = new Breaches();
        ImmutableMap<String, Direction> directions = criterion.directions();
        for (String fact : directions.keySet()) {
            if (!criterion.factNames().contains(fact)) {
                out.add("declares a direction for '" + fact + "', which it does not read");
            }
        }
        FactGenerator generator = generators.apply(criterion);
        for (int i = 0; i < trials && out.open(); i++) {
            long s = seed + i;
            Random random = new Random(s);
            Facts base = generator.facts(random);
            for (Map.Entry<String, Direction> d : directions.entrySet()) {
                BigDecimal value = generator.number(random);
                BigDecimal step = STEPS.get(random.nextInt(STEPS.size()));
                BigDecimal better = d.getValue() == Direction.HIGHER_IS_BETTER ? value.add(step) : value.subtract(step);
                Facts worse = base.with(d.getKey(), FactValue.of(value));
                try {
                    Verdict before = criterion.evaluate(worse);
                    Verdict after = criterion.evaluate(base.with(d.getKey(), FactValue.of(better)));
                    if (before.isMet() && after.isNotMet()) {
                        out.add(s, worse, d.getKey() + " moved " + value.toPlainString() + " -> " + better.toPlainString()
                                + " (" + d.getValue() + ") turned MET into NOT_MET: " + after.explanation());
                    }
                } catch (RuntimeException e) {
                    out.add(s, worse, "threw " + e);
                }
            }
        }
        return out.list();
    }

    /**
     * Facts the criterion does not declare do not change its verdict. The extra facts are named
     * after every text written in the criterion's tree (where a forgotten fact name would be)
     * and after names no rubric uses.
     */
    public List<String> undeclaredReadBreaches(C criterion) {
        Breaches out = new Breaches();
        Set<String> strangers = new LinkedHashSet<>();
        collectTexts(codec.write(criterion), strangers);
        strangers.add("an.unrelated.fact");
        strangers.removeAll(criterion.factNames());
        FactGenerator generator = generators.apply(criterion);
        RandomFacts noise = RandomFacts.around(criterion, codec);
        for (int i = 0; i < trials && out.open(); i++) {
            long s = seed + i;
            Random random = new Random(s);
            Facts facts = generator.facts(random);
            Facts noisy = facts;
            for (String stranger : strangers) {
                noisy = noisy.with(stranger, noise.anyValue(random));
            }
            try {
                Verdict plain = criterion.evaluate(facts);
                Verdict withNoise = criterion.evaluate(noisy);
                if (!plain.equals(withNoise)) {
                    out.add(s, noisy, "undeclared facts changed " + plain + " into " + withNoise);
                }
            } catch (RuntimeException e) {
                out.add(s, noisy, "threw " + e);
            }
        }
        return out.list();
    }

    /**
     * The outcomes the generated facts reach. A generator that never reaches MET or NOT_MET
     * makes the other checks vacuous, so the contract asks for all three.
     */
    public Set<Verdict.Outcome> outcomesReached(C criterion) {
        Set<Verdict.Outcome> seen = EnumSet.noneOf(Verdict.Outcome.class);
        FactGenerator generator = generators.apply(criterion);
        for (int i = 0; i < trials; i++) {
            try {
                seen.add(criterion.evaluate(generator.facts(new Random(seed + i))).outcome());
            } catch (RuntimeException e) {
                // totality's business; here only the outcomes count
            }
        }
        return seen;
    }

    private static Facts reversed(Facts facts) {
        List<Map.Entry<String, FactValue>> entries = new ArrayList<>(facts.values().entrySet());
        Map<String, FactValue> out = new LinkedHashMap<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            out.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return Facts.of(out);
    }

    private static void collectTexts(Node node, Set<String> out) {
        if (node instanceof Node.Text t) {
            out.add(t.value());
        } else if (node instanceof Node.Arr a) {
            a.items().forEach(i -> collectTexts(i, out));
        } else if (node instanceof Node.Obj o) {
            o.fields().values().forEach(v -> collectTexts(v, out));
        }
    }

    /** Collects the first few breaches; past that, more of the same adds nothing. */
    private static final class Breaches {
        private final List<String> found = new ArrayList<>();

        boolean open() {
            return found.size() < MAX_REPORTED;
        }

        void add(String breach) {
            if (open()) {
                found.add(breach);
            }
        }

        void add(long seed, Facts facts, String breach) {
            add("seed " + seed + ", facts " + facts.values() + ": " + breach);
        }

        List<String> list() {
            return List.copyOf(found);
        }
    }
}
