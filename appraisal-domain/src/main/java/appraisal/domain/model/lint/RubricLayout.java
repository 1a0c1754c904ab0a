package appraisal.domain.model.lint;

import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.round.Round;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A rubric as the checks see it: every entry and every criterion node located by its JSON pointer,
 * plus the round the rubric is linted against, when the caller gave one.
 */
record RubricLayout(Rubric rubric, ImmutableList<EntryAt> entries, Optional<Round> round) {

    /** One rubric entry at its position in the tree ({@code /indicators/3}), with its located criteria. */
    record EntryAt(RubricEntry entry, String pointer, ImmutableList<Located> nodes) {

        Indicator indicator() {
            return entry.indicator();
        }

        String code() {
            return entry.indicator().ref().code();
        }

        String criterionPointer(int level) {
            return pointer + "/levels/" + (level - 1) + "/criterion";
        }

        /** The located nodes of one level. */
        Stream<Located> level(int number) {
            return nodes.stream().filter(n -> n.level() == number);
        }
    }

    /** Lays out {@code rubric}; {@code entryPointers} gives each entry's pointer, in order. */
    static RubricLayout of(Rubric rubric, List<String> entryPointers, Optional<Round> round) {
        List<EntryAt> entries = new ArrayList<>();
        for (int i = 0; i < rubric.entries().size(); i++) {
            RubricEntry entry = rubric.entries().get(i);
            String pointer = entryPointers.get(i);
            ImmutableList.Builder<Located> nodes = ImmutableList.builder();
            for (Level level : entry.indicator().levels()) {
                nodes.addAll(Located.walk(level, pointer + "/levels/" + (level.number() - 1)));
            }
            entries.add(new EntryAt(entry, pointer, nodes.build()));
        }
        return new RubricLayout(rubric, ImmutableList.copyOf(entries), round);
    }
}
