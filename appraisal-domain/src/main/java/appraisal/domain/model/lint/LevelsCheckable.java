package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Combination;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code level.judgement-only} (info): nothing in the level is checked by machine; only the
 * evaluator's yes/no decides it. Fine for the quality of a plan, but worth a look when a rubric
 * was imported from text the machine could not read.
 */
final class LevelsCheckable {

    static final String JUDGEMENT_ONLY = "level.judgement-only";

    private LevelsCheckable() {
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        for (RubricLayout.EntryAt entry : layout.entries()) {
            for (int level = 1; level <= Level.COUNT; level++) {
                List<Located> leaves = entry.level(level).filter(LevelsCheckable::isLeaf).toList();
                if (!leaves.isEmpty() && leaves.stream().allMatch(LevelsCheckable::isJudgement)) {
                    out.add(new Finding(Severity.INFO, JUDGEMENT_ONLY, entry.criterionPointer(level),
                            entry.code() + " level " + level + " is decided only by the evaluator's judgement"));
                }
            }
        }
        return out;
    }

    private static boolean isLeaf(Located node) {
        return switch (node.criterion()) {
            case Threshold _ -> true;
            case StepDone _ -> true;
            case Judgement _ -> true;
            case Extension _ -> true;
            case Combination _ -> false;
            case Cases _ -> false;
            case Bracket _ -> false;
        };
    }

    private static boolean isJudgement(Located node) {
        return switch (node.criterion()) {
            case Judgement _ -> true;
            case Threshold _ -> false;
            case StepDone _ -> false;
            case Extension _ -> false;
            case Combination _ -> false;
            case Cases _ -> false;
            case Bracket _ -> false;
        };
    }
}
