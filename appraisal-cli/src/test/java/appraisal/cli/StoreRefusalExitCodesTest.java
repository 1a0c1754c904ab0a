package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.shared.DomainException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A store that cannot serve ends a command as the README says: exit 5 when nothing was saved (the
 * database down, full, read-only, busy), exit 6 when the change may or may not have been saved —
 * the script must look before running it again — each with its code in one line. (The store's side,
 * which refusal when, is held in appraisal-persistence; {@code StoreFaultsIT} runs exit 5 from a
 * full disk and an unreachable PostgreSQL through the jar.)
 */
class StoreRefusalExitCodesTest {

    private static String reported(DomainException refusal, ExitCode expected) {
        StringWriter err = new StringWriter();
        assertThat(Launch.report(refusal, new PrintWriter(err, true))).isEqualTo(expected);
        return err.toString();
    }

    @Test
    void nothing_saved_is_exit_5_and_an_unknown_outcome_is_exit_6_each_in_one_line_with_its_code() {
        for (String code : new String[] {"store.unavailable", "store.full", "store.read-only", "store.busy"}) {
            String line = reported(DomainException.unavailable(code, "the disk holding /srv/office.db is full; nothing was saved"), ExitCode.IO);
            assertThat(line).isEqualTo("appraisal: error [" + code + "] the disk holding /srv/office.db is full; nothing was saved\n");
        }
        String unknown = reported(DomainException.unavailable("store.commit-unknown",
                "PostgreSQL at db:5432/appraisal stopped answering while a change was being committed: it may or may not have been saved"),
                ExitCode.OUTCOME_UNKNOWN);
        assertThat(unknown.lines()).containsExactly("appraisal: error [store.commit-unknown] PostgreSQL at db:5432/appraisal stopped "
                + "answering while a change was being committed: it may or may not have been saved");
        assertThat(ExitCode.OUTCOME_UNKNOWN.code()).isEqualTo(6);
        assertThat(ExitCode.IO.code()).isEqualTo(5);
    }
}
