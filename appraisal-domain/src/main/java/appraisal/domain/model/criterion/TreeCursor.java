package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.thai.BuddhistDates;
import appraisal.domain.model.thai.ThaiDigits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A position in an interchange tree, named by its JSON pointer (RFC 6901), with typed reads that
 * fail with an {@code INVALID} domain exception naming that pointer. Adapters turn the pointer
 * into a file line and column.
 */
public record TreeCursor(Node node, String pointer) {

    public static TreeCursor root(Node node) {
        return new TreeCursor(node, "");
    }

    /** The location to show a user: the pointer, or {@code /} for the root. */
    public String where() {
        return pointer.isEmpty() ? "/" : pointer;
    }

    public Node.Obj object() {
        if (node instanceof Node.Obj o) {
            return o;
        }
        throw wrongType("an object");
    }

    public List<TreeCursor> list() {
        if (node instanceof Node.Arr a) {
            List<TreeCursor> out = new ArrayList<>(a.items().size());
            for (int i = 0; i < a.items().size(); i++) {
                out.add(new TreeCursor(a.items().get(i), pointer + "/" + i));
            }
            return out;
        }
        throw wrongType("a list");
    }

    public String text() {
        if (node instanceof Node.Text t) {
            if (t.value().isBlank()) {
                throw DomainException.invalid("tree.empty-text", "expected non-empty text at " + where(), where());
            }
            return t.value();
        }
        throw wrongType("text");
    }

    /** A number, also accepted as text with Thai digits or thousands separators ({@code "๑๐,๐๓๓"}). */
    public BigDecimal number() {
        if (node instanceof Node.Num n) {
            return n.value();
        }
        if (node instanceof Node.Text t) {
            try {
                return ThaiDigits.parseDecimal(t.value());
            } catch (DomainException e) {
                throw DomainException.invalid(e.code(), e.getMessage() + " (at " + where() + ")", where());
            }
        }
        throw wrongType("a number");
    }

    public int integer() {
        BigDecimal n = number();
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw DomainException.invalid("tree.not-integer", "expected a whole number at " + where() + ", got " + n, where());
        }
    }

    public boolean bool() {
        if (node instanceof Node.Bool b) {
            return b.value();
        }
        throw wrongType("true or false");
    }

    /** A date: ISO ({@code 2022-09-02}) or as Thai offices write it ({@code 02/09/2565}, {@code ๒ ก.ย. ๒๕๖๕}). */
    public LocalDate date() {
        String s = text();
        try {
            return BuddhistDates.parse(s);
        } catch (DomainException e) {
            throw DomainException.invalid(e.code(), e.getMessage() + " (at " + where() + ")", where());
        }
    }

    public TreeCursor field(String key) {
        Node.Obj o = object();
        Node child = o.fields().get(key);
        if (child == null) {
            throw DomainException.invalid("tree.missing-field", "missing field '" + key + "' at " + where(), where());
        }
        return new TreeCursor(child, pointer + "/" + escape(key));
    }

    public Optional<TreeCursor> optionalField(String key) {
        Node.Obj o = object();
        Node child = o.fields().get(key);
        return child == null ? Optional.empty() : Optional.of(new TreeCursor(child, pointer + "/" + escape(key)));
    }

    /** Rejects keys outside {@code allowed}, so a typo in a rubric is reported rather than ignored. */
    public TreeCursor onlyFields(Set<String> allowed) {
        for (String key : object().fields().keySet()) {
            if (!allowed.contains(key)) {
                String at = pointer + "/" + escape(key);
                throw DomainException.invalid("tree.unknown-field",
                        "unknown field '" + key + "' at " + where() + "; allowed: " + String.join(", ", allowed), at);
            }
        }
        return this;
    }

    /**
     * Runs a constructor of a value read from here, re-pointing an {@code INVALID} error that names
     * a field (or nothing) at this position, so the user sees where in the file it is.
     */
    public <T> T build(java.util.function.Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (DomainException ex) {
            if (ex.kind() != DomainException.Kind.INVALID || ex.location().startsWith("/")) {
                throw ex;
            }
            String at = ex.location().isEmpty() ? where() : pointer + "/" + ex.location();
            throw DomainException.invalid(ex.code(), ex.getMessage() + " (at " + at + ")", at);
        }
    }

    public DomainException error(String code, String message) {
        return DomainException.invalid(code, message + " at " + where(), where());
    }

    private DomainException wrongType(String expected) {
        return DomainException.invalid("tree.wrong-type",
                "expected " + expected + " at " + where() + ", got " + node.typeName(), where());
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
