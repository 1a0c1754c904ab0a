package appraisal.cli;

import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.UserAccountsUseCase;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal user …}: the accounts people sign in with. */
@Command(name = "user", description = "Add, list, disable and enable user accounts (sign-in to the web page and the API).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class, UserCommand.Enable.class})
public final class UserCommand extends CommandGroup {

    /** What the user commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(UserAccountsUseCase users) {
        static Uses of(Application app) {
            return new Uses(app.users);
        }
    }

    @Command(name = "add", description = "Add a user account. The password is asked twice at the terminal, read as one line "
            + "from standard input (--password-stdin), or made up (--generate) and printed this once. A password has at least "
            + "10 characters and is not the username; it is stored only as a slow salted hash (PBKDF2-HMAC-SHA256).",
            footer = {"", "Examples:", "  appraisal user add admin --admin",
                    "  appraisal user add somchai --person BRM-LAMPLAIMAT-03",
                    "  printf '%%s\\n' \"$PASSWORD\" | appraisal user add mali --person BRM-LAMPLAIMAT-04 --password-stdin",
                    "  appraisal user add nightly-export --admin --generate --format json"})
    static final class Add extends CommandBase {
        @Parameters(paramLabel = "NAME", description = "Username: 2 to 64 letters, digits, '.', '_' or '-'; unique whatever its case.")
        String name;

        @Option(names = "--person", paramLabel = "ID", description = "The person the account belongs to (required unless --admin).")
        String person;

        @Option(names = "--admin", description = "An administrator: sees and manages everything.")
        boolean admin;

        @ArgGroup(exclusive = true)
        PasswordSource source = new PasswordSource();

        static final class PasswordSource {
            @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
            boolean stdin;

            @Option(names = "--generate", description = "Make up a strong password and print it once.")
            boolean generate;
        }

        @Override
        protected ExitCode execute() {
            char[] password = password();
            try {
                UserAccount added = uses(Uses::of).users().addUser(new AddUserCommand(name, password, Optional.ofNullable(person).map(PersonId::new),
                        admin, actor()));
                Table.Builder table = source.generate
                        ? Table.of("username", "ชื่อผู้ใช้", "person", "บุคคล", "admin", "ผู้ดูแลระบบ", "password", "รหัสผ่าน")
                        : Table.of("username", "ชื่อผู้ใช้", "person", "บุคคล", "admin", "ผู้ดูแลระบบ");
                if (source.generate) {
                    table.row(added.username(), added.person().map(PersonId::value).orElse(""), added.admin(), new String(password));
                } else {
                    table.row(added.username(), added.person().map(PersonId::value).orElse(""), added.admin());
                }
                out().print(table.build());
                if (source.generate) {
                    err().println("appraisal: note: the generated password is shown this once; it is stored only as a hash");
                    err().flush();
                }
                return ExitCode.OK;
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] password() {
            if (source.generate) {
                return generated();
            }
            if (source.stdin) {
                String text = input().read("-").text();
                List<String> lines = text.lines().toList();
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new CliException(ExitCode.USAGE, "--password-stdin found no password on standard input");
                }
                if (lines.size() > 1) {
                    throw new CliException(ExitCode.USAGE, "--password-stdin reads one line, but standard input has " + lines.size()
                            + "; give only the password");
                }
                return lines.get(0).toCharArray();
            }
            char[] first = input().readSecret("Password for " + name + ": ").orElseThrow(() -> new CliException(ExitCode.USAGE,
                    "no terminal to ask the password at: give it with --password-stdin, or --generate one"));
            char[] again = input().readSecret("The same password again: ").orElse(new char[0]);
            boolean same = Arrays.equals(first, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new CliException(ExitCode.USAGE, "the two passwords differ; nothing was added");
            }
            return first;
        }

        /** 20 characters from an alphabet without look-alikes (about 115 bits), in groups of 5 for reading aloud. */
        private static char[] generated() {
            String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            SecureRandom random = new SecureRandom();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                if (i > 0 && i % 5 == 0) {
                    out.append('-');
                }
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return out.toString().toCharArray();
        }
    }

    @Command(name = "list", description = "List user accounts (never their passwords).",
            footer = {"", "Examples:", "  appraisal user list", "  appraisal user list --format json"})
    static final class ListUsers extends CommandBase {
        @Override
        protected ExitCode execute() {
            Table.Builder table = Table.of("username", "ชื่อผู้ใช้", "person", "บุคคล", "admin", "ผู้ดูแลระบบ", "disabled", "ระงับ",
                    "created", "สร้างเมื่อ");
            for (UserAccount a : uses(Uses::of).users().users()) {
                table.row(a.username(), a.person().map(PersonId::value).orElse(""), a.admin(), a.disabled(), a.created().toString());
            }
            out().print(table.build());
            return ExitCode.OK;
        }
    }

    @Command(name = "disable", description = "Disable an account: it can no longer sign in, its sessions end at once and its "
            + "tokens stop working (until it is enabled again).",
            footer = {"", "Example:", "  appraisal user disable somchai"})
    static final class Disable extends CommandBase {
        @Parameters(paramLabel = "NAME", description = "Username.")
        String name;

        @Override
        protected ExitCode execute() {
            printState(this, uses(Uses::of).users().setDisabled(name, true, actor()));
            return ExitCode.OK;
        }
    }

    @Command(name = "enable", description = "Enable a disabled account again; its unexpired, unrevoked tokens work again.",
            footer = {"", "Example:", "  appraisal user enable somchai"})
    static final class Enable extends CommandBase {
        @Parameters(paramLabel = "NAME", description = "Username.")
        String name;

        @Override
        protected ExitCode execute() {
            printState(this, uses(Uses::of).users().setDisabled(name, false, actor()));
            return ExitCode.OK;
        }
    }

    private static void printState(CommandBase command, UserAccount account) {
        command.out().print(Table.of("username", "ชื่อผู้ใช้", "disabled", "ระงับ").row(account.username(), account.disabled()).build());
    }
}
