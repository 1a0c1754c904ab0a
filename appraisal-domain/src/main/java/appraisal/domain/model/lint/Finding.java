package appraisal.domain.model.lint;

import appraisal.domain.model.shared.Require;

/**
 * One thing the rubric lint noticed: a severity, a stable code (never reworded once published,
 * so scripts can filter on it), where it is (a JSON pointer into the rubric, e.g.
 * {@code /indicators/4/levels/4}) and a message for people.
 */
public record Finding(Severity severity, String code, String location, String message) {

    public Finding {
        Require.present(severity, "severity");
        code = Require.text(code, "code");
        location = location == null ? "" : location;
        message = Require.text(message, "message");
    }
}
