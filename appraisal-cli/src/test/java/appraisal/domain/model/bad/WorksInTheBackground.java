package appraisal.domain.model.bad;

import java.util.List;
import java.util.logging.Logger;

/** Breaks the domain's I/O rule on purpose: a thread, a parallel stream and a log, all in java.lang and java.util. Only ever imported alone. */
public final class WorksInTheBackground {

    private static final Logger LOG = Logger.getLogger(WorksInTheBackground.class.getName());

    public void recount(List<Integer> scores) {
        Thread worker = new Thread(() -> LOG.info("total " + scores.parallelStream().mapToInt(Integer::intValue).sum()));
        worker.start();
    }
}
