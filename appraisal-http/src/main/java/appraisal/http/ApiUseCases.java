package appraisal.http;

import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.interchange.AgreementCodec;
import appraisal.domain.model.interchange.AssignmentPlanCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.port.in.AccountsUseCase;
import appraisal.domain.port.in.AcknowledgeUseCase;
import appraisal.domain.port.in.AgreementQueries;
import appraisal.domain.port.in.AmendAgreementUseCase;
import appraisal.domain.port.in.BroadcastCascadeUseCase;
import appraisal.domain.port.in.CheckReadinessUseCase;
import appraisal.domain.port.in.CascadeReportUseCase;
import appraisal.domain.port.in.CloseAgreementUseCase;
import appraisal.domain.port.in.DeadlineComplianceUseCase;
import appraisal.domain.port.in.DeriveCascadeUseCase;
import appraisal.domain.port.in.DraftAgreementUseCase;
import appraisal.domain.port.in.EditDraftUseCase;
import appraisal.domain.port.in.EvaluateAgreementUseCase;
import appraisal.domain.port.in.ImportAgreementUseCase;
import appraisal.domain.port.in.EvidenceQueries;
import appraisal.domain.port.in.ImportRubricUseCase;
import appraisal.domain.port.in.IndicatorQueries;
import appraisal.domain.port.in.LintRubricUseCase;
import appraisal.domain.port.in.OpenRoundUseCase;
import appraisal.domain.port.in.OrgQueries;
import appraisal.domain.port.in.RecordResultUseCase;
import appraisal.domain.port.in.RegisterOrgUnitUseCase;
import appraisal.domain.port.in.RegisterPersonUseCase;
import appraisal.domain.port.in.ReopenAgreementUseCase;
import appraisal.domain.port.in.ReviewAgreementUseCase;
import appraisal.domain.port.in.RollUpUseCase;
import appraisal.domain.port.in.RoundQueries;
import appraisal.domain.port.in.ScoreAgreementUseCase;
import appraisal.domain.port.in.ScoreRoundUseCase;
import appraisal.domain.port.in.SetRollUpUseCase;
import appraisal.domain.port.in.SignAgreementUseCase;
import appraisal.domain.port.in.SubmitSelfAssessmentUseCase;
import java.util.Objects;

/**
 * What the HTTP adapter needs from the domain: the use cases (driving ports only) and the
 * interchange codecs, so request and response documents go through the one mapping the CLI uses.
 * The composition root fills it from the wired application.
 */
public record ApiUseCases(
        AccountsUseCase accounts,
        OrgQueries org, RegisterOrgUnitUseCase registerUnit, RegisterPersonUseCase registerPerson,
        RoundQueries rounds, OpenRoundUseCase openRound,
        IndicatorQueries indicators, ImportRubricUseCase importRubric, LintRubricUseCase lintRubric,
        AgreementQueries agreements, DraftAgreementUseCase draft, ImportAgreementUseCase importAgreement, EditDraftUseCase editDraft,
        SignAgreementUseCase sign, AmendAgreementUseCase amend, RecordResultUseCase recordResult, EvidenceQueries evidence,
        SubmitSelfAssessmentUseCase submit,
        EvaluateAgreementUseCase evaluate, AcknowledgeUseCase acknowledge, ReviewAgreementUseCase review,
        CloseAgreementUseCase close, ReopenAgreementUseCase reopen,
        ScoreAgreementUseCase scoreAgreement, ScoreRoundUseCase scoreRound,
        BroadcastCascadeUseCase broadcast, DeriveCascadeUseCase derive, SetRollUpUseCase setRollUp,
        CascadeReportUseCase cascadeReport, RollUpUseCase rollUp, DeadlineComplianceUseCase compliance,
        CheckReadinessUseCase readiness,
        CriterionCodec criteria, RubricCodec rubricCodec, RoundCodec roundCodec, AgreementCodec agreementCodec,
        AssignmentPlanCodec planCodec) {

    public ApiUseCases {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(agreements, "agreements");
    }
}
