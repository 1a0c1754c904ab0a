package appraisal.cli;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.org.PersonId;
import appraisal.persistence.StoreLocation;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * What every command shares: the global options, the opened application, output and input.
 * A command implements {@link #execute()} and returns its exit code; errors are thrown and mapped
 * to exit codes in one place ({@link Main}).
 */
public abstract class CommandBase implements Callable<Integer> {

    @Mixin
    GlobalOptions options = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        return execute().code();
    }

    protected abstract ExitCode execute();

    /** The value of a global option given nearest to this command, walking up to the root. */
    <T> Optional<T> global(Function<GlobalOptions, T> option) {
        for (CommandSpec s = spec; s != null; s = s.parent()) {
            Object user = s.userObject();
            if (user instanceof CommandBase c && option.apply(c.options) != null) {
                return Optional.of(option.apply(c.options));
            }
        }
        return Optional.empty();
    }

    protected AppraisalCommand root() {
        return (AppraisalCommand) spec.root().userObject();
    }

    private Application app() {
        return root().application(db());
    }

    /**
     * What the command may call: the use cases its own {@code Uses} record picks out of the wired
     * application ({@code uses(Uses::of)}), so a command's file says at its top what it may do.
     */
    protected final <U> U uses(Function<Application, U> pick) {
        return pick.apply(app());
    }

    /** The store named by {@code --db}, else the default SQLite file. */
    protected String db() {
        return global(o -> o.db).orElse(AppraisalCommand.DEFAULT_DB);
    }

    /** {@link #db()} as it may be shown in any output: with its password masked ({@link StoreLocation#redact}). */
    protected String dbShown() {
        return StoreLocation.redact(db());
    }

    protected Format format() {
        String f = global(o -> o.format).orElse("table");
        try {
            return Format.valueOf(f.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be table, json or csv, not '" + f + "'");
        }
    }

    protected Output out() {
        return new Output(spec.commandLine().getOut(), format(), global(o -> o.thaiDigits).orElse(false));
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected Input input() {
        return root().input;
    }

    boolean debug() {
        return global(o -> o.debug).orElse(false);
    }

    /** Who acts: {@code --as}, else {@code $APPRAISAL_ACTOR}, else {@code cli}. */
    protected PersonId actor() {
        return new PersonId(global(o -> o.actor).orElseGet(() -> Optional.ofNullable(root().environment("APPRAISAL_ACTOR")).orElse("cli")));
    }

    /**
     * Who acts on an agreement: {@code --as PERSON} is that person; {@code --as user:NAME} is the
     * administrator account NAME (it must exist, be enabled and administer), whose acts the audit
     * trail marks as an administrator's. The authority then decides what they may do, as for anyone.
     */
    protected Actor acting() {
        PersonId who = person();
        if (!who.value().startsWith(ADMINISTRATOR_PREFIX)) {
            return Actor.person(who);
        }
        String username = who.value().substring(ADMINISTRATOR_PREFIX.length());
        UserAccount account = app().users.users().stream().filter(u -> u.username().equals(username)).findFirst()
                .filter(u -> u.admin() && !u.disabled())
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--as " + who.value()
                        + ": there is no enabled administrator account '" + username + "' (appraisal user list); name a person"
                        + " id to act as that person, or user:NAME for an administrator"));
        return Actor.administrator(account.person().orElse(who));
    }

    private static final String ADMINISTRATOR_PREFIX = "user:";

    /** Who acts, when the action needs a real person (signing, evaluating…). */
    protected PersonId person() {
        PersonId who = actor();
        if (who.value().equals("cli")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "this action is taken by a person: say who with --as PERSON (or set APPRAISAL_ACTOR)");
        }
        return who;
    }
}
