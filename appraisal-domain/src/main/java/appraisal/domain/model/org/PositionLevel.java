package appraisal.domain.model.org;

/**
 * Position levels of the Thai civil service: general (O1–O4), knowledge worker (K1–K5),
 * director (D1–D2) and executive (M1–M2). Directors and executives are also assessed on
 * management competencies.
 */
public enum PositionLevel {
    O1, O2, O3, O4, K1, K2, K3, K4, K5, D1, D2, M1, M2;

    /** Whether the management competencies apply to this level. */
    public boolean managerial() {
        return this == D1 || this == D2 || this == M1 || this == M2;
    }
}
