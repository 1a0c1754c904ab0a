package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.bad.ReadsTheWallClock;
import appraisal.domain.model.bad.StampsTheTime;
import appraisal.domain.model.bad.WritesAFile;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.good.TakesTheTimeFromAClock;
import appraisal.domain.port.in.bad.SignAgreementCommand;
import appraisal.domain.port.in.bad.SignAgreementUseCase;
import appraisal.domain.port.out.bad.AgreementStore;
import appraisal.http.bad.QueriesTheDatabase;
import appraisal.http.bad.ReachesARepository;
import appraisal.persistence.good.ImplementsARepository;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules catch what they are meant to catch: each is run against a small
 * deliberately-bad class from this module's test sources, imported on its own, and against a
 * good twin. A rule that passes on everything would pass here too, and fail this test.
 */
class ArchitectureRulesBiteTest {

    /**
     * One real class of each layer that must not be empty, added to every import so the layer
     * rule judges the classes under test rather than failing on a layer the small import left out.
     */
    private static final List<Class<?>> EVERY_REQUIRED_LAYER = List.of(appraisal.domain.model.criterion.Facts.class,
            appraisal.domain.port.in.SignAgreementUseCase.class, appraisal.domain.port.out.UnitOfWork.class,
            appraisal.domain.service.RoundService.class, appraisal.interchange.Syntax.class, appraisal.persistence.Dialect.class,
            appraisal.documents.FormText.class, appraisal.http.Access.class, appraisal.http.security.Pbkdf2PasswordHasher.class, appraisal.web.WebPages.class,
            appraisal.cli.ExitCode.class);

    private static EvaluationResult check(ArchRule rule, Class<?>... classes) {
        List<Class<?>> all = new ArrayList<>(List.of(classes));
        if (rule == ArchitectureTest.LAYERS_ARE_RESPECTED) {
            all.addAll(EVERY_REQUIRED_LAYER);
        }
        return rule.evaluate(new ClassFileImporter().importClasses(all));
    }

    private static String report(EvaluationResult result) {
        return String.join("\n", result.getFailureReport().getDetails());
    }

    @Test
    void domainCodeDoingFileIoBreaksTheDomainDependencyRule() {
        EvaluationResult result = check(ArchitectureTest.DOMAIN_DEPENDS_ONLY_ON_ITSELF_THE_JDK_CORE_AND_GUAVA, WritesAFile.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result)).contains("java.nio.file.Files").contains("java.io.UncheckedIOException");
    }

    @Test
    void domainCodeUsingAClockAndGuavaPassesTheDomainDependencyRule() {
        assertThat(check(ArchitectureTest.DOMAIN_DEPENDS_ONLY_ON_ITSELF_THE_JDK_CORE_AND_GUAVA,
                TakesTheTimeFromAClock.class, Facts.class).hasViolation()).isFalse();
    }

    @Test
    void sqlInTheHttpAdapterBreaksTheDatabaseRule() {
        EvaluationResult result = check(ArchitectureTest.DATABASE_LIBRARIES_ONLY_IN_PERSISTENCE, QueriesTheDatabase.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result)).contains("appraisal.http.bad.QueriesTheDatabase").contains("java.sql.Connection");
    }

    @Test
    void theSameSqlInThePersistenceAdapterIsAllowed() {
        assertThat(check(ArchitectureTest.DATABASE_LIBRARIES_ONLY_IN_PERSISTENCE,
                appraisal.persistence.good.QueriesTheDatabase.class, Facts.class).hasViolation()).isFalse();
    }

    @Test
    void readingTheSystemClockInTheDomainBreaksTheNoNowRuleCallsAndMethodReferencesAlike() {
        EvaluationResult result = check(ArchitectureTest.DOMAIN_NEVER_READS_THE_SYSTEM_CLOCK, ReadsTheWallClock.class, StampsTheTime.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result))
                .contains("java.time.Instant.now()")
                .contains("java.time.LocalDate.now()")
                .contains("java.lang.System.currentTimeMillis()");
    }

    @Test
    void takingTheTimeFromAClockPassedInIsAllowed() {
        assertThat(check(ArchitectureTest.DOMAIN_NEVER_READS_THE_SYSTEM_CLOCK, TakesTheTimeFromAClock.class).hasViolation()).isFalse();
    }

    @Test
    void portsAndCommandsOfTheWrongShapeBreakTheirRules() {
        assertThat(report(check(ArchitectureTest.PORT_OUT_TYPES_ARE_INTERFACES, AgreementStore.class)))
                .contains("AgreementStore is not an interface");
        assertThat(report(check(ArchitectureTest.USE_CASES_ARE_INTERFACES_IN_PORT_IN, SignAgreementUseCase.class)))
                .contains("SignAgreementUseCase is not an interface in appraisal.domain.port.in");
        assertThat(report(check(ArchitectureTest.COMMANDS_OF_USE_CASES_ARE_RECORDS, SignAgreementCommand.class)))
                .contains("SignAgreementCommand is not a record");
    }

    @Test
    void theHttpAdapterHoldingADrivenPortBreaksTheLayers() {
        EvaluationResult result = check(ArchitectureTest.LAYERS_ARE_RESPECTED,
                ReachesARepository.class, AgreementStore.class, Facts.class);

        assertThat(result.getFailureReport().getDetails()).as(report(result)).isNotEmpty().allSatisfy(violation -> assertThat(violation)
                .contains("<appraisal.http.bad.ReachesARepository").contains("<appraisal.domain.port.out.bad.AgreementStore>"));
    }

    @Test
    void thePersistenceAdapterImplementingADrivenPortRespectsTheLayers() {
        assertThat(check(ArchitectureTest.LAYERS_ARE_RESPECTED,
                ImplementsARepository.class, AgreementStore.class, Facts.class).hasViolation()).isFalse();
    }

    @Test
    void aDomainClassBuiltInAnotherModuleBreaksTheModuleRule() {
        // ReadsTheWallClock is in appraisal.domain but compiled into appraisal-cli's test classes
        assertThat(report(check(ArchitectureTest.EACH_MODULE_HOLDS_ONLY_ITS_OWN_ROOT_PACKAGE, ReadsTheWallClock.class)))
                .contains("belongs in appraisal-domain but comes from appraisal-cli");
        assertThat(check(ArchitectureTest.EACH_MODULE_HOLDS_ONLY_ITS_OWN_ROOT_PACKAGE, Facts.class).hasViolation()).isFalse();
    }

    /** The known pitfall: an import that silently misses the domain, or takes in its test-jar. */
    @Test
    void theRulesSeeTheDomainsMainClassesButNotItsTestKit() throws ReflectiveOperationException {
        List<ImportOption> options = new ArrayList<>();
        for (Class<? extends ImportOption> option : ArchitectureTest.class.getAnnotation(AnalyzeClasses.class).importOptions()) {
            options.add(option.getDeclaredConstructor().newInstance());
        }
        JavaClasses imported = new ClassFileImporter().withImportOptions(options).importPackages("appraisal");

        assertThat(imported.contain("appraisal.domain.model.criterion.Criterion")).isTrue();
        assertThat(imported.contain("appraisal.domain.model.criterion.CriterionContract")).isFalse();
        assertThat(imported.contain("appraisal.domain.model.criterion.example.ShareOfTarget")).isFalse();
        assertThat(imported.contain(ReadsTheWallClock.class.getName())).isFalse();
    }
}
