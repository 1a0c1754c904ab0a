package appraisal.web;

import java.util.List;

/**
 * What every page's frame shows: the title, who is signed in, the CSRF token for the page's forms,
 * the menu, whether digits are Thai, and the path (for the digits switch to come back to).
 */
public record Frame(String title, String user, String csrf, List<Link> menu, boolean thaiDigits, String path, String notice) {

    /** A menu entry; {@code current} when it is the page shown. */
    public record Link(String href, String label, boolean current) {
    }

    public boolean signedIn() {
        return !user.isEmpty();
    }
}
