package appraisal.web;

import appraisal.documents.DocumentSource;
import appraisal.documents.RoundSheet;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.port.in.access.TokensUseCase;
import appraisal.domain.port.in.access.UserAccountsUseCase;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.agreement.CopyAgreementUseCase;
import appraisal.domain.port.in.agreement.EditDraftUseCase;
import appraisal.domain.port.in.cascade.BroadcastCascadeUseCase;
import appraisal.domain.port.in.cascade.DeadlineComplianceUseCase;
import appraisal.domain.port.in.cascade.DeriveCascadeUseCase;
import appraisal.domain.port.in.evidence.EvidenceQueries;
import appraisal.domain.port.in.lifecycle.AcknowledgeUseCase;
import appraisal.domain.port.in.lifecycle.AuthorityQueries;
import appraisal.domain.port.in.lifecycle.CloseAgreementUseCase;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementUseCase;
import appraisal.domain.port.in.lifecycle.RecordResultUseCase;
import appraisal.domain.port.in.lifecycle.ReopenAgreementUseCase;
import appraisal.domain.port.in.lifecycle.ReviewAgreementUseCase;
import appraisal.domain.port.in.lifecycle.SignAgreementUseCase;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentUseCase;
import appraisal.domain.port.in.org.ImportOrgUseCase;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.round.OpenRoundUseCase;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.domain.port.in.rubric.ImportRubricUseCase;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.domain.port.in.rubric.LintRubricUseCase;
import appraisal.domain.port.in.rubric.RubricTemplateUseCase;
import appraisal.domain.port.in.scoring.CompetencyQueries;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.domain.port.in.scoring.ScoreRoundUseCase;
import appraisal.domain.port.in.task.TaskQueries;
import appraisal.http.ApiUseCases;
import java.util.function.Function;

/**
 * What the pages may do, page group by page group: the API's use cases (the pages are served beside
 * the API, by its server and sign-in), and for each group of pages the driving ports it calls, so a
 * page and the API act through the same ports, evidence files included. The composition root builds
 * them from the wired application.
 */
public record WebUseCases(ApiUseCases api, Reads reads, Agreements agreements, Lifecycle lifecycle, Drafts drafts, Cascades cascades, Team team, Tasks tasks,
                          Offices offices, Admin admin) {

    /** What several pages read: a person, their unit, the rounds, an agreement and its score. */
    public record Reads(OrgQueries org, RoundQueries rounds, AgreementQueries agreements, ScoreAgreementUseCase scoreAgreement) {
    }

    /**
     * An agreement's pages: its view and printed forms ({@code documents}: one form model, printed as
     * HTML and as PDF), evidence files, {@code authority} (which acts the viewer may do now: the
     * buttons shown), {@code competencies} (what an evaluation assesses), {@code copyAgreement} (last
     * round's agreement as a new draft).
     */
    public record Agreements(AgreementQueries agreements, IndicatorQueries indicators, OrgQueries org, AuthorityQueries authority,
                             EvidenceQueries evidence, ScoreAgreementUseCase scoreAgreement, CompetencyQueries competencies,
                             CopyAgreementUseCase copyAgreement, DocumentSource documents) {
    }

    /** The forms that change an agreement, an act of the lifecycle each; {@code org} finds a refusal's witness. */
    public record Lifecycle(AgreementQueries agreements, IndicatorQueries indicators, OrgQueries org, SignAgreementUseCase sign,
                            RecordResultUseCase recordResult, SubmitSelfAssessmentUseCase submit, EvaluateAgreementUseCase evaluate,
                            AcknowledgeUseCase acknowledge, ReviewAgreementUseCase review, CloseAgreementUseCase close,
                            ReopenAgreementUseCase reopen) {
    }

    /** A draft's editing page. */
    public record Drafts(AgreementQueries agreements, IndicatorQueries indicators, EditDraftUseCase editDraft) {
    }

    /** The cascade's broadcast: a rubric section as a template ({@code rubricTemplate}), edited and sent to the offices' heads. */
    public record Cascades(AgreementQueries agreements, RoundQueries rounds, OrgQueries org, IndicatorQueries indicators,
                           BroadcastCascadeUseCase broadcast, RubricTemplateUseCase rubricTemplate) {
    }

    /** An office head's team: their staff's agreements, derived from the head's own. */
    public record Team(AgreementQueries agreements, OrgQueries org, IndicatorQueries indicators, DeriveCascadeUseCase derive) {
    }

    /** The queues of what is waiting for the viewer. */
    public record Tasks(TaskQueries tasks) {
    }

    /**
     * An office's round: scores, compliance, the round's sheet and a rubric's lint. {@code sheetCsv} is
     * the command line's one CSV writing of the round's sheet (text with the byte order mark and CRLF
     * lines), so the page's CSV download is the same file as {@code round sheet --out x.csv}.
     */
    public record Offices(AgreementQueries agreements, RoundQueries rounds, OrgQueries org, IndicatorQueries indicators,
                          ScoreRoundUseCase scoreRound, DeadlineComplianceUseCase compliance, LintRubricUseCase lintRubric,
                          CriterionCodec criteria, DocumentSource documents, Function<RoundSheet, String> sheetCsv) {
    }

    /** The administrator's pages: users, rounds, rubrics, and the units and people files ({@code importOrg}: the API has no such route). */
    public record Admin(UserAccountsUseCase users, TokensUseCase tokens, RoundQueries rounds, OpenRoundUseCase openRound, RoundCodec roundCodec,
                        ImportRubricUseCase importRubric, ImportOrgUseCase importOrg) {
    }
}
