package appraisal.domain.model.scoring;

import appraisal.domain.model.criterion.Verdict;

/** The verdict of one level's criterion, so people can see why an item scored what it did. */
public record LevelCheck(int level, Verdict verdict) {
}
