package appraisal.persistence;

import appraisal.persistence.AgreementTables.Selection;
import java.util.ArrayList;
import java.util.List;

/**
 * When and how a round's load is split into parts read side by side (see
 * {@link JdbiUnitOfWork#readInParts}): into at most {@code parts} runs of consecutive ids, each of at
 * least {@code minimumPerPart} agreements. A small round is read in one part: taking the write lock
 * and opening more connections would cost more than it saves.
 */
record LoadInParts(int parts, int minimumPerPart) {

    /** Most parts by default, whatever the number of cores: a load is also the database's work, and the pools are small. */
    private static final int MOST_PARTS = 4;

    /** Agreements a part has at least by default: a round of an office (a few hundred) is read in one. */
    private static final int MINIMUM_PER_PART = 500;

    LoadInParts {
        if (parts < 1 || minimumPerPart < 1) {
            throw new IllegalArgumentException("parts and the minimum per part must be at least 1: " + parts + ", " + minimumPerPart);
        }
    }

    /** As many parts as cores (up to {@value #MOST_PARTS}), of at least {@value #MINIMUM_PER_PART} agreements each. */
    static LoadInParts byCores() {
        return new LoadInParts(Math.max(1, Math.min(MOST_PARTS, Runtime.getRuntime().availableProcessors())), MINIMUM_PER_PART);
    }

    /** Whether a selection of {@code agreements} would be read in more than one part. */
    boolean worthSplitting(int agreements) {
        return count(agreements) > 1;
    }

    /**
     * The parts of {@code selection}, whose agreements have these {@code ids} (in load order): runs
     * of consecutive ids of about equal size; the first and last are open-ended, so together they
     * are exactly the selection.
     */
    List<Selection> split(Selection selection, List<String> ids) {
        int n = count(ids.size());
        List<Selection> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            String from = k == 0 ? null : ids.get((int) ((long) k * ids.size() / n));
            String until = k == n - 1 ? null : ids.get((int) ((long) (k + 1) * ids.size() / n));
            out.add(n == 1 ? selection : selection.between(from, until));
        }
        return out;
    }

    private int count(int agreements) {
        return Math.max(1, Math.min(parts, agreements / minimumPerPart));
    }
}
