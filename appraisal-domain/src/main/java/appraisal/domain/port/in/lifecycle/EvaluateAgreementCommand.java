package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;
import com.google.common.collect.ImmutableMap;

/** Per-item evaluations and the competency assessment. */
public record EvaluateAgreementCommand(AgreementChange change, ImmutableMap<ItemId, ItemEvaluation> items,
                                       CompetencyAssessment competencies) {
    public EvaluateAgreementCommand {
        Require.present(change, "change");
        Require.present(items, "items");
        Require.present(competencies, "competencies");
    }
}
