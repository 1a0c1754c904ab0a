package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import appraisal.domain.model.store.StoreEpoch;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What every change to a stored agreement names: which agreement, who acts, and the version the
 * actor saw (empty when the caller does not track versions, e.g. a one-off CLI call) with the
 * store epoch it was seen in (empty when the caller does not track epochs; a version seen in
 * another epoch is stale, however equal its number).
 */
public record AgreementChange(AgreementId agreement, Actor actor, OptionalLong expectedVersion, Optional<StoreEpoch> epoch) {
    public AgreementChange {
        Require.present(agreement, "agreement");
        Require.present(actor, "actor");
        Objects.requireNonNull(expectedVersion, "expectedVersion");
        Objects.requireNonNull(epoch, "epoch");
    }

    public AgreementChange(AgreementId agreement, Actor actor, OptionalLong expectedVersion) {
        this(agreement, actor, expectedVersion, Optional.empty());
    }

    /** A change by a person acting with an ordinary account. */
    public AgreementChange(AgreementId agreement, PersonId actor, OptionalLong expectedVersion) {
        this(agreement, Actor.person(actor), expectedVersion);
    }

    public static AgreementChange of(AgreementId agreement, PersonId actor) {
        return new AgreementChange(agreement, actor, OptionalLong.empty());
    }

    public static AgreementChange of(AgreementId agreement, Actor actor) {
        return new AgreementChange(agreement, actor, OptionalLong.empty());
    }

    public static AgreementChange at(AgreementId agreement, PersonId actor, long version) {
        return new AgreementChange(agreement, actor, OptionalLong.of(version));
    }

    public static AgreementChange at(AgreementId agreement, Actor actor, long version) {
        return new AgreementChange(agreement, actor, OptionalLong.of(version));
    }

    /** A change at the version the actor saw in store epoch {@code epoch} (an HTTP ETag names both). */
    public static AgreementChange at(AgreementId agreement, Actor actor, long version, StoreEpoch epoch) {
        return new AgreementChange(agreement, actor, OptionalLong.of(version), Optional.of(epoch));
    }

    /** Who the audit trail names. */
    public PersonId person() {
        return actor.id();
    }
}
