package appraisal.cli;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.port.in.agreement.AgreementChange;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A command that changes one stored agreement: it names the agreement first, may say which
 * version the caller last saw ({@code --version}, refused with exit 4 when someone changed it
 * since), and reports the agreement's status and new version afterwards.
 */
abstract class AgreementChangeCommand extends CommandBase {

    @Parameters(index = "0", paramLabel = "AGREEMENT", description = "The agreement's id, e.g. AG-1.")
    String agreement;

    @Option(names = "--version", paramLabel = "V",
            description = "Refuse (exit 4) unless the agreement is still at version V, as last shown.")
    Long expectedVersion;

    AgreementId agreementId() {
        return AgreementCommand.agreementId(agreement);
    }

    /** The change made by {@code who}, checked against {@code --version} when given. */
    AgreementChange change(Actor who) {
        return expectedVersion == null
                ? AgreementChange.of(agreementId(), who)
                : AgreementChange.at(agreementId(), who, expectedVersion);
    }

    /** Prints what the change left: a line for people, a row (agreement, status, version, revision) for scripts. */
    ExitCode changed(String what) {
        Agreement a = uses(app -> app.agreements).show(agreementId());
        out().note(a.id() + ": " + what + "; status " + a.status() + ", version " + a.version());
        if (out().format() != Format.TABLE) {
            out().print(Table.of("agreement", "ข้อตกลง", "status", "สถานะ", "version", "ฉบับ", "revision", "ครั้งที่แก้ไข")
                    .row(a.id().value(), a.status().name(), a.version(), a.revision()).build());
        }
        return ExitCode.OK;
    }
}
