package appraisal.http;

import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.interchange.AgreementCodec;
import appraisal.domain.model.interchange.AssignmentPlanCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.port.in.access.SignInUseCase;
import appraisal.domain.port.in.access.TokensUseCase;
import appraisal.domain.port.in.access.UserAccountsUseCase;
import appraisal.domain.port.in.access.VisibilityQueries;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.agreement.AmendAgreementUseCase;
import appraisal.domain.port.in.agreement.EditDraftUseCase;
import appraisal.domain.port.in.agreement.ImportAgreementUseCase;
import appraisal.domain.port.in.cascade.BroadcastCascadeUseCase;
import appraisal.domain.port.in.cascade.CascadeReportUseCase;
import appraisal.domain.port.in.cascade.DeadlineComplianceUseCase;
import appraisal.domain.port.in.cascade.DeriveCascadeUseCase;
import appraisal.domain.port.in.cascade.RollUpUseCase;
import appraisal.domain.port.in.cascade.SetRollUpUseCase;
import appraisal.domain.port.in.evidence.EvidenceQueries;
import appraisal.domain.port.in.lifecycle.AcknowledgeUseCase;
import appraisal.domain.port.in.lifecycle.CloseAgreementUseCase;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementUseCase;
import appraisal.domain.port.in.lifecycle.RecordResultUseCase;
import appraisal.domain.port.in.lifecycle.ReopenAgreementUseCase;
import appraisal.domain.port.in.lifecycle.ReviewAgreementUseCase;
import appraisal.domain.port.in.lifecycle.SignAgreementUseCase;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentUseCase;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.org.RegisterOrgUnitUseCase;
import appraisal.domain.port.in.org.RegisterPersonUseCase;
import appraisal.domain.port.in.round.OpenRoundUseCase;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.domain.port.in.rubric.ImportRubricUseCase;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.domain.port.in.rubric.LintRubricUseCase;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.domain.port.in.scoring.ScoreRoundUseCase;
import appraisal.domain.port.in.store.CheckReadinessUseCase;

/**
 * What the HTTP adapter may do, resource by resource: each record holds the driving ports (and the
 * interchange codecs, the one mapping the CLI uses too) that one part of the API calls, and nothing
 * else, so a reader sees at a glance what a resource may do. The composition root builds them from
 * the wired application.
 */
public record ApiUseCases(Authentication authentication, Health health, Accounts accounts, Org org, Rounds rounds,
                          Indicators indicators, Agreements agreements, Cascades cascades) {

    /** Who calls: a bearer token or a session cookie to a principal, sign-in and sign-out. */
    public record Authentication(SignInUseCase signIn, TokensUseCase tokens, VisibilityQueries visibility) {
    }

    /** {@code /health}, {@code /ready}: whether the store can serve. */
    public record Health(CheckReadinessUseCase readiness) {
    }

    /** Tokens and users; a token's owner is named from the org. */
    public record Accounts(UserAccountsUseCase users, TokensUseCase tokens, OrgQueries org) {
    }

    /** Org units and people. */
    public record Org(OrgQueries org, RegisterOrgUnitUseCase registerUnit, RegisterPersonUseCase registerPerson) {
    }

    /** Rounds, their scores and deadline compliance. */
    public record Rounds(RoundQueries rounds, OpenRoundUseCase openRound, AgreementQueries agreements, ScoreRoundUseCase scoreRound,
                         DeadlineComplianceUseCase compliance, RoundCodec roundCodec) {
    }

    /** Indicators and rubrics. */
    public record Indicators(IndicatorQueries indicators, ImportRubricUseCase importRubric, LintRubricUseCase lintRubric,
                             RubricCodec rubricCodec) {
    }

    /** An agreement from its draft to its closure: drafting, the lifecycle's acts, evidence, its score, roll-up and cascade report. */
    public record Agreements(AgreementQueries agreements, RoundQueries rounds, ImportAgreementUseCase importAgreement, EditDraftUseCase editDraft,
                             SignAgreementUseCase sign, AmendAgreementUseCase amend, RecordResultUseCase recordResult, EvidenceQueries evidence,
                             SubmitSelfAssessmentUseCase submit, EvaluateAgreementUseCase evaluate, AcknowledgeUseCase acknowledge,
                             ReviewAgreementUseCase review, CloseAgreementUseCase close, ReopenAgreementUseCase reopen,
                             ScoreAgreementUseCase scoreAgreement, RollUpUseCase rollUp, SetRollUpUseCase setRollUp,
                             CascadeReportUseCase cascadeReport, CriterionCodec criteria, AgreementCodec agreementCodec) {
    }

    /** Broadcasts, derivations and the report of a unit's cascade. */
    public record Cascades(AgreementQueries agreements, BroadcastCascadeUseCase broadcast, DeriveCascadeUseCase derive,
                           CascadeReportUseCase cascadeReport, AssignmentPlanCodec planCodec) {
    }
}
