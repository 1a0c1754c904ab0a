package appraisal.web.bad.parts;

import appraisal.web.bad.PageAssembly;

/** Calls back into the package that uses it: the other half of the cycle. */
public final class Header {

    public String render(PageAssembly page, String title) {
        return "<h1>" + page.escape(title) + "</h1>";
    }
}
