package appraisal.domain.fake;

import appraisal.domain.port.out.SecretSource;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** A fake of {@link SecretSource}: predictable secrets ({@code secret-1}, …) and their SHA-256 digests. */
public final class SequentialSecrets implements SecretSource {

    private final AtomicLong next = new AtomicLong(1);

    @Override
    public String newSecret() {
        return "secret-" + next.getAndIncrement();
    }

    @Override
    public String digest(String secret) {
        return Hashing.sha256().hashString(secret, StandardCharsets.UTF_8).toString();
    }
}
