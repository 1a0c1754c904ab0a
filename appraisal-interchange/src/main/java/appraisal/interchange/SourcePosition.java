package appraisal.interchange;

/** A line and column (both from 1) in a source text. */
public record SourcePosition(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
