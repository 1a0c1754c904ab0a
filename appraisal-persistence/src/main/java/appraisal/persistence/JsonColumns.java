package appraisal.persistence;

import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.interchange.Syntax;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The columns that hold JSON: criteria, indicator versions and scoring schemes, written and read
 * by the domain's own codecs through the interchange module, so the database holds exactly what
 * an exported file would and there is no second mapping to keep in step. Also the audit trail's
 * before/after fields, as a JSON object of texts.
 */
final class JsonColumns {

    private final TreeText text = new TreeText();
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
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> e : TreeCursor.root(tree(json, where)).object().fields().entrySet()) {
            // Read the text node directly: TreeCursor.text() refuses the empty values audit fields may have.
            out.put(e.getKey(), ((Node.Text) e.getValue()).value());
        }
        return ImmutableMap.copyOf(out);
    }

    private Node tree(String json, String where) {
        return text.read(json, Syntax.JSON, where).tree();
    }
}
