package appraisal.domain.fake;

import appraisal.domain.port.out.SignInAttempts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A fake of {@link SignInAttempts}: a list of (key, time). */
public final class InMemorySignInAttempts implements SignInAttempts {

    private record Failure(String key, Instant at) {
    }

    private final List<Failure> failures = new ArrayList<>();

    @Override
    public synchronized void recordFailure(String key, Instant at) {
        failures.add(new Failure(key, at));
    }

    @Override
    public synchronized List<Instant> failures(String key, Instant since) {
        return failures.stream().filter(f -> f.key().equals(key) && !f.at().isBefore(since)).map(Failure::at)
                .sorted(Comparator.naturalOrder()).toList();
    }

    @Override
    public synchronized void clear(String key) {
        failures.removeIf(f -> f.key().equals(key));
    }

    @Override
    public synchronized int forgetBefore(Instant before) {
        int size = failures.size();
        failures.removeIf(f -> f.at().isBefore(before));
        return size - failures.size();
    }

    /** How many failures are remembered, of every key. */
    public synchronized int size() {
        return failures.size();
    }

    /** Forgets everything, as a restore does (failures are not part of a backup). */
    public synchronized void clearAll() {
        failures.clear();
    }
}
