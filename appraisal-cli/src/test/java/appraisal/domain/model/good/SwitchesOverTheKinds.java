package appraisal.domain.model.good;

import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Combination;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;

/** The way rule 10 wants it: an exhaustive switch, which does not compile when a kind is added and not handled here. */
public final class SwitchesOverTheKinds {

    public boolean isLeaf(Object value) {
        // a test for the family as a whole asks nothing about kinds
        return value instanceof Criterion c && switch (c) {
            case Threshold _ -> true;
            case StepDone _ -> true;
            case Judgement _ -> true;
            case Extension _ -> true;
            case Combination _ -> false;
            case Cases _ -> false;
            case Bracket _ -> false;
        };
    }
}
