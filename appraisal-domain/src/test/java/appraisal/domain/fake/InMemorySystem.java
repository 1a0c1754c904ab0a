package appraisal.domain.fake;

import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.port.out.StoreChanges;
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
import appraisal.domain.service.TaskService;
import appraisal.domain.service.TokenService;
import appraisal.domain.service.UserAccountService;
import java.time.Instant;

/**
 * Every use case wired to in-memory fakes and a settable clock: the rig for use-case tests and for
 * adapter tests that need a domain but not a database.
 */
public final class InMemorySystem {

    public final SettableClock clock = new SettableClock(Instant.parse("2022-04-01T02:00:00Z"));
    public final InMemoryRoundRepository rounds = new InMemoryRoundRepository();
    public final InMemoryIndicatorRepository indicators = new InMemoryIndicatorRepository();
    public final InMemoryOrgUnitRepository units = new InMemoryOrgUnitRepository();
    public final InMemoryPersonRepository people = new InMemoryPersonRepository();
    public final InMemoryAgreementRepository agreementStore = new InMemoryAgreementRepository();
    public final InMemoryAuditSink audit = new InMemoryAuditSink();
    public final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
    public final SequentialIdSource ids = new SequentialIdSource();
    public final InMemoryAccountRepository accountStore = new InMemoryAccountRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemoryTokenRepository tokens = new InMemoryTokenRepository();
    public final InMemorySignInAttempts attempts = new InMemorySignInAttempts();
    public final FastPasswordHasher hasher = new FastPasswordHasher();
    public final SequentialSecrets secrets = new SequentialSecrets();
    public final InMemoryEvidenceStore evidence = new InMemoryEvidenceStore();

    public final RubricService rubrics = new RubricService(new RubricCodec(CriterionCodec.withInstalledKinds()), indicators, audit,
            unitOfWork, clock);
    public final RoundService roundService = new RoundService(rounds, audit, unitOfWork, clock);
    public final OrgService org = new OrgService(units, people, audit, unitOfWork, clock);
    public final AgreementService agreements = new AgreementService(agreementStore, indicators, people, units, rounds, audit, unitOfWork,
            ids, clock, evidence);
    public final AgreementImportService agreementImports = new AgreementImportService(agreements, agreementStore, indicators, people,
            units, rounds, audit, unitOfWork, clock);
    public final DuplicateAgreementService duplicates = new DuplicateAgreementService(agreementStore, audit, unitOfWork, clock);
    public final EvidenceService evidenceFiles = new EvidenceService(agreementStore, evidence);
    public final ScoringService scoring = new ScoringService(agreementStore, indicators, people, rounds);
    public final CascadeService cascades = new CascadeService(agreementStore, indicators, units, people, rounds, audit, unitOfWork,
            ids, clock);
    public final CascadeReportService cascadeReports = new CascadeReportService(agreementStore, indicators, units, people, rounds);
    public final StoreChanges changes =
            () -> new StoreChanges.ChangeCounts(units.changes() + people.changes(), accountStore.changes() + tokens.changes());
    public final UserAccountService users = new UserAccountService(accountStore, sessions, people, hasher, audit, unitOfWork, clock);
    public final SignInService signIn = new SignInService(accountStore, sessions, attempts, hasher, secrets, audit, unitOfWork, clock);
    public final OrgVisibilityService visibility = new OrgVisibilityService(units, people, changes);
    public final TokenService tokenService = new TokenService(tokens, accountStore, visibility, changes, secrets, audit, unitOfWork, ids,
            clock);
    public final AgreementCopyService copies = new AgreementCopyService(agreementStore, indicators, people, units, rounds, audit, unitOfWork,
            ids, clock);
    public final TaskService tasks = new TaskService(agreementStore, people, units, rounds, clock);
    public final ComplianceService compliance = new ComplianceService(agreementStore, units, people, rounds, audit, clock);
}
