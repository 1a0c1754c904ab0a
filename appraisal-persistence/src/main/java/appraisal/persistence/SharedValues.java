package appraisal.persistence;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.PersonId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The immutable values a load restores again and again — item ids, people, indicators, weights,
 * offices' and competencies' names — kept once per load and shared by every agreement that holds
 * an equal one. A round's load restores a hundred thousand items from a few hundred distinct
 * values; kept once per row they were much of the live heap the collector copied while the load
 * went on. Only for values with few distinct texts: each is held until the load ends.
 */
final class SharedValues {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, ItemId> items = new HashMap<>();
    private final Map<String, PersonId> people = new HashMap<>();
    private final Map<String, BigDecimal> decimals = new HashMap<>();
    private final Map<IndicatorRef, IndicatorRef> indicators = new HashMap<>();

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
}
