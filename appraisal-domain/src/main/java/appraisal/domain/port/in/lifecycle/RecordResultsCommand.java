package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;

/**
 * The results of several items of one agreement reported together — a self-assessment form sent
 * whole, one agreement's rows of a results file: per item, the facts reported (replacing earlier
 * ones) and the evidence behind them. Each item at most once.
 */
public record RecordResultsCommand(AgreementChange change, ImmutableList<Result> results) {

    /** One item's facts and evidence: references to this agreement's files and links, and files uploaded now. */
    public record Result(ItemId item, Facts facts, ImmutableList<EvidenceRef> evidence, ImmutableList<EvidenceUpload> uploads) {
        public Result {
            Require.present(item, "item");
            Require.present(facts, "facts");
            Require.present(evidence, "evidence");
            Require.present(uploads, "uploads");
        }

        /** A result with no file uploaded. */
        public Result(ItemId item, Facts facts, ImmutableList<EvidenceRef> evidence) {
            this(item, facts, evidence, ImmutableList.of());
        }
    }

    public RecordResultsCommand {
        Require.present(change, "change");
        Require.present(results, "results");
        Require.that(!results.isEmpty(), "result.nothing-reported", "no item's result is given", "results");
        Set<ItemId> items = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            Require.that(items.add(results.get(i).item()), "result.item-twice", "item " + results.get(i).item()
                    + " is reported twice", "results/" + i);
        }
    }
}
