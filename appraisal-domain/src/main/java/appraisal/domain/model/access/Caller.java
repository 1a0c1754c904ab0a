package appraisal.domain.model.access;

import java.util.Objects;

/**
 * Who is calling and what they may see, worked out together for one request from one look at
 * the store (see {@link appraisal.domain.port.in.access.TokensUseCase#caller}).
 */
public record Caller(Principal principal, Visibility visibility) {

    public Caller {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(visibility, "visibility");
    }
}
