package appraisal.cli;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.AcknowledgeUseCase;
import appraisal.domain.port.in.lifecycle.CloseAgreementCommand;
import appraisal.domain.port.in.lifecycle.CloseAgreementUseCase;
import appraisal.domain.port.in.lifecycle.RecordRefusalCommand;
import appraisal.domain.port.in.lifecycle.ReopenAgreementCommand;
import appraisal.domain.port.in.lifecycle.ReopenAgreementUseCase;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The steps after an evaluation, each a top-level command: {@code acknowledge}, {@code review},
 * {@code reopen} and {@code close}. Held in one file because each is a few lines over its use case.
 */
public final class LifecycleCommands {

    /** What the lifecycle's acts after the evaluation may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(AcknowledgeUseCase acknowledge, ReviewAgreementUseCase review, CloseAgreementUseCase close, ReopenAgreementUseCase reopen) {
        static Uses of(Application app) {
            return new Uses(app.acknowledge, app.review, app.close, app.reopen);
        }
    }

    private LifecycleCommands() {
    }

    @Command(name = "acknowledge", description = "Acknowledge the evaluation as the appraisee, or, as the evaluator, record "
            + "that the appraisee was notified and refused to sign, before a witness.",
            footer = {"", "Examples:", "  appraisal acknowledge AG-1 --as BRM-LPM-01",
                    "  appraisal acknowledge AG-1 --as BRM-0001 --refused --witness BRM-0002 --note \"แจ้งผลแล้ว ไม่ลงนาม\""})
    public static final class Acknowledge extends AgreementChangeCommand {
        @Option(names = "--refused", description = "Record a refusal to sign (by the evaluator, with --witness).")
        boolean refused;

        @Option(names = "--witness", paramLabel = "PERSON", description = "Who witnessed the notification (neither party).")
        String witness;

        @Option(names = "--note", paramLabel = "TEXT", description = "What happened, for the record.")
        String note;

        @Override
        protected ExitCode execute() {
            if (!refused) {
                if (witness != null || note != null) {
                    throw new CliException(ExitCode.USAGE, "--witness and --note go with --refused");
                }
                uses(Uses::of).acknowledge().acknowledge(new AcknowledgeCommand(change(acting())));
                return changed("acknowledged");
            }
            if (witness == null) {
                throw new CliException(ExitCode.USAGE, "a refusal to sign needs --witness PERSON");
            }
            uses(Uses::of).acknowledge().recordRefusal(new RecordRefusalCommand(change(acting()), new PersonId(witness.strip()), note));
            return changed("refusal to sign recorded, witnessed by " + witness.strip());
        }
    }

    @Command(name = "review", description = "Give the reviewer's opinion (the evaluator's own supervisor) on an acknowledged "
            + "or refused evaluation.",
            footer = {"", "Example:", "  appraisal review AG-1 --as CDD-0001 --opinion \"เห็นด้วยกับผลการประเมิน\""})
    public static final class Review extends AgreementChangeCommand {
        @Option(names = "--opinion", required = true, paramLabel = "TEXT", description = "The reviewer's opinion.")
        String opinion;

        @Override
        protected ExitCode execute() {
            uses(Uses::of).review().review(new ReviewAgreementCommand(change(acting()), opinion));
            return changed("reviewed");
        }
    }

    @Command(name = "reopen", description = "Reopen an agreement from self-assessment onwards so results and the evaluation "
            + "can be redone; the reason and what was set aside are kept.",
            footer = {"", "Example:", "  appraisal reopen AG-1 --as BRM-0001 --reason \"ผลการเบิกจ่ายปรับปรุงจากกรมบัญชีกลาง\""})
    public static final class Reopen extends AgreementChangeCommand {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is reopened.")
        String reason;

        @Override
        protected ExitCode execute() {
            uses(Uses::of).reopen().reopen(new ReopenAgreementCommand(change(acting()), reason));
            return changed("reopened");
        }
    }

    @Command(name = "close", description = "Close an appraisal: once reviewed, or once acknowledged (or refused) where the "
            + "round's review policy is optional or the evaluator has no supervisor to review. The evaluator, the reviewer, "
            + "a head above or an administrator closes; never the appraisee.",
            footer = {"", "Examples:", "  appraisal close AG-1 --as BRM-0001", "  appraisal close AG-1 --as user:admin"})
    public static final class Close extends AgreementChangeCommand {
        @Override
        protected ExitCode execute() {
            uses(Uses::of).close().close(new CloseAgreementCommand(change(acting())));
            return changed("closed");
        }
    }
}
