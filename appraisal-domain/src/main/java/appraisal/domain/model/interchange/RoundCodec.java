package appraisal.domain.model.interchange;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.EvidenceQuota;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.model.scoring.CompetencyMethod;
import appraisal.domain.model.scoring.RatingBand;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.scoring.Weights;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.thai.ThaiDigits;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mapping between rounds (with deadlines, scoring scheme and settings) and the interchange
 * tree. Every key of {@code scheme} is optional: what is left out takes the value of
 * {@link ScoringScheme#standard()}; so is every key of {@code settings}, after
 * {@link RoundSettings#standard()}. The evidence quota's bytes are a whole number of bytes or text
 * with a binary unit ({@code "20 MiB"}); they are written as bytes.
 *
 * <pre>
 * fiscal_year: 2565
 * round: 2
 * deadlines: [{kind: agreement, due: 2022-07-31, label: ...}, ...]
 * scheme: {level_floor: 1, weights: {achievement: 70, competency: 30}, probation_weights: {...},
 *          bands: [{name: ดีเด่น, min: 90}, ...], competency_method: gap, gap_points: [3, 2, 1, 0],
 *          expected_core_level: {K1: 1, ...}, expected_management_level: {D1: 1, ...},
 *          score_scale: 4, result_scale: 2, rounding: half-up}
 * settings: {review: required, evidence_quota: {files: 20, bytes: 20971520}}
 * </pre>
 */
public final class RoundCodec {

    private static final Set<String> SCHEME_FIELDS = Set.of("level_floor", "weights", "probation_weights", "bands",
            "competency_method", "gap_points", "expected_core_level", "expected_management_level", "score_scale",
            "result_scale", "rounding");
    /** A size with a binary unit, as people write it: {@code 20 MiB}, {@code ๕๑๒ KiB}. */
    private static final Pattern SIZE = Pattern.compile("\\s*([0-9๐-๙,]+)\\s*(B|KiB|MiB|GiB)\\s*", Pattern.CASE_INSENSITIVE);

    public Round read(Node tree) {
        TreeCursor root = TreeCursor.root(tree).onlyFields(Set.of("fiscal_year", "round", "deadlines", "scheme", "settings"));
        TreeCursor yearAt = root.field("fiscal_year");
        FiscalYear year = yearAt.build(() -> new FiscalYear(yearAt.integer()));
        TreeCursor numberAt = root.field("round");
        List<Deadline> deadlines = new ArrayList<>();
        for (TreeCursor d : root.optionalField("deadlines").map(TreeCursor::list).orElse(List.of())) {
            d.onlyFields(Set.of("kind", "due", "label"));
            deadlines.add(new Deadline(RubricCodec.enumOf(DeadlineKind.class, d.field("kind"), "kind"), d.field("due").date(),
                    d.field("label").text()));
        }
        ScoringScheme scheme = root.optionalField("scheme").map(this::readScheme).orElse(ScoringScheme.standard());
        RoundSettings settings = root.optionalField("settings").map(RoundCodec::settings).orElse(RoundSettings.standard());
        return root.build(() -> {
            int number = numberAt.integer();
            return Round.open(year, number, ImmutableList.copyOf(deadlines), scheme, settings);
        });
    }

    public ScoringScheme readScheme(TreeCursor at) {
        at.onlyFields(SCHEME_FIELDS);
        ScoringScheme d = ScoringScheme.standard();
        return at.build(() -> new ScoringScheme(
                at.optionalField("level_floor").map(TreeCursor::number).orElse(d.levelFloor()),
                at.optionalField("weights").map(RoundCodec::weights).orElse(d.weights()),
                at.optionalField("probation_weights").map(RoundCodec::weights).orElse(d.probationWeights()),
                at.optionalField("bands").map(RoundCodec::bands).orElse(d.bands()),
                at.optionalField("competency_method").map(c -> RubricCodec.enumOf(CompetencyMethod.class, c, "competency_method"))
                        .orElse(d.competencyMethod()),
                at.optionalField("gap_points").map(RoundCodec::integers).orElse(d.gapPoints()),
                at.optionalField("expected_core_level").map(RoundCodec::levels).orElse(d.expectedCoreLevel()),
                at.optionalField("expected_management_level").map(RoundCodec::levels).orElse(d.expectedManagementLevel()),
                at.optionalField("score_scale").map(TreeCursor::integer).orElse(d.scoreScale()),
                at.optionalField("result_scale").map(TreeCursor::integer).orElse(d.resultScale()),
                at.optionalField("rounding").map(c -> RubricCodec.enumOf(RoundingMode.class, c, "rounding")).orElse(d.rounding())));
    }

    public Node.Obj write(Round round) {
        List<Node> deadlines = new ArrayList<>();
        for (Deadline d : round.deadlines()) {
            deadlines.add(Node.obj().put("kind", RubricCodec.name(d.kind())).put("due", d.due().toString()).put("label", d.label()).build());
        }
        return Node.obj()
                .put("fiscal_year", round.fiscalYear().buddhistEra())
                .put("round", round.number())
                .put("deadlines", Node.arr(deadlines))
                .put("scheme", writeScheme(round.scheme()))
                .put("settings", settings(round.settings()))
                .build();
    }

    private static RoundSettings settings(TreeCursor at) {
        at.onlyFields(Set.of("review", "evidence_quota"));
        RoundSettings d = RoundSettings.standard();
        ReviewPolicy review = at.optionalField("review").map(c -> RubricCodec.enumOf(ReviewPolicy.class, c, "review"))
                .orElse(d.review());
        EvidenceQuota quota = at.optionalField("evidence_quota").map(q -> {
            q.onlyFields(Set.of("files", "bytes"));
            int files = q.optionalField("files").map(TreeCursor::integer).orElse(d.evidence().files());
            long bytes = q.optionalField("bytes").map(RoundCodec::bytes).orElse(d.evidence().bytes());
            return q.build(() -> new EvidenceQuota(files, bytes));
        }).orElse(d.evidence());
        return at.build(() -> new RoundSettings(review, quota));
    }

    private static Node settings(RoundSettings s) {
        return Node.obj()
                .put("review", RubricCodec.name(s.review()))
                .put("evidence_quota", Node.obj().put("files", s.evidence().files()).put("bytes", s.evidence().bytes()).build())
                .build();
    }

    /** A whole number of bytes, or a size with a binary unit. */
    private static long bytes(TreeCursor at) {
        if (at.node() instanceof Node.Text t) {
            Matcher m = SIZE.matcher(t.value());
            if (m.matches()) {
                long shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "kib" -> 10;
                    case "mib" -> 20;
                    case "gib" -> 30;
                    default -> 0;
                };
                return wholeBytes(at, ThaiDigits.parseDecimal(m.group(1)).multiply(BigDecimal.valueOf(1L << shift)));
            }
        }
        BigDecimal n;
        try {
            n = at.number();
        } catch (DomainException e) {
            throw at.error("round.bad-evidence-bytes", "expected a whole number of bytes or a size with a unit B, KiB, MiB or GiB "
                    + "(such as '20 MiB')");
        }
        return wholeBytes(at, n);
    }

    private static long wholeBytes(TreeCursor at, BigDecimal n) {
        try {
            return n.longValueExact();
        } catch (ArithmeticException e) {
            throw at.error("round.bad-evidence-bytes", "expected a whole number of bytes (or a size such as '20 MiB'), got " + n);
        }
    }

    public Node.Obj writeScheme(ScoringScheme s) {
        List<Node> bands = new ArrayList<>();
        s.bands().forEach(b -> bands.add(Node.obj().put("name", b.name()).put("min", b.minimum()).build()));
        List<Node> points = new ArrayList<>();
        s.gapPoints().forEach(p -> points.add(Node.num(p)));
        return Node.obj()
                .put("level_floor", s.levelFloor())
                .put("weights", weights(s.weights()))
                .put("probation_weights", weights(s.probationWeights()))
                .put("bands", Node.arr(bands))
                .put("competency_method", RubricCodec.name(s.competencyMethod()))
                .put("gap_points", Node.arr(points))
                .put("expected_core_level", levels(s.expectedCoreLevel()))
                .put("expected_management_level", levels(s.expectedManagementLevel()))
                .put("score_scale", s.scoreScale())
                .put("result_scale", s.resultScale())
                .put("rounding", RubricCodec.name(s.rounding()))
                .build();
    }

    private static Weights weights(TreeCursor at) {
        at.onlyFields(Set.of("achievement", "competency", "other"));
        return at.build(() -> new Weights(at.field("achievement").number(), at.field("competency").number(),
                at.optionalField("other").map(TreeCursor::number).orElse(BigDecimal.ZERO)));
    }

    private static Node weights(Weights w) {
        Node.ObjBuilder o = Node.obj().put("achievement", w.achievement()).put("competency", w.competency());
        if (w.other().signum() != 0) {
            o.put("other", w.other());
        }
        return o.build();
    }

    private static ImmutableList<RatingBand> bands(TreeCursor at) {
        List<RatingBand> out = new ArrayList<>();
        for (TreeCursor b : at.list()) {
            b.onlyFields(Set.of("name", "min"));
            out.add(new RatingBand(b.field("name").text(), b.field("min").number()));
        }
        return ImmutableList.copyOf(out);
    }

    private static ImmutableList<Integer> integers(TreeCursor at) {
        List<Integer> out = new ArrayList<>();
        for (TreeCursor c : at.list()) {
            out.add(c.integer());
        }
        return ImmutableList.copyOf(out);
    }

    private static ImmutableMap<PositionLevel, Integer> levels(TreeCursor at) {
        Map<PositionLevel, Integer> out = new EnumMap<>(PositionLevel.class);
        for (String key : at.object().fields().keySet()) {
            PositionLevel level;
            try {
                level = PositionLevel.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw at.field(key).error("round.bad-position-level", "'" + key + "' is not a position level (O1..O4, K1..K5, D1, D2, M1, M2)");
            }
            out.put(level, at.field(key).integer());
        }
        return ImmutableMap.copyOf(out);
    }

    private static Node levels(Map<PositionLevel, Integer> levels) {
        Node.ObjBuilder o = Node.obj();
        levels.forEach((k, v) -> o.put(k.name(), v.longValue()));
        return o.build();
    }

}
