package appraisal.cli;

import appraisal.persistence.Store;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root: the one place that knows the implementations. It opens the store named by
 * {@code --db} (only when a command needs it), wires the use cases to it and runs the command line.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // The PDF forms shape Thai text with java.awt fonts; no display is ever needed or wanted.
        System.setProperty("java.awt.headless", "true");
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        AppraisalCommand root = new AppraisalCommand(Main::open, new Input(System.in), System.getenv(), Clock.systemDefaultZone());
        int code = Launch.run(root, args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Where the audit trail's keys are when not beside the store: every instance serving one
     * PostgreSQL database needs a copy of the same file (docs/persistence.md).
     */
    static final String AUDIT_KEY = "APPRAISAL_AUDIT_KEY";

    /** Opens (creating and migrating on first use) the store and wires every use case to it. */
    static AppraisalCommand.Opened open(String connection, Clock clock) {
        Store store = Store.open(connection, Optional.ofNullable(System.getenv(AUDIT_KEY)).filter(k -> !k.isBlank()).map(Path::of));
        return new AppraisalCommand.Opened(application(store, clock), store);
    }

    /** Every use case wired to an opened store: the one wiring, also used by the benchmark programs. */
    public static Application application(Store store, Clock clock) {
        return new Application(new Application.Ports(store.rounds(), store.indicators(), store.orgUnits(), store.people(),
                store.agreements(), store.audit(), store.unitOfWork(), store.ids(), store.maintenance(), store.accounts(), store.sessions(),
                store.tokens(), store.signInAttempts(), store.changes(), store.evidence()), clock);
    }
}
