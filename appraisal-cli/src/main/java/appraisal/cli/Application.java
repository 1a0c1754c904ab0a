package appraisal.cli;

import appraisal.documents.DocumentSource;
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
import appraisal.domain.port.in.agreement.CopyAgreementUseCase;
import appraisal.domain.port.in.agreement.DraftAgreementUseCase;
import appraisal.domain.port.in.agreement.EditDraftUseCase;
import appraisal.domain.port.in.agreement.ImportAgreementUseCase;
import appraisal.domain.port.in.agreement.WithdrawDuplicateUseCase;
import appraisal.domain.port.in.cascade.BroadcastCascadeUseCase;
import appraisal.domain.port.in.cascade.CascadeReportUseCase;
import appraisal.domain.port.in.cascade.DeadlineComplianceUseCase;
import appraisal.domain.port.in.cascade.DeriveCascadeUseCase;
import appraisal.domain.port.in.cascade.RollUpUseCase;
import appraisal.domain.port.in.cascade.SetRollUpUseCase;
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
import appraisal.domain.port.in.org.RegisterOrgUnitUseCase;
import appraisal.domain.port.in.org.RegisterPersonUseCase;
import appraisal.domain.port.in.round.OpenRoundUseCase;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.domain.port.in.rubric.ImportRubricUseCase;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.domain.port.in.rubric.LintRubricUseCase;
import appraisal.domain.port.in.rubric.RubricTemplateUseCase;
import appraisal.domain.port.in.scoring.CompetencyQueries;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.domain.port.in.scoring.ScoreRoundUseCase;
import appraisal.domain.port.in.store.BackupUseCase;
import appraisal.domain.port.in.store.CheckReadinessUseCase;
import appraisal.domain.port.in.store.CheckStoreUseCase;
import appraisal.domain.port.in.store.RestoreUseCase;
import appraisal.domain.port.in.task.TaskQueries;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.EvidenceStore;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PasswordHasher;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.SecretSource;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.StoreChanges;
import appraisal.domain.port.out.StoreMaintenance;
import appraisal.domain.port.out.TokenRepository;
import appraisal.domain.port.out.UnitOfWork;
import appraisal.domain.service.AgreementCopyService;
import appraisal.domain.service.AgreementImportService;
import appraisal.domain.service.AgreementService;
import appraisal.domain.service.CascadeReportService;
import appraisal.domain.service.CascadeService;
import appraisal.domain.service.ComplianceService;
import appraisal.domain.service.DuplicateAgreementService;
import appraisal.domain.service.EvidenceService;
import appraisal.domain.service.OrgService;
import appraisal.domain.service.OrgVisibilityService;
import appraisal.domain.service.RoundService;
import appraisal.domain.service.RubricService;
import appraisal.domain.service.ScoringService;
import appraisal.domain.service.SignInService;
import appraisal.domain.service.StoreService;
import appraisal.domain.service.TaskService;
import appraisal.domain.service.TokenService;
import appraisal.domain.service.UserAccountService;
import appraisal.http.security.Pbkdf2PasswordHasher;
import appraisal.http.security.RandomSecrets;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * The use cases wired to one store: what the composition root ({@link Main}) builds. A command
 * sees only the few a record of its own picks out of it ({@code Uses}, through
 * {@link CommandBase#uses}); the server, the records of each resource and page group
 * ({@link ServeCommand#useCases}, {@link ServeCommand#webUseCases}).
 */
public final class Application {

    /** The driven ports of one opened store. */
    public record Ports(RoundRepository rounds, IndicatorRepository indicators, OrgUnitRepository units, PersonRepository people,
                        AgreementRepository agreements, AuditSink audit, UnitOfWork unitOfWork, IdSource ids,
                        StoreMaintenance maintenance, AccountRepository accounts, SessionRepository sessions, TokenRepository tokens,
                        SignInAttempts signInAttempts, StoreChanges changes, EvidenceStore evidence) {
    }

    public final CriterionCodec criteria = CriterionCodec.withInstalledKinds();
    public final RubricCodec rubricCodec = new RubricCodec(criteria);
    public final RoundCodec roundCodec = new RoundCodec();
    public final AgreementCodec agreementCodec = new AgreementCodec(criteria);
    public final AssignmentPlanCodec planCodec = new AssignmentPlanCodec();

    public final LintRubricUseCase lintRubric;
    public final ImportRubricUseCase importRubric;
    public final OpenRoundUseCase openRound;
    public final RegisterOrgUnitUseCase registerUnit;
    public final RegisterPersonUseCase registerPerson;
    public final DraftAgreementUseCase draft;
    public final ImportAgreementUseCase importAgreement;
    public final WithdrawDuplicateUseCase withdrawDuplicate;
    public final EditDraftUseCase editDraft;
    public final SignAgreementUseCase sign;
    public final AmendAgreementUseCase amend;
    public final RecordResultUseCase recordResult;
    public final SubmitSelfAssessmentUseCase submit;
    public final EvaluateAgreementUseCase evaluate;
    public final AcknowledgeUseCase acknowledge;
    public final ReviewAgreementUseCase review;
    public final CloseAgreementUseCase close;
    public final ReopenAgreementUseCase reopen;
    public final AgreementQueries agreements;
    public final EvidenceQueries evidence;
    public final AuthorityQueries authority;
    public final CopyAgreementUseCase copyAgreement;
    public final TaskQueries tasks;
    public final CompetencyQueries competencies;
    public final RubricTemplateUseCase rubricTemplate;
    public final ScoreAgreementUseCase scoreAgreement;
    public final ScoreRoundUseCase scoreRound;
    public final BroadcastCascadeUseCase broadcast;
    public final DeriveCascadeUseCase derive;
    public final SetRollUpUseCase setRollUp;
    public final CascadeReportUseCase cascadeReport;
    public final RollUpUseCase rollUp;
    public final DeadlineComplianceUseCase compliance;
    public final OrgQueries org;
    public final ImportOrgUseCase importOrg;
    public final RoundQueries rounds;
    public final IndicatorQueries indicators;
    public final BackupUseCase backup;
    public final RestoreUseCase restore;
    public final CheckStoreUseCase checkStore;
    public final CheckReadinessUseCase readiness;
    public final UserAccountsUseCase users;
    public final SignInUseCase signIn;
    public final TokensUseCase tokens;
    public final VisibilityQueries visibility;
    /** The printed forms and the round's sheet, read through the use cases above. */
    public final DocumentSource documents;
    /** Where the keys that seal the store's audit trail are kept (a file beside a SQLite store), for people to keep a copy. */
    public final String auditKeyFile;

    private final UnitOfWork unitOfWork;

    /** The use cases with the real password hash (PBKDF2, slow on purpose) and random secrets. */
    public Application(Ports ports, Clock clock) {
        this(ports, clock, new Pbkdf2PasswordHasher(), new RandomSecrets());
    }

    /** The use cases with the given hasher and secrets (tests use fast fakes). */
    public Application(Ports ports, Clock clock, PasswordHasher hasher, SecretSource secrets) {
        this.unitOfWork = ports.unitOfWork();
        RubricService rubrics = new RubricService(rubricCodec, ports.indicators(), ports.audit(), ports.unitOfWork(), clock);
        this.lintRubric = rubrics;
        this.importRubric = rubrics;
        this.indicators = rubrics;
        this.rubricTemplate = rubrics;
        RoundService roundService = new RoundService(ports.rounds(), ports.audit(), ports.unitOfWork(), clock);
        this.openRound = roundService;
        this.rounds = roundService;
        OrgService org = new OrgService(ports.units(), ports.people(), ports.audit(), ports.unitOfWork(), clock);
        this.registerUnit = org;
        this.registerPerson = org;
        this.org = org;
        this.importOrg = org;
        AgreementService agreementService = new AgreementService(ports.agreements(), ports.indicators(), ports.people(),
                ports.units(), ports.rounds(), ports.audit(), ports.unitOfWork(), ports.ids(), clock, ports.evidence());
        this.draft = agreementService;
        this.editDraft = agreementService;
        this.sign = agreementService;
        this.amend = agreementService;
        this.recordResult = agreementService;
        this.submit = agreementService;
        this.evaluate = agreementService;
        this.acknowledge = agreementService;
        this.review = agreementService;
        this.close = agreementService;
        this.reopen = agreementService;
        this.agreements = agreementService;
        this.authority = agreementService;
        this.copyAgreement = new AgreementCopyService(ports.agreements(), ports.indicators(), ports.people(), ports.units(), ports.rounds(),
                ports.audit(), ports.unitOfWork(), ports.ids(), clock);
        this.tasks = new TaskService(ports.agreements(), ports.people(), ports.units(), ports.rounds(), clock);
        this.importAgreement = new AgreementImportService(agreementService, ports.agreements(), ports.indicators(), ports.people(), ports.units(), ports.rounds(),
                ports.audit(), ports.unitOfWork(), clock);
        this.withdrawDuplicate = new DuplicateAgreementService(ports.agreements(), ports.audit(), ports.unitOfWork(), clock);
        this.evidence = new EvidenceService(ports.agreements(), ports.evidence());
        ScoringService scoring = new ScoringService(ports.agreements(), ports.indicators(), ports.people(), ports.rounds());
        this.scoreAgreement = scoring;
        this.scoreRound = scoring;
        this.competencies = scoring;
        CascadeService cascades = new CascadeService(ports.agreements(), ports.indicators(), ports.units(), ports.people(), ports.rounds(),
                ports.audit(), ports.unitOfWork(), ports.ids(), clock);
        this.broadcast = cascades;
        this.derive = cascades;
        this.setRollUp = cascades;
        CascadeReportService reports = new CascadeReportService(ports.agreements(), ports.indicators(), ports.units(), ports.people(),
                ports.rounds());
        this.cascadeReport = reports;
        this.rollUp = reports;
        this.compliance = new ComplianceService(ports.agreements(), ports.units(), ports.people(), ports.rounds(), ports.audit(), clock);
        StoreService store = new StoreService(ports.maintenance(), ports.agreements(), ports.audit(), clock);
        this.backup = store;
        this.restore = store;
        this.checkStore = store;
        this.readiness = store;
        this.users = new UserAccountService(ports.accounts(), ports.sessions(), ports.people(), hasher, ports.audit(),
                ports.unitOfWork(), clock);
        this.signIn = new SignInService(ports.accounts(), ports.sessions(), ports.signInAttempts(), hasher, secrets, ports.audit(),
                ports.unitOfWork(), clock);
        OrgVisibilityService visibility = new OrgVisibilityService(ports.units(), ports.people(), ports.changes());
        this.visibility = visibility;
        this.tokens = new TokenService(ports.tokens(), ports.accounts(), visibility, ports.changes(), secrets, ports.audit(),
                ports.unitOfWork(), ports.ids(), clock);
        this.documents = new DocumentSource(agreements, indicators, org, rounds, scoreAgreement, scoreRound);
        this.auditKeyFile = ports.maintenance().auditSeal().source();
    }

    /**
     * Runs several use cases as one unit of work: one transaction, each use case joining it in a
     * savepoint (as {@link UnitOfWork} nests), committed once at the end — for loading a whole
     * department's round (the national demo, the benchmark) without a commit per step. A failure
     * that escapes {@code work} undoes all of it.
     */
    public <T> T inOneTransaction(Supplier<T> work) {
        return unitOfWork.inTransaction(work);
    }
}
