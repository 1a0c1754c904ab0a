package appraisal.domain.model.access;

import appraisal.domain.model.shared.Require;

/** A new bearer token: the secret is shown this once and stored only hashed. */
public record IssuedToken(TokenInfo info, String secret) {
    public IssuedToken {
        Require.present(info, "info");
        secret = Require.text(secret, "secret");
    }

    @Override
    public String toString() {
        return "IssuedToken[" + info + "]";
    }
}
