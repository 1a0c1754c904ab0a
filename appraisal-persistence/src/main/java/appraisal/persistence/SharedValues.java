package appraisal.persistence;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.PersonId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The immutable values a load restores again and again — fact names and values, item ids, people,
 * indicators, weights — kept once per load and shared by every agreement that holds an equal one.
 * A round's load restores half a million facts from a few hundred distinct names and values; kept
 * once per row they were most of the live heap the collector copied while the load went on.
 * Only for values with few distinct texts: each is held until the load ends.
 */
final class SharedValues {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, ItemId> items = new HashMap<>();
    private final Map<String, PersonId> people = new HashMap<>();
    private final Map<String, BigDecimal> decimals = new HashMap<>();
    private final Map<IndicatorRef, IndicatorRef> indicators = new HashMap<>();
    private final Map<String, FactValue> quantities = new HashMap<>();
    private final Map<String, FactValue> steps = new HashMap<>();
    private final Map<String, FactValue> choices = new HashMap<>();

    /** A fresh set for each load, so nothing outlives the load that read it. */
    SharedValues() {
    }

    String name(String text) {
        return text == null ? null : names.computeIfAbsent(text, Function.identity());
    }

    ItemId item(String id) {
        return items.computeIfAbsent(id, ItemId::new);
    }

    PersonId person(String id) {
        return people.computeIfAbsent(id, PersonId::new);
    }

    BigDecimal decimal(String text) {
        return decimals.computeIfAbsent(text, Columns::decimal);
    }

    IndicatorRef indicator(String code, int version) {
        IndicatorRef ref = new IndicatorRef(code, version);
        return indicators.computeIfAbsent(ref, Function.identity());
    }

    FactValue quantity(String text) {
        return quantities.computeIfAbsent(text, t -> new FactValue.Quantity(decimal(t)));
    }

    /** A completed or pending step, done on the date of {@code doneOn} if any. */
    FactValue step(boolean done, String doneOn) {
        return steps.computeIfAbsent(done + "/" + doneOn,
                k -> new FactValue.Completion(done, Optional.ofNullable(Columns.date(doneOn))));
    }

    FactValue choice(String value) {
        return choices.computeIfAbsent(value, FactValue.Choice::new);
    }
}
