package appraisal.persistence;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.interchange.FactsCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The columns that hold JSON: criteria, indicator versions, scoring schemes and sets of facts,
 * written and read by the domain's own codecs through the interchange module, so the database
 * holds exactly what an exported file would and there is no second mapping to keep in step. Also
 * the audit trail's before/after fields, as a JSON object of texts.
 */
final class JsonColumns {

    /** An empty set of facts, as most item evaluations and many agreements have: not parsed. */
    private static final String NO_FACTS = "{}";

    private final TreeText text = new TreeText();
    private final FactsCodec factsCodec = new FactsCodec();
    private final CriterionCodec criteria;
    private final RubricCodec rubrics;
    private final RoundCodec rounds = new RoundCodec();
    private volatile SchemeText lastScheme;

    JsonColumns(CriterionCodec criteria) {
        this.criteria = criteria;
        this.rubrics = new RubricCodec(criteria);
    }

    String criterion(Criterion criterion) {
        return text.writeCompact(criteria.write(criterion));
    }

    Criterion criterion(String json, String where) {
        return criteria.read(TreeCursor.root(tree(json, where)));
    }

    String indicator(Indicator indicator) {
        return text.writeCompact(rubrics.write(indicator));
    }

    Indicator indicator(String json, String where) {
        return rubrics.readIndicator(tree(json, where));
    }

    String scheme(ScoringScheme scheme) {
        return text.writeCompact(rounds.writeScheme(scheme));
    }

    ScoringScheme scheme(String json, String where) {
        // A round is read again and again with the same scheme (every broadcast of a cascade reads it): the same text is the
        // same (immutable) scheme, so the last one read is kept.
        SchemeText last = lastScheme;
        if (last != null && last.json().equals(json)) {
            return last.scheme();
        }
        ScoringScheme read = rounds.readScheme(TreeCursor.root(tree(json, where)));
        lastScheme = new SchemeText(json, read);
        return read;
    }

    /** A scheme and the text it was read from. */
    private record SchemeText(String json, ScoringScheme scheme) {
    }

    String fields(Map<String, String> fields) {
        Node.ObjBuilder obj = Node.obj();
        fields.forEach(obj::put);
        return text.writeCompact(obj.build());
    }

    ImmutableMap<String, String> fields(String json, String where) {
        return ImmutableMap.copyOf(text.readStoredTexts(json, where));
    }

    /** A set of facts as the JSON object the domain's facts codec writes (as in an exported agreement). */
    String facts(Facts facts) {
        return facts.values().isEmpty() ? NO_FACTS : text.writeCompact(factsCodec.write(facts));
    }

    /** A stored set of facts; {@code where} names it in an error (built only then: a round's load reads a hundred thousand). */
    Facts facts(String json, Supplier<String> where) {
        if (json.equals(NO_FACTS)) {
            return Facts.NONE;
        }
        try {
            return factsCodec.read(TreeCursor.root(text.readStoredJson(json, "stored facts")));
        } catch (DomainException e) {
            throw new StoreException(where.get() + " has facts this program cannot read: " + e.getMessage(), e);
        }
    }

    private Node tree(String json, String where) {
        return text.readStoredJson(json, where);
    }
}
