package appraisal.http;

import com.fasterxml.jackson.databind.util.RawValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The response bodies that are not interchange documents, one record each. */
public final class Views {

    private Views() {
    }

    public record Status(String status) {
    }

    public record SessionOpened(String username, Optional<String> person, boolean admin, String csrfToken, Instant expires) {
    }

    public record Me(String username, Optional<String> person, Optional<String> name, boolean admin) {
    }

    public record Token(String id, String username, String label, Instant created, Instant expires, Optional<Instant> revoked) {
    }

    /** A new token: the secret is shown this once. */
    public record IssuedToken(Token token, String secret) {
    }

    public record User(String username, Optional<String> person, boolean admin, Instant created, boolean disabled) {
    }

    public record Unit(String id, String name, String kind, Optional<String> parent) {
    }

    public record Person(String id, String name, String position, String level, String unit, Optional<String> supervisor,
                         boolean onProbation) {
    }

    public record Finding(String severity, String code, String location, String message) {
    }

    public record Lint(int errors, int warnings, List<Finding> findings) {
    }

    public record RubricImported(List<String> stored, List<String> newVersions, List<Finding> findings) {
    }

    public record Event(String type, long version, String actor, Instant at, Map<String, String> before, Map<String, String> after) {
    }

    public record ItemScore(String item, String indicator, BigDecimal weight, int level, BigDecimal score, boolean decided,
                            Optional<Integer> overriddenTo, List<String> missingFacts) {
    }

    public record FinalScore(BigDecimal achievement, BigDecimal competency, BigDecimal total, String rating) {
    }

    public record Score(String agreement, String status, BigDecimal achievement, boolean decided, List<ItemScore> items,
                        Optional<FinalScore> finalScore) {
    }

    public record RoundScores(String round, Page<Score> scores, Map<String, String> unscored) {
    }

    public record DeadlineCheck(String kind, String label, LocalDate due, String standing, Optional<LocalDate> doneOn, long days) {
    }

    public record PersonCompliance(String person, String name, String office, Optional<String> agreement,
                                   Optional<String> evaluator, List<DeadlineCheck> checks) {
    }

    public record Tally(int onTime, int doneLate, int late, int pending) {
    }

    public record OfficeCompliance(String office, int people, Map<String, Tally> byDeadline) {
    }

    public record Compliance(String round, LocalDate asOf, Page<PersonCompliance> people, List<OfficeCompliance> offices) {
    }

    public record Broadcast(String round, String unit, String evaluator, List<BroadcastEntry> entries, List<String> unlinked) {
    }

    public record BroadcastEntry(String office, String head, String agreement, String outcome, int headcount) {
    }

    public record Derive(String parent, String evaluator, List<DeriveEntry> entries) {
    }

    public record DeriveEntry(String person, String agreement, String outcome, Map<String, BigDecimal> weights) {
    }

    public record ChildResult(String agreement, String appraisee, String status, int level, BigDecimal score, Optional<RawValue> fact) {
    }

    public record RolledUpItem(String item, Optional<String> method, Optional<String> fact, List<ChildResult> children,
                               Optional<RawValue> value, List<String> missing) {
    }

    public record RollUp(String parent, String round, List<RolledUpItem> items) {
    }
}
