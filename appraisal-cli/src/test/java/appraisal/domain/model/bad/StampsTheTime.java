package appraisal.domain.model.bad;

/** Breaks rule 8 on purpose, the old way: milliseconds since the epoch. Only ever imported alone. */
public final class StampsTheTime {

    public long stamp() {
        return System.currentTimeMillis();
    }
}
