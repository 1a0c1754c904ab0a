package appraisal.domain.port.in.store;

/**
 * Whether the system could serve a change now: the store answers and could take a write (see
 * {@link appraisal.domain.port.out.StoreMaintenance#checkReady}). Returns when ready; otherwise
 * throws the store's {@code UNAVAILABLE} refusal, which names why. Leaves nothing behind, so a
 * load balancer may ask every few seconds.
 */
public interface CheckReadinessUseCase {

    void checkReady();
}
