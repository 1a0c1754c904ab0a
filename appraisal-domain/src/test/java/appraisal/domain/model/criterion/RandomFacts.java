package appraisal.domain.model.criterion;

import appraisal.domain.model.indicator.FactType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random facts aimed at one criterion: its own fact names, mostly of the type it reads, with
 * numbers on and beside the targets written in it, dates on and beside its deadlines, and the
 * cases it names. The rest is noise a real report can contain: missing facts, wrong types,
 * zero, negative and huge numbers, steps done late, undated or not at all.
 *
 * <p>The expected type of each fact is inferred for built-in kinds; for a plug-in kind, name
 * them with {@link #expecting(String, FactType)}, otherwise every type is equally likely.
 */
public final class RandomFacts implements FactGenerator {

    private static final LocalDate SOME_DAY = LocalDate.of(2022, 10, 1);
    private static final ImmutableList<BigDecimal> ODD_NUMBERS = ImmutableList.of(
            BigDecimal.ZERO, new BigDecimal("-1"), new BigDecimal("-0.01"), new BigDecimal("1E+30"),
            new BigDecimal("-1E+30"), new BigDecimal("999999999999.999"), new BigDecimal("1E-12"));
    private static final ImmutableList<BigDecimal> NUDGES = ImmutableList.of(
            BigDecimal.ZERO, new BigDecimal("0.01"), new BigDecimal("-0.01"), BigDecimal.ONE,
            BigDecimal.ONE.negate(), new BigDecimal("0.5"));

    private final ImmutableList<String> names;
    private final ImmutableMap<String, FactType> expected;
    private final ImmutableList<BigDecimal> landmarks;
    private final ImmutableList<LocalDate> dates;
    private final ImmutableList<String> choices;

    private RandomFacts(List<String> names, Map<String, FactType> expected, List<BigDecimal> landmarks,
            List<LocalDate> dates, List<String> choices) {
        this.names = ImmutableList.copyOf(names);
        this.expected = ImmutableMap.copyOf(expected);
        this.landmarks = ImmutableList.copyOf(landmarks);
        this.dates = ImmutableList.copyOf(dates);
        this.choices = ImmutableList.copyOf(choices);
    }

    /** Facts for {@code criterion}, with landmarks taken from the tree {@code codec} writes for it. */
    public static RandomFacts around(Criterion criterion, CriterionCodec codec) {
        List<BigDecimal> numbers = new ArrayList<>();
        Set<String> texts = new LinkedHashSet<>();
        collect(codec.write(criterion), numbers, texts);
        List<LocalDate> dates = new ArrayList<>();
        for (String t : texts) {
            try {
                dates.add(LocalDate.parse(t));
            } catch (DateTimeParseException notADate) {
                // most texts are names, not dates
            }
        }
        Map<String, FactType> expected = new LinkedHashMap<>();
        inferTypes(criterion, expected);
        List<String> choices = new ArrayList<>(texts);
        choices.add("something else");
        return new RandomFacts(List.copyOf(criterion.factNames()), expected, numbers, dates, choices);
    }

    /** These facts, with {@code fact} mostly reported as a {@code type}. */
    public RandomFacts expecting(String fact, FactType type) {
        Map<String, FactType> more = new LinkedHashMap<>(expected);
        more.put(fact, type);
        return new RandomFacts(names, more, landmarks, dates, choices);
    }

    /** These facts, with more numbers to land on and beside. */
    public RandomFacts withLandmarks(BigDecimal... numbers) {
        List<BigDecimal> more = new ArrayList<>(landmarks);
        more.addAll(List.of(numbers));
        return new RandomFacts(names, expected, more, dates, choices);
    }

    @Override
    public Facts facts(Random random) {
        Map<String, FactValue> out = new LinkedHashMap<>();
        for (String name : names) {
            int roll = random.nextInt(100);
            if (roll < 12) {
                continue; // not reported
            }
            FactType type = expected.get(name);
            if (type == null || roll >= 85) {
                type = FactType.values()[random.nextInt(FactType.values().length)];
            }
            out.put(name, valueOf(type, random));
        }
        return Facts.of(out);
    }

    @Override
    public BigDecimal number(Random random) {
        int roll = random.nextInt(100);
        if (roll < 40 && !landmarks.isEmpty()) {
            return pick(landmarks, random).add(pick(NUDGES, random));
        } else if (roll < 55) {
            return pick(ODD_NUMBERS, random);
        } else if (roll < 70) {
            return BigDecimal.valueOf(random.nextInt(12));
        }
        // a decimal between -100 and 200 with up to three places
        return BigDecimal.valueOf(random.nextInt(300_000) - 100_000, 3).setScale(random.nextInt(4), RoundingMode.DOWN);
    }

    /** A value of any type: what a careless report might hold for any fact. */
    public FactValue anyValue(Random random) {
        return valueOf(FactType.values()[random.nextInt(FactType.values().length)], random);
    }

    private FactValue valueOf(FactType type, Random random) {
        return switch (type) {
            case NUMBER -> FactValue.of(number(random));
            case FLAG -> FactValue.flag(random.nextBoolean());
            case STEP -> completion(random);
            case CHOICE -> new FactValue.Choice(pick(choices, random));
        };
    }

    private FactValue.Completion completion(Random random) {
        int roll = random.nextInt(10);
        if (roll < 3) {
            return FactValue.Completion.notDone();
        } else if (roll < 5) {
            return FactValue.Completion.doneUndated();
        }
        LocalDate near = dates.isEmpty() ? SOME_DAY : pick(dates, random);
        int[] offsets = {0, 0, 1, -1, 2, -30, 30, 400};
        return FactValue.Completion.doneOn(near.plusDays(offsets[random.nextInt(offsets.length)]));
    }

    private static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }

    private static void collect(Node node, List<BigDecimal> numbers, Set<String> texts) {
        if (node instanceof Node.Num n) {
            numbers.add(n.value());
        } else if (node instanceof Node.Text t) {
            texts.add(t.value());
        } else if (node instanceof Node.Arr a) {
            a.items().forEach(i -> collect(i, numbers, texts));
        } else if (node instanceof Node.Obj o) {
            o.fields().values().forEach(v -> collect(v, numbers, texts));
        }
    }

    /** The type each built-in kind reads its fact as; the first reading of a fact wins. */
    private static void inferTypes(Criterion c, Map<String, FactType> out) {
        if (c instanceof Threshold t) {
            out.putIfAbsent(t.fact(), FactType.NUMBER);
        } else if (c instanceof StepDone s) {
            out.putIfAbsent(s.fact(), FactType.STEP);
        } else if (c instanceof Judgement j) {
            out.putIfAbsent(j.fact(), FactType.FLAG);
        } else if (c instanceof Bracket b) {
            out.putIfAbsent(b.fact(), FactType.NUMBER);
            b.thens().forEach(t -> inferTypes(t, out));
        } else if (c instanceof Cases cs) {
            FactValue when = cs.cases().get(0).when();
            out.putIfAbsent(cs.fact(), when instanceof FactValue.Flag ? FactType.FLAG
                    : when instanceof FactValue.Quantity ? FactType.NUMBER : FactType.CHOICE);
            cs.branches().forEach(t -> inferTypes(t, out));
        } else if (c instanceof AllOf a) {
            a.items().forEach(i -> inferTypes(i, out));
        } else if (c instanceof AnyOf a) {
            a.items().forEach(i -> inferTypes(i, out));
        } else if (c instanceof AtLeast a) {
            a.items().forEach(i -> inferTypes(i, out));
        }
    }
}
