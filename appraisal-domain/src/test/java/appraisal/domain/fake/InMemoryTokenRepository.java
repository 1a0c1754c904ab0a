package appraisal.domain.fake;

import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.port.out.TokenRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A fake of {@link TokenRepository}: tokens by id, with their digests. */
public final class InMemoryTokenRepository implements TokenRepository {

    /** A token with the digest of its secret. */
    public record Stored(TokenInfo info, String digest) {
    }

    private final Map<String, Stored> tokens = new LinkedHashMap<>();
    private long changes;

    @Override
    public synchronized void add(TokenInfo token, String digest) {
        if (tokens.containsKey(token.id()) || tokens.values().stream().anyMatch(t -> t.digest().equals(digest))) {
            throw new IllegalStateException("a token with this id or digest exists already");
        }
        tokens.put(token.id(), new Stored(token, digest));
        changes++;
    }

    @Override
    public synchronized Optional<TokenInfo> find(String id) {
        return Optional.ofNullable(tokens.get(id)).map(Stored::info);
    }

    @Override
    public synchronized Optional<TokenInfo> findByDigest(String digest) {
        return tokens.values().stream().filter(t -> t.digest().equals(digest)).map(Stored::info).findFirst();
    }

    @Override
    public synchronized List<TokenInfo> of(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return tokens.values().stream().map(Stored::info).filter(t -> t.username().toLowerCase(Locale.ROOT).equals(key))
                .sorted(Comparator.comparing(TokenInfo::created).thenComparing(TokenInfo::id)).toList();
    }

    @Override
    public synchronized void revoke(String id, Instant at) {
        tokens.computeIfPresent(id, (k, t) -> t.info().revoked().isPresent() ? t : new Stored(new TokenInfo(t.info().id(),
                t.info().username(), t.info().label(), t.info().created(), t.info().expires(), Optional.of(at)), t.digest()));
        changes++;
    }

    /** How many times this was changed: the fake's part of the access count of {@link appraisal.domain.port.out.StoreChanges}. */
    public synchronized long changes() {
        return changes;
    }

    /** Every stored token, for {@link InMemoryStoreMaintenance}'s backups. */
    public synchronized Map<String, Stored> contents() {
        return Map.copyOf(tokens);
    }

    /** Makes this hold exactly {@code contents}, as a restore does. */
    public synchronized void replaceContents(Map<String, Stored> contents) {
        tokens.clear();
        contents.values().stream().sorted(Comparator.comparing((Stored s) -> s.info().created()).thenComparing(s -> s.info().id()))
                .forEach(s -> tokens.put(s.info().id(), s));
        changes++;
    }
}
