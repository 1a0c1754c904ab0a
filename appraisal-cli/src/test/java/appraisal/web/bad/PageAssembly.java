package appraisal.web.bad;

import appraisal.web.bad.parts.Header;

/** With {@link Header}, a cycle between two packages of one module, which Maven does not see. Only ever imported alone. */
public final class PageAssembly {

    public String page(String title) {
        return new Header().render(this, title) + "<main></main>";
    }

    public String escape(String text) {
        return text.replace("<", "&lt;");
    }
}
