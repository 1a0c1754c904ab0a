package appraisal.domain.model.bad;

/** Breaks the domain's I/O rule on purpose: settings read from the machine rather than passed in. Only ever imported alone. */
public final class ReadsTheEnvironment {

    public String office() {
        String fromEnvironment = System.getenv("APPRAISAL_OFFICE");
        return fromEnvironment != null ? fromEnvironment : System.getProperty("appraisal.office", "none");
    }
}
