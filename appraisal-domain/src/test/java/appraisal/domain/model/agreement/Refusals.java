package appraisal.domain.model.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import appraisal.domain.model.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the domain refusal a call must raise, failing the test plainly when none comes. */
public final class Refusals {

    private Refusals() {
    }

    public static DomainException refusalOf(ThrowingCallable call) {
        DomainException refusal = catchThrowableOfType(DomainException.class, call);
        assertThat(refusal).as("expected a DomainException, but the call went through").isNotNull();
        return refusal;
    }
}
