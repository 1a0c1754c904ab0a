package appraisal.domain.fake;

import appraisal.domain.port.out.IdSource;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable ids for tests: {@code AG-1}, {@code AG-2}, … */
public final class SequentialIdSource implements IdSource {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public String newId(String prefix) {
        return prefix + next.getAndIncrement();
    }

    /** The next number to hand out, for {@link InMemoryStoreMaintenance}'s backups. */
    public long next() {
        return next.get();
    }

    /** Continues from {@code value}, as a restore does. */
    public void continueFrom(long value) {
        next.set(value);
    }
}
