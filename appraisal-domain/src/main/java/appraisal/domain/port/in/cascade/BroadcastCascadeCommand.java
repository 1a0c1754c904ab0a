package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.ItemDraft;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One agreement template drafted for the head of each child office of {@code unit} in a round.
 *
 * @param childUnits  the child units to draft for; empty means every child unit that is an office
 *                    (work groups are left out: their people are staff, reached by a derive)
 * @param template    the items every office gets (typically a rubric section); an item without an
 *                    explicit parent links to the parent agreement's item of the same indicator
 *                    code, when there is a parent agreement and it has one
 * @param parent      the parent unit head's own agreement in the round, if the offices' agreements
 *                    are cascaded from it
 * @param officeFacts facts of particular offices, laid over the computed {@code office.headcount}
 */
public record BroadcastCascadeCommand(RoundId round, OrgUnitId unit, ImmutableSet<OrgUnitId> childUnits,
                                      ImmutableList<ItemDraft> template, Optional<AgreementId> parent,
                                      ImmutableMap<OrgUnitId, Facts> officeFacts, Actor actor) {
    public BroadcastCascadeCommand {
        Require.present(round, "round");
        Require.present(unit, "unit");
        Require.present(childUnits, "childUnits");
        Require.present(template, "template");
        Require.that(!template.isEmpty(), "cascade.empty-template", "the template has no items", "template");
        Objects.requireNonNull(parent, "parent");
        Require.present(officeFacts, "officeFacts");
        Require.present(actor, "actor");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < template.size(); i++) {
            Require.that(codes.add(template.get(i).indicatorCode()), "agreement.duplicate-indicator",
                    "indicator " + template.get(i).indicatorCode() + " is listed twice", "template/" + i);
        }
    }

    /** The template to every office under {@code unit}, with no parent agreement. */
    public static BroadcastCascadeCommand toEveryOffice(RoundId round, OrgUnitId unit, ImmutableList<ItemDraft> template,
                                                       Actor actor) {
        return new BroadcastCascadeCommand(round, unit, ImmutableSet.of(), template, Optional.empty(), ImmutableMap.of(), actor);
    }

    /** The template to every office under {@code unit}, by a person acting with an ordinary account. */
    public static BroadcastCascadeCommand toEveryOffice(RoundId round, OrgUnitId unit, ImmutableList<ItemDraft> template,
                                                       PersonId actor) {
        return toEveryOffice(round, unit, template, Actor.person(actor));
    }

    /** A broadcast by a person acting with an ordinary account. */
    public BroadcastCascadeCommand(RoundId round, OrgUnitId unit, ImmutableSet<OrgUnitId> childUnits, ImmutableList<ItemDraft> template,
                                   Optional<AgreementId> parent, ImmutableMap<OrgUnitId, Facts> officeFacts, PersonId actor) {
        this(round, unit, childUnits, template, parent, officeFacts, Actor.person(actor));
    }
}
