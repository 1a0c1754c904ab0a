package appraisal.http.security;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * What one password check costs: PBKDF2 at the configured 600,000 iterations against one SHA-256
 * of a secret (what a session or token lookup pays), measured in the same run after a warm-up.
 * Prints milliseconds per hash (median of the rounds) and the ratio. Run (build first):
 * {@code java -cp appraisal-http/target/classes:appraisal-http/target/test-classes:appraisal-domain/target/classes
 * appraisal.http.security.PasswordHashBenchmark [rounds]}
 */
public final class PasswordHashBenchmark {

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        PrintStream out = System.out;
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();
        RandomSecrets secrets = new RandomSecrets();
        char[] password = "demo-2565-pass".toCharArray();
        String encoded = hasher.hash(password); // warm-up
        String secret = secrets.newSecret();
        for (int i = 0; i < 20_000; i++) {
            secrets.digest(secret);
        }
        double[] pbkdf2 = new double[rounds];
        double[] sha = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            boolean ok = hasher.verify(password, encoded);
            long t1 = System.nanoTime();
            int n = 10_000;
            int sink = 0;
            for (int i = 0; i < n; i++) {
                sink += secrets.digest(secret).length();
            }
            long t2 = System.nanoTime();
            if (!ok || sink != n * 64) {
                throw new IllegalStateException("the check failed");
            }
            pbkdf2[r] = (t1 - t0) / 1e6;
            sha[r] = (t2 - t1) / 1e6 / n;
        }
        double p = median(pbkdf2);
        double s = median(sha);
        out.printf(Locale.ROOT, "PBKDF2-HMAC-SHA256, %d iterations: %.0f ms per check (median of %d)%n", Pbkdf2PasswordHasher.ITERATIONS, p,
                rounds);
        out.printf(Locale.ROOT, "SHA-256 digest of a secret:        %.4f ms per digest%n", s);
        out.printf(Locale.ROOT, "ratio: one password check costs %.0f secret digests; %.1f checks per second per core%n", p / s,
                1000 / p);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
