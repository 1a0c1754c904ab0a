package appraisal.domain.port.in.access;

import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Visibility;

/** Who sees whom: what a principal may see of the organisation ({@code docs/security.md}). */
public interface VisibilityQueries {

    /** What this principal may see, from the current org tree. */
    Visibility visibility(Principal principal);
}
