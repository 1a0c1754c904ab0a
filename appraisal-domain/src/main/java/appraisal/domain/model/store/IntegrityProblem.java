package appraisal.domain.model.store;

import appraisal.domain.model.shared.Require;

/**
 * One thing wrong with the stored data: a stable code scripts can match (such as
 * {@code agreement.weights-not-100} or {@code sqlite.integrity}), what it is about (a table, an
 * agreement id) and a message for people.
 *
 * @param code    stable dotted code, never reworded once published
 * @param subject what the problem is about: an agreement id, a table, or {@code store}
 * @param message what is wrong, for people
 */
public record IntegrityProblem(String code, String subject, String message) {

    public IntegrityProblem {
        code = Require.text(code, "code");
        subject = Require.text(subject, "subject");
        message = Require.text(message, "message");
    }
}
