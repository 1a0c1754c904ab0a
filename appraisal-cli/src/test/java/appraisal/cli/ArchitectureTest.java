package appraisal.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole-system rules of the layering, checked here because this module sees every class.
 *
 * <p>Imported without tests ({@link ImportOption.DoNotIncludeTests}) but <em>with</em> jars:
 * under {@code mvn verify} the sibling modules arrive as jars and must be checked too. The
 * domain's test-jar (the criterion test kit, fakes, fixtures) is on this class path and is not a
 * test directory, so {@link SharedTestFixturesExcluded} leaves it out explicitly.
 *
 * <p>ArchUnit's {@code failOnEmptyShould} stays on: a rule whose {@code that()} matches nothing
 * fails. Rules about packages that are still empty (ports, services, adapters) are therefore
 * written over classes that exist, or mark those layers optional, as noted at each rule.
 */
@AnalyzeClasses(packages = "appraisal",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.SharedTestFixturesExcluded.class})
public class ArchitectureTest {

    /** Leaves out test classes that arrive as a test-jar or as another module's test-classes. */
    public static final class SharedTestFixturesExcluded implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

    // 1 ---------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_ITSELF_THE_JDK_CORE_AND_GUAVA = classes()
            .that().resideInAPackage("appraisal.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "appraisal.domain..", "java.lang", "java.util..", "java.time..", "java.math..", "com.google.common..")
            .because("the domain is plain Java: no I/O, SQL, network, frameworks or logging");

    // 2 ---------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule MODEL_DOES_NOT_DEPEND_ON_PORTS_OR_SERVICES = noClasses()
            .that().resideInAPackage("appraisal.domain.model..")
            .should().dependOnClassesThat().resideInAnyPackage("appraisal.domain.port..", "appraisal.domain.service..")
            .because("use cases and ports are built on the model, never the other way round");

    // 3 ---------------------------------------------------------------------------------------
    // Written over every domain class (never empty) with the condition applying to those in the
    // ports, so the rules hold now and bite as soon as a port appears. A port package under
    // another name would escape them, but not rule 4: every class must belong to a layer.

    @ArchTest
    static final ArchRule PORT_OUT_TYPES_ARE_INTERFACES = classes()
            .that().resideInAPackage("appraisal.domain..").and().areTopLevelClasses()
            .should(beWhen(resideInAPackage("appraisal.domain.port.out.."), "an interface", JavaClass::isInterface))
            .because("driven ports are implemented by adapters; their data types belong to the model");

    @ArchTest
    static final ArchRule USE_CASES_ARE_INTERFACES_IN_PORT_IN = classes()
            .that().resideInAPackage("appraisal..")
            .should(beWhen(simpleNameEndingWith("UseCase"), "an interface in appraisal.domain.port.in",
                    c -> c.isInterface() && c.getPackageName().startsWith("appraisal.domain.port.in")))
            .because("adapters call use cases through port.in; implementations live in service");

    // Only in the domain: the cli's picocli command classes are named *Command too.
    @ArchTest
    static final ArchRule COMMANDS_OF_USE_CASES_ARE_RECORDS = classes()
            .that().resideInAPackage("appraisal.domain..")
            .should(beWhen(simpleNameEndingWith("Command"), "a record", JavaClass::isRecord))
            .because("a command is an immutable value that validates itself");

    // 4 ---------------------------------------------------------------------------------------
    // Adapters reach the domain through port.in, and may also use model types: to build the
    // values a command carries and to read the results a use case returns (DomainException
    // included). Persistence implements port.out, and so do the crypto adapters in appraisal.http.security. Only cli, the composition root, sees services,
    // adapters and port.out together. Every class in `appraisal` must belong to one layer.

    @ArchTest
    static final ArchRule LAYERS_ARE_RESPECTED = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("appraisal.domain.model..")
            .layer("PortIn").definedBy("appraisal.domain.port.in..")
            .layer("PortOut").definedBy("appraisal.domain.port.out..")
            .layer("Services").definedBy("appraisal.domain.service..")
            .layer("Interchange").definedBy("appraisal.interchange..")
            .layer("Persistence").definedBy("appraisal.persistence..")
            // the printed forms and the round's sheet: an adapter beside http, which will print the same forms
            .layer("Documents").definedBy("appraisal.documents..")
            .layer("Http").definedBy(resideInAPackage("appraisal.http..").and(not(resideInAPackage("appraisal.http.security.."))))
            // the crypto adapters of the access ports (PasswordHasher, SecretSource): the one part of http that implements port.out
            .layer("HttpSecurity").definedBy("appraisal.http.security..")
            // the web page: an adapter beside http, served by its server through the Pages seam
            .layer("Web").definedBy("appraisal.web..")
            .layer("Cli").definedBy("appraisal.cli..")
            // interchange writes a use case's result too (the cascade report), once for the CLI and the API
            .whereLayer("PortIn").mayOnlyBeAccessedByLayers("Services", "Interchange", "Documents", "Http", "Web", "Cli")
            .whereLayer("PortOut").mayOnlyBeAccessedByLayers("Services", "Persistence", "HttpSecurity", "Cli")
            .whereLayer("Services").mayOnlyBeAccessedByLayers("Cli")
            // the one text mapping of the interchange format, shared by the adapters
            .whereLayer("Interchange").mayOnlyBeAccessedByLayers("Persistence", "Documents", "Http", "Web", "Cli")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Documents").mayOnlyBeAccessedByLayers("Http", "Web", "Cli")
            .whereLayer("Http").mayOnlyBeAccessedByLayers("Web", "Cli")
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("HttpSecurity").mayOnlyBeAccessedByLayers("Http", "Cli")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .ensureAllClassesAreContainedInArchitecture();

    // 5 ---------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule DATABASE_LIBRARIES_ONLY_IN_PERSISTENCE = noClasses()
            .that().resideInAPackage("appraisal..").and().resideOutsideOfPackage("appraisal.persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jdbi..", "org.sqlite..", "java.sql..", "javax.sql..", "org.flywaydb..", "org.postgresql..", "io.zonky..")
            .because("the database is the persistence adapter's business");

    @ArchTest
    static final ArchRule WEB_LIBRARIES_ONLY_IN_HTTP = noClasses()
            .that().resideInAPackage("appraisal..").and().resideOutsideOfPackages("appraisal.http..", "appraisal.web..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
            .because("the web server is the business of the http adapter and the web page it serves; cli starts it through them");

    @ArchTest
    static final ArchRule TEMPLATES_ONLY_IN_WEB = noClasses()
            .that().resideInAPackage("appraisal..").and().resideOutsideOfPackage("appraisal.web..")
            .should().dependOnClassesThat().resideInAPackage("gg.jte..")
            .because("the page templates are the web page's business");

    @ArchTest
    static final ArchRule DOCUMENT_LIBRARIES_ONLY_IN_DOCUMENTS = noClasses()
            .that().resideInAPackage("appraisal..").and().resideOutsideOfPackage("appraisal.documents..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..", "org.dhatim..")
            .because("PDF and spreadsheet writing is the documents adapter's business");

    @ArchTest
    static final ArchRule PICOCLI_ONLY_IN_CLI = noClasses()
            .that().resideInAPackage("appraisal..").and().resideOutsideOfPackage("appraisal.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line is the cli adapter's business");

    // 6 ---------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule MODULES_ARE_FREE_OF_CYCLES = slices().matching("appraisal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule MODEL_PACKAGES_ARE_FREE_OF_CYCLES =
            slices().matching("appraisal.domain.model.(*)..").should().beFreeOfCycles();

    // 7 ---------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule EACH_MODULE_HOLDS_ONLY_ITS_OWN_ROOT_PACKAGE = classes()
            .that().resideInAPackage("appraisal..")
            .should(comeFromTheModuleOfTheirRootPackage())
            .because("each Maven module owns one root package, so package rules are module rules");

    // 8 ---------------------------------------------------------------------------------------
    // `now(clock)` is allowed: a Clock passed in is how time reaches the domain.

    @ArchTest
    static final ArchRule DOMAIN_NEVER_READS_THE_SYSTEM_CLOCK = noClasses()
            .that().resideInAPackage("appraisal.domain..")
            .should().accessTargetWhere(readsTheSystemClock())
            .orShould().callConstructor(java.util.Date.class)
            .because("time comes into the domain as a Clock or an Instant argument, so it can be tested");

    // 9 ---------------------------------------------------------------------------------------

    @ArchTest
    static final ArchRule ONLY_CLI_WRITES_TO_STANDARD_STREAMS = noClasses()
            .that().resideInAPackage("appraisal..").and().resideOutsideOfPackage("appraisal.cli..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("only the composition root talks to the terminal; the rest returns values or throws");

    @ArchTest
    static final ArchRule NO_GENERIC_EXCEPTIONS = noClasses()
            .that().resideInAPackage("appraisal..")
            .should(GeneralCodingRules.THROW_GENERIC_EXCEPTIONS)
            .because("errors are DomainExceptions with a stable code that adapters map");

    // ---- conditions and predicates ---------------------------------------------------------

    private static final Set<String> MODULES = Set.of("domain", "interchange", "persistence", "documents", "http", "web", "cli");
    /** The module directory ({@code appraisal-domain/target/classes}) or jar ({@code appraisal-domain-0.1.0.jar}). */
    private static final Pattern MODULE_IN_LOCATION = Pattern.compile("appraisal-(domain|interchange|persistence|documents|http|web|cli)(?:/|-[^/]*\\.jar)");

    private static DescribedPredicate<JavaClass> simpleNameEndingWith(String suffix) {
        return DescribedPredicate.describe("are named *" + suffix, c -> c.getSimpleName().endsWith(suffix));
    }

    /** Classes that match {@code applies} must satisfy {@code must}; the others pass. */
    private static ArchCondition<JavaClass> beWhen(DescribedPredicate<? super JavaClass> applies, String what,
            java.util.function.Predicate<JavaClass> must) {
        return new ArchCondition<>("be " + what + " when they " + applies.getDescription()) {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (applies.test(c) && !must.test(c)) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is not " + what));
                }
            }
        };
    }

    static ArchCondition<JavaClass> comeFromTheModuleOfTheirRootPackage() {
        return new ArchCondition<>("come from the module of their root package (appraisal.X in appraisal-X)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String[] parts = c.getPackageName().split("\\.");
                String expected = parts.length > 1 && MODULES.contains(parts[1]) ? parts[1] : null;
                Optional<String> actual = c.getSource().map(Source::getUri).map(Object::toString).flatMap(ArchitectureTest::moduleOf);
                if (expected == null) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " is outside every module's root package"));
                } else if (actual.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " comes from no module: " + c.getSource()));
                } else if (!actual.get().equals(expected)) {
                    events.add(SimpleConditionEvent.violated(c, c.getName() + " belongs in appraisal-" + expected
                            + " but comes from appraisal-" + actual.get()));
                }
            }
        };
    }

    /** The last module named in a class file's location: the directory or jar it was built into. */
    private static Optional<String> moduleOf(String uri) {
        Matcher m = MODULE_IN_LOCATION.matcher(uri);
        String module = null;
        while (m.find()) {
            module = m.group(1);
        }
        return Optional.ofNullable(module);
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
        return DescribedPredicate.describe("read the system clock (now() without a Clock, System.currentTimeMillis/nanoTime, Clock.system*)",
                access -> {
                    AccessTarget target = access.getTarget();
                    String owner = target.getOwner().getName();
                    String name = target.getName();
                    if (owner.startsWith("java.time.") && name.equals("now")) {
                        return !(target instanceof AccessTarget.CodeUnitAccessTarget t)
                                || t.getRawParameterTypes().stream().noneMatch(p -> p.isEquivalentTo(Clock.class));
                    }
                    return owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                            || owner.equals("java.time.Clock") && name.startsWith("system")
                            || owner.equals("java.time.InstantSource") && name.equals("system");
                });
    }
}
