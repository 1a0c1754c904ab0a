package appraisal.cli;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import appraisal.domain.model.criterion.Criterion;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.InstanceofCheck;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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
 * fails, so a rule that names a package wrongly cannot pass by matching nothing.
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

    // The allowed packages above still hold ways out of a plain call: java.lang starts processes and
    // threads and reads the environment, java.util holds logging and zip files, Guava holds file
    // helpers and executors. This rule names them, and names again what the list above leaves out,
    // so that widening the list for one harmless class does not let the rest in.
    @ArchTest
    static final ArchRule DOMAIN_DOES_NO_IO_STARTS_NO_THREADS_AND_READS_NOTHING_OF_THE_MACHINE = noClasses()
            .that().resideInAPackage("appraisal.domain..")
            .should().dependOnClassesThat(doIoOrRunCodeElsewhere())
            .orShould().accessTargetWhere(readsTheMachinesSettings())
            .orShould().callMethodWhere(runsInParallel())
            .because("a domain call returns a value or throws, on the caller's thread, from its arguments and its ports alone:"
                    + " files, network, processes, threads, logging and the machine's settings are the adapters' business");

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
            // the printed forms and the round's sheet: an adapter beside http, used by the page and the command line
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

    // Each package on its own, not each module: Maven already refuses a cycle between modules, but
    // not one between two packages of a module (appraisal.cli and appraisal.cli.demo, the packages
    // of the model).
    @ArchTest
    static final ArchRule PACKAGES_ARE_FREE_OF_CYCLES = slices().matching("appraisal.(**)").should().beFreeOfCycles();

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

    // 10 --------------------------------------------------------------------------------------
    // A pattern switch over the sealed Criterion compiles to a type switch, which the compiler
    // checks for exhaustiveness; an instanceof test is checked by nothing, and a kind it misses is a
    // ClassCastException or a silently skipped node. Testing for the family as a whole
    // ({@code instanceof Criterion}) asks no question about kinds and is allowed. javac compiles a
    // case of several patterns ({@code case AllOf _, AnyOf _ ->}) to instanceof tests, so each kind
    // gets a case of its own, or kinds that are answered alike share their sealed parent's case
    // ({@code case Combination _ ->}).

    @ArchTest
    static final ArchRule CRITERION_KINDS_ARE_TOLD_APART_ONLY_BY_EXHAUSTIVE_SWITCHES = classes()
            .that().resideInAPackage("appraisal..")
            .should(notTestInstanceofOn(Criterion.class))
            .because("a new built-in criterion kind must not compile until every place that handles kinds handles it");

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

    /** Every kind of the sealed {@code family}: its permitted subtypes, and theirs when they are sealed too. */
    static Set<String> kindsOf(Class<?> family) {
        Set<String> kinds = new java.util.TreeSet<>();
        for (Class<?> kind : family.getPermittedSubclasses()) {
            kinds.add(kind.getName());
            if (kind.isSealed()) {
                kinds.addAll(kindsOf(kind));
            }
        }
        return kinds;
    }

    static ArchCondition<JavaClass> notTestInstanceofOn(Class<?> family) {
        Set<String> kinds = kindsOf(family);
        return new ArchCondition<>("not test instanceof on a kind of " + family.getSimpleName() + " (switch over it instead)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (InstanceofCheck test : c.getInstanceofChecks()) {
                    if (kinds.contains(test.getRawType().getName())) {
                        events.add(SimpleConditionEvent.violated(c, test.getOwner().getFullName() + " tests instanceof "
                                + test.getRawType().getSimpleName() + " in " + test.getSourceCodeLocation()));
                    }
                }
            }
        };
    }

    private static final Set<String> IO_OR_ELSEWHERE_PACKAGES = Set.of("java.io", "java.nio.file", "java.nio.channels", "java.net",
            "java.sql", "javax.sql", "java.util.logging", "java.util.prefs", "java.util.zip", "java.util.jar", "java.lang.management",
            "java.lang.foreign", "java.rmi", "javax.naming", "com.google.common.net", "com.google.common.util.concurrent");
    private static final Set<String> IO_OR_ELSEWHERE_CLASSES = Set.of(
            // processes and the runtime
            "java.lang.Process", "java.lang.ProcessBuilder", "java.lang.ProcessHandle", "java.lang.Runtime",
            // threads, executors, timers
            "java.lang.Thread", "java.lang.Thread$Builder", "java.lang.Thread$Builder$OfPlatform", "java.lang.Thread$Builder$OfVirtual",
            "java.lang.ThreadGroup", "java.util.Timer", "java.util.TimerTask", "java.util.concurrent.Executor",
            "java.util.concurrent.ExecutorService", "java.util.concurrent.ScheduledExecutorService", "java.util.concurrent.Executors",
            "java.util.concurrent.ThreadFactory", "java.util.concurrent.ThreadPoolExecutor", "java.util.concurrent.ForkJoinPool",
            "java.util.concurrent.ForkJoinTask", "java.util.concurrent.CompletableFuture", "java.util.concurrent.StructuredTaskScope",
            // logging
            "java.lang.System$Logger", "java.lang.System$LoggerFinder",
            // Guava's file and stream helpers (BaseEncoding, in the same package, only encodes)
            "com.google.common.io.Files", "com.google.common.io.MoreFiles", "com.google.common.io.Resources",
            "com.google.common.io.ByteStreams", "com.google.common.io.CharStreams", "com.google.common.io.FileBackedOutputStream",
            "com.google.common.io.Closer");

    private static DescribedPredicate<JavaClass> doIoOrRunCodeElsewhere() {
        return DescribedPredicate.describe("do I/O, log, or run code on other threads or in other processes",
                c -> IO_OR_ELSEWHERE_CLASSES.contains(c.getName())
                        || IO_OR_ELSEWHERE_PACKAGES.stream().anyMatch(p -> c.getPackageName().equals(p) || c.getPackageName().startsWith(p + ".")));
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheMachinesSettings() {
        return DescribedPredicate.describe("read or change the machine's settings (environment, system properties, default locale,"
                        + " time zone or charset) or end the process",
                access -> {
                    String owner = access.getTarget().getOwner().getName();
                    String name = access.getTarget().getName();
                    return switch (owner) {
                        case "java.lang.System" -> Set.of("getenv", "getProperty", "getProperties", "setProperty", "setProperties",
                                "clearProperty", "lineSeparator", "exit", "load", "loadLibrary", "console", "getLogger").contains(name);
                        case "java.lang.Integer", "java.lang.Long" -> name.equals("getInteger") || name.equals("getLong");
                        case "java.lang.Boolean" -> name.equals("getBoolean");
                        case "java.util.Locale", "java.util.TimeZone" -> name.equals("getDefault") || name.equals("setDefault");
                        case "java.time.ZoneId" -> name.equals("systemDefault");
                        case "java.nio.charset.Charset" -> name.equals("defaultCharset");
                        default -> false;
                    };
                });
    }

    private static DescribedPredicate<JavaMethodCall> runsInParallel() {
        return DescribedPredicate.describe("run a stream in parallel (on the common fork-join pool)",
                call -> call.getTarget().getName().equals("parallelStream")
                        || call.getTarget().getName().equals("parallel") && call.getTarget().getOwner().getPackageName().equals("java.util.stream"));
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
