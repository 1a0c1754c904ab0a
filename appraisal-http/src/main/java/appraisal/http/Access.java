package appraisal.http;

/** Who may call a route at all; what they may see inside it is the org scope's call. */
public enum Access {
    /** Anyone, signed in or not (health, documentation, signing in). */
    PUBLIC,
    /** Any signed-in user; the handler narrows to their org scope. */
    SIGNED_IN,
    /** Administrators only. */
    ADMIN
}
