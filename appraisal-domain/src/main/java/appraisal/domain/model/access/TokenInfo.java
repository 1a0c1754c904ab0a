package appraisal.domain.model.access;

import appraisal.domain.model.shared.Require;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A bearer token without its secret: what lists show.
 *
 * @param id       public id, used to revoke it
 * @param username whose token it is; it acts with that account's rights
 * @param label    what it is for, e.g. "nightly export"
 * @param created  when it was issued
 * @param expires  after this it no longer works
 * @param revoked  when it was revoked, if it was
 */
public record TokenInfo(String id, String username, String label, Instant created, Instant expires,
                        Optional<Instant> revoked) {
    public TokenInfo {
        id = Require.text(id, "id");
        username = Require.text(username, "username");
        label = Require.text(label, "label");
        Require.present(created, "created");
        Require.present(expires, "expires");
        Require.that(expires.isAfter(created), "token.bad-expiry", "a token must expire after it is issued", "expires");
        Objects.requireNonNull(revoked, "revoked");
    }

    public boolean usableAt(Instant now) {
        return revoked.isEmpty() && now.isBefore(expires);
    }
}
