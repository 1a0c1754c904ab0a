package appraisal.http;

import appraisal.domain.model.indicator.Section;
import appraisal.domain.port.in.agreement.ItemDraft;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/** The request bodies that are not interchange documents, one record each, read strictly as JSON. */
public final class Requests {

    private Requests() {
    }

    /** {@code POST /session}. */
    public record SignIn(String username, String password) {
    }

    /** {@code POST /tokens}: for oneself, or (an administrator) for {@code username}. */
    public record IssueToken(String label, int validDays, Optional<String> username) {
    }

    /** {@code POST /users}. */
    public record AddUser(String username, String password, Optional<String> person, boolean admin) {
    }

    /** {@code PUT /org-units/{id}}. */
    public record RegisterUnit(String name, String kind, Optional<String> parent) {
    }

    /** {@code PUT /people/{id}}. */
    public record RegisterPerson(String name, String position, String level, String unit, Optional<String> supervisor,
                                 boolean onProbation) {
    }

    /** {@code PATCH /agreements/{id}/items/{item}}. */
    public record ChangeItem(BigDecimal weight) {
    }

    /** {@code POST /agreements/{id}/items}. */
    public record AddItem(String indicator, Optional<Integer> version, String section, BigDecimal weight,
                          Optional<String> responsibleUnit) {

        /** The item to draft; a section not of {@link Section} is refused, naming the field. */
        ItemDraft draft() {
            return ItemDraft.of(indicator, OrgResource.enumOf(Section.class, section, "section"), weight)
                    .withVersion(version.map(OptionalInt::of).orElse(OptionalInt.empty()))
                    .withResponsibleUnit(responsibleUnit.orElse(""));
        }
    }

    /** A reason: amendments, reopenings. */
    public record Reason(String reason) {
    }

    /** {@code POST /agreements/{id}/review}. */
    public record Review(String opinion) {
    }

    /** {@code POST /agreements/{id}/refusal}: the appraisee refused to sign, before a witness. */
    public record Refusal(String witness, Optional<String> note) {
    }

    /** {@code POST /agreements/{id}/closure}. */
    /**
     * {@code POST /agreements/{id}/closure}: nothing to say. Whether a review was needed is the round's
     * policy, never the request's, so a body naming {@code review_required} is refused as an unknown field.
     */
    public record Closure() {
    }

    /** {@code PUT /agreements/{id}/items/{item}/roll-up}. */
    public record SetRollUp(String method, Optional<String> fact) {
    }
}
