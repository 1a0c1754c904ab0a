package appraisal.interchange;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableMap;

/**
 * A tree read from text, with where each JSON pointer starts in that text, so a domain error
 * naming a pointer can be shown as {@code rubric.yaml:42:9}.
 */
public record ParsedTree(Node tree, String source, ImmutableMap<String, SourcePosition> positions) {

    /** {@code source:line:column} of the pointer, or of its nearest enclosing value. */
    public String locate(String pointer) {
        String p = pointer == null || pointer.equals("/") ? "" : pointer;
        while (true) {
            SourcePosition position = positions.get(p);
            if (position != null) {
                return source + ":" + position;
            }
            if (p.isEmpty()) {
                return source;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * The same error with its location rewritten as {@code file:line:column (pointer)}; errors
     * that name no pointer pass through unchanged.
     */
    public DomainException locate(DomainException error) {
        String pointer = error.location();
        if (!pointer.startsWith("/")) {
            return error;
        }
        String where = locate(pointer) + " (" + pointer + ")";
        return new DomainException(error.kind(), error.code(), where + ": " + error.getMessage(), where);
    }
}
