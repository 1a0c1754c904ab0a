package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.bad.ReadsTheEnvironment;
import appraisal.domain.model.bad.ReadsTheWallClock;
import appraisal.domain.model.bad.StampsTheTime;
import appraisal.domain.model.bad.StartsAProcess;
import appraisal.domain.model.bad.TellsKindsApartWithInstanceof;
import appraisal.domain.model.bad.WorksInTheBackground;
import appraisal.domain.model.bad.WritesAFile;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.good.SwitchesOverTheKinds;
import appraisal.domain.model.good.TakesTheTimeFromAClock;
import appraisal.domain.port.in.bad.SignAgreementCommand;
import appraisal.domain.port.in.bad.SignAgreementUseCase;
import appraisal.domain.port.out.bad.AgreementStore;
import appraisal.http.bad.QueriesTheDatabase;
import appraisal.http.bad.ReachesARepository;
import appraisal.persistence.good.ImplementsARepository;
import appraisal.web.bad.PageAssembly;
import appraisal.web.bad.parts.Header;
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
            appraisal.domain.port.in.lifecycle.SignAgreementUseCase.class, appraisal.domain.port.out.UnitOfWork.class,
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
    void processesTheEnvironmentThreadsAndLogsInTheDomainPassTheDependencyRuleButBreakTheIoRule() {
        Class<?>[] bad = {StartsAProcess.class, ReadsTheEnvironment.class, WorksInTheBackground.class};
        // all in packages the dependency rule allows (java.lang, java.util): why the I/O rule names them
        assertThat(check(ArchitectureTest.DOMAIN_DEPENDS_ONLY_ON_ITSELF_THE_JDK_CORE_AND_GUAVA, bad).hasViolation()).isFalse();

        EvaluationResult result = check(ArchitectureTest.DOMAIN_DOES_NO_IO_STARTS_NO_THREADS_AND_READS_NOTHING_OF_THE_MACHINE, bad);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result))
                .contains("java.lang.ProcessBuilder")
                .contains("java.lang.Runtime.getRuntime()")
                .contains("java.lang.System.getenv(java.lang.String)")
                .contains("java.lang.System.getProperty(java.lang.String, java.lang.String)")
                .contains("java.lang.Thread.<init>")
                .contains("java.util.List.parallelStream()")
                .contains("java.util.logging.Logger");
    }

    @Test
    void fileIoInTheDomainBreaksTheIoRuleToo() {
        assertThat(report(check(ArchitectureTest.DOMAIN_DOES_NO_IO_STARTS_NO_THREADS_AND_READS_NOTHING_OF_THE_MACHINE, WritesAFile.class)))
                .contains("java.nio.file.Files").contains("java.io.UncheckedIOException");
    }

    @Test
    void domainCodeUsingAClockGuavaAndTheCriteriaPassesTheIoRule() {
        assertThat(check(ArchitectureTest.DOMAIN_DOES_NO_IO_STARTS_NO_THREADS_AND_READS_NOTHING_OF_THE_MACHINE,
                TakesTheTimeFromAClock.class, Facts.class, SwitchesOverTheKinds.class).hasViolation()).isFalse();
    }

    @Test
    void anInstanceofChainOverCriterionKindsBreaksTheSwitchRule() {
        EvaluationResult result = check(ArchitectureTest.CRITERION_KINDS_ARE_TOLD_APART_ONLY_BY_EXHAUSTIVE_SWITCHES,
                TellsKindsApartWithInstanceof.class);

        assertThat(result.getFailureReport().getDetails()).as(report(result)).hasSize(2);
        assertThat(report(result))
                .contains("TellsKindsApartWithInstanceof.depth(appraisal.domain.model.criterion.Criterion) tests instanceof Threshold")
                .contains("tests instanceof AllOf");
    }

    @Test
    void anExhaustiveSwitchOverTheKindsAndATestForTheWholeFamilyPassTheSwitchRule() {
        assertThat(check(ArchitectureTest.CRITERION_KINDS_ARE_TOLD_APART_ONLY_BY_EXHAUSTIVE_SWITCHES,
                SwitchesOverTheKinds.class).hasViolation()).isFalse();
    }

    @Test
    void theSwitchRuleKnowsEveryKindOfTheSealedFamily() {
        // the permitted kinds, and the kinds of a sealed kind (a combination's all-of, any-of and at-least)
        assertThat(ArchitectureTest.kindsOf(Criterion.class)).contains("appraisal.domain.model.criterion.Threshold",
                "appraisal.domain.model.criterion.Extension", "appraisal.domain.model.criterion.Combination",
                "appraisal.domain.model.criterion.AllOf", "appraisal.domain.model.criterion.AnyOf", "appraisal.domain.model.criterion.AtLeast");
    }

    @Test
    void twoPackagesOfOneModuleUsingEachOtherBreakTheCycleRule() {
        EvaluationResult result = check(ArchitectureTest.PACKAGES_ARE_FREE_OF_CYCLES, PageAssembly.class, Header.class);

        assertThat(result.hasViolation()).isTrue();
        assertThat(report(result)).contains("web.bad").contains("web.bad.parts");
        assertThat(check(ArchitectureTest.PACKAGES_ARE_FREE_OF_CYCLES, Header.class).hasViolation()).isFalse();
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
