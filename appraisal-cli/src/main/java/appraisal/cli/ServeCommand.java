package appraisal.cli;

import appraisal.http.ApiServer;
import appraisal.http.ApiUseCases;
import appraisal.http.ServerSettings;
import appraisal.web.WebPages;
import appraisal.web.WebUseCases;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code appraisal serve}: the web page at {@code /} and the JSON API under {@code /api/v1} on the store named by {@code --db},
 * until SIGTERM or Ctrl-C; requests in flight then finish, and the store is closed (SQLite: its WAL folded into the file),
 * before the process ends.
 */
@Command(name = "serve", description = "Serve the web page (at /) and the HTTP API (JSON under /api/v1, documentation at /api/v1/docs) until stopped "
        + "with Ctrl-C or SIGTERM. One access-log line per request goes to standard error.",
        footer = {"", "Examples:", "  appraisal serve", "  appraisal serve --port 8080 --db /srv/appraisal/appraisal.db",
                "  appraisal serve --host 0.0.0.0 --trusted-proxy 127.0.0.1   (behind a TLS proxy on this machine)"})
public final class ServeCommand extends CommandBase {

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--max-body", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Largest request body accepted (larger: 413). Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "A reverse proxy whose X-Forwarded-Proto and X-Forwarded-For are believed (repeatable).")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--threads", defaultValue = "" + ServerSettings.DEFAULT_THREADS, paramLabel = "N",
            description = "Threads serving requests, " + ServerSettings.MIN_THREADS + " to 1000 (more than the database has connections only queue). "
                    + "Default: ${DEFAULT-VALUE}.")
    int threads;

    @Override
    protected ExitCode execute() {
        AccessLog log = new AccessLog(err());
        ApiServer server;
        try {
            server = WebPages.server(uses(ServeCommand::webUseCases), new ServerSettings(host, port, maxBody, ImmutableSet.copyOf(trustedProxies),
                    threads, log));
        } catch (IllegalArgumentException e) {
            log.close();
            throw new CliException(ExitCode.USAGE, e.getMessage());
        }
        server.start();
        CountDownLatch stopped = new CountDownLatch(1);
        // The JVM ends when its shutdown hooks have run, whatever the main thread is doing: the store is closed here,
        // not after this method returns, or SIGTERM would end the process before the WAL is folded into the file.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
                root().close();
            } catch (Exception e) {
                log.accept("ERROR closing the store: " + e);
            } finally {
                log.close();
                stopped.countDown();
            }
        }, "appraisal-serve-stop"));
        spec.commandLine().getOut().println("Serving http://" + host + ":" + server.port() + "/ (the web page; the API under "
                + ApiServer.BASE + "/, documentation: " + ApiServer.BASE + "/docs); Ctrl-C to stop");
        spec.commandLine().getOut().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.stop();
        }
        return ExitCode.OK;
    }

    /** What each group of pages may do, from the wired application, beside the API's use cases: the one place they are picked out. */
    public static WebUseCases webUseCases(Application app) {
        return new WebUseCases(useCases(app),
                new WebUseCases.Reads(app.org, app.rounds, app.agreements, app.scoreAgreement),
                new WebUseCases.Agreements(app.agreements, app.indicators, app.org, app.authority, app.evidence, app.scoreAgreement,
                        app.competencies, app.copyAgreement, app.documents),
                new WebUseCases.Lifecycle(app.agreements, app.indicators, app.org, app.sign, app.recordResult, app.submit, app.evaluate,
                        app.acknowledge, app.review, app.close, app.reopen),
                new WebUseCases.Drafts(app.agreements, app.indicators, app.editDraft),
                new WebUseCases.Cascades(app.agreements, app.rounds, app.org, app.indicators, app.broadcast, app.rubricTemplate),
                new WebUseCases.Team(app.agreements, app.org, app.indicators, app.derive),
                new WebUseCases.Tasks(app.tasks),
                new WebUseCases.Offices(app.agreements, app.rounds, app.org, app.indicators, app.scoreRound, app.compliance, app.lintRubric,
                        app.criteria, app.documents, DocumentCommands::csv),
                new WebUseCases.Admin(app.users, app.tokens, app.rounds, app.openRound, app.roundCodec, app.importRubric, app.importOrg));
    }

    /** What each resource of the HTTP API may do, from the wired application: the one place they are picked out. */
    public static ApiUseCases useCases(Application app) {
        return new ApiUseCases(new ApiUseCases.Authentication(app.signIn, app.tokens, app.visibility), new ApiUseCases.Health(app.readiness),
                new ApiUseCases.Accounts(app.users, app.tokens, app.org),
                new ApiUseCases.Org(app.org, app.registerUnit, app.registerPerson),
                new ApiUseCases.Rounds(app.rounds, app.openRound, app.agreements, app.scoreRound, app.compliance, app.roundCodec),
                new ApiUseCases.Indicators(app.indicators, app.importRubric, app.lintRubric, app.rubricCodec),
                new ApiUseCases.Agreements(app.agreements, app.rounds, app.importAgreement, app.editDraft, app.sign, app.amend, app.recordResult,
                        app.evidence, app.submit, app.evaluate, app.acknowledge, app.review, app.close, app.reopen, app.scoreAgreement, app.rollUp,
                        app.setRollUp, app.cascadeReport, app.criteria, app.agreementCodec),
                new ApiUseCases.Cascades(app.agreements, app.broadcast, app.derive, app.cascadeReport, app.planCodec));
    }
}
