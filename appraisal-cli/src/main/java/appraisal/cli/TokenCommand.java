package appraisal.cli;

import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.access.IssueTokenCommand;
import appraisal.domain.port.in.access.TokensUseCase;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code appraisal token …}: bearer tokens for scripts. Whoever runs the command line holds the
 * database, so it acts as an administrator ({@code cli}, or the person given with {@code --as}).
 */
@Command(name = "token", description = "Issue, list and revoke bearer tokens with which scripts call the API as a user.",
        subcommands = {TokenCommand.Issue.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
public final class TokenCommand extends CommandGroup {

    /** What the token commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(TokensUseCase tokens) {
        static Uses of(Application app) {
            return new Uses(app.tokens);
        }
    }

    /** The command line as a principal: an administrator, named by {@code --as} in the audit trail when given. */
    static Principal principal(CommandBase command) {
        PersonId actor = command.actor();
        return new Principal("cli", actor.value().equals("cli") ? Optional.empty() : Optional.of(actor), true);
    }

    @Command(name = "issue", description = "Issue a token that acts as the user until it expires or is revoked. The secret is "
            + "printed this once (it is stored only as a digest): pass it as 'Authorization: Bearer <secret>'.",
            footer = {"", "Examples:", "  appraisal token issue --user somchai --label \"nightly export\" --days 30",
                    "  appraisal token issue --user admin --label backup --days 7 --format json"})
    static final class Issue extends CommandBase {
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Whose token it is; it has that account's rights.")
        String user;

        @Option(names = "--label", required = true, paramLabel = "TEXT", description = "What it is for (up to 100 characters).")
        String label;

        @Option(names = "--days", required = true, paramLabel = "N", description = "Valid for N days, 1 to 366.")
        int days;

        @Override
        protected ExitCode execute() {
            if (days < 1 || days > 366) {
                throw new CliException(ExitCode.USAGE, "--days must be 1 to 366, not " + days);
            }
            IssuedToken issued = uses(Uses::of).tokens().issueToken(new IssueTokenCommand(user, label, Duration.ofDays(days), principal(this)));
            TokenInfo t = issued.info();
            out().print(Table.of("id", "รหัส", "username", "ชื่อผู้ใช้", "label", "ใช้สำหรับ", "expires", "หมดอายุ", "secret", "โทเค็น")
                    .row(t.id(), t.username(), t.label(), t.expires().toString(), issued.secret()).build());
            err().println("appraisal: note: copy the secret now; it is not stored and will not be shown again "
                    + "(revoke with: appraisal token revoke " + t.id() + ")");
            err().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List a user's tokens (never their secrets), with whether each is active, expired or revoked.",
            footer = {"", "Example:", "  appraisal token list --user somchai"})
    static final class ListTokens extends CommandBase {
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Whose tokens.")
        String user;

        @Override
        protected ExitCode execute() {
            Instant now = root().clock().instant();
            Table.Builder table = Table.of("id", "รหัส", "label", "ใช้สำหรับ", "created", "ออกเมื่อ", "expires", "หมดอายุ",
                    "revoked", "เพิกถอนเมื่อ", "state", "สถานะ");
            for (TokenInfo t : uses(Uses::of).tokens().tokens(user, principal(this))) {
                String state = t.revoked().isPresent() ? "revoked" : t.usableAt(now) ? "active" : "expired";
                table.row(t.id(), t.label(), t.created().toString(), t.expires().toString(), t.revoked().map(Instant::toString).orElse(""),
                        state);
            }
            out().print(table.build());
            return ExitCode.OK;
        }
    }

    @Command(name = "revoke", description = "Revoke a token: it stops working at once. Revoking it again changes nothing.",
            footer = {"", "Example:", "  appraisal token revoke TK-3"})
    static final class Revoke extends CommandBase {
        @Parameters(paramLabel = "ID", description = "The token's id (see appraisal token list).")
        String id;

        @Override
        protected ExitCode execute() {
            uses(Uses::of).tokens().revokeToken(id, principal(this));
            out().note("revoked " + id);
            return ExitCode.OK;
        }
    }
}
