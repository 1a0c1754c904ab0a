package appraisal.domain.service;

import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.DraftReplacement;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.interchange.AgreementDocument;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.DraftAgreementUseCase;
import appraisal.domain.port.in.agreement.ImportAgreementCommand;
import appraisal.domain.port.in.agreement.ImportAgreementUseCase;
import appraisal.domain.port.in.agreement.ImportedAgreement;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Imports agreement files, for the CLI and the API alike: one mapping from the file to the
 * agreement, in one unit of work. A new agreement is drafted through {@link DraftAgreementUseCase}
 * (so its checks are the draft's own: the round is open, the evaluator is the supervisor, one
 * agreement per person per round), then the file's local targets and roll-ups are set on it.
 *
 * <p>With {@code asAmendment}, a person who has an agreement in the round gets the file's content
 * on it instead of a second one: a DRAFT has its items made the file's ({@link DraftReplacement});
 * an AGREED one is first amended (a new revision, the signed one kept) and then made so. Later
 * statuses are refused: results and evaluation are recorded, not imported. The file may not name
 * another evaluator or parent than the agreement has (an amendment is a revision of the same
 * agreement between the same people); office facts in the file replace the agreement's, an empty
 * set keeps them.
 */
public final class AgreementImportService implements ImportAgreementUseCase {

    private final DraftAgreementUseCase drafts;
    private final Authorities authorities;
    private final ParentLinks parentLinks;
    private final AgreementWrites writes;
    private final AgreementRepository agreements;
    private final IndicatorRepository indicators;
    private final PersonRepository people;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AgreementImportService(DraftAgreementUseCase drafts, AgreementRepository agreements, IndicatorRepository indicators,
                                  PersonRepository people, OrgUnitRepository units, RoundRepository rounds, AuditSink audit,
                                  UnitOfWork unitOfWork, Clock clock) {
        this.drafts = drafts;
        this.authorities = new Authorities(people, units, rounds, clock);
        this.parentLinks = new ParentLinks(agreements, authorities);
        this.writes = new AgreementWrites(agreements, audit);
        this.agreements = agreements;
        this.indicators = indicators;
        this.people = people;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public ImportedAgreement importAgreement(ImportAgreementCommand c) {
        Instant at = clock.instant();
        AgreementDocument document = c.document();
        return unitOfWork.inTransaction(() -> {
            List<Agreement> theirs = agreements.ofAppraisee(document.round(), document.appraisee());
            if (theirs.isEmpty()) {
                return draft(document, c.actor(), at);
            }
            if (!c.asAmendment()) {
                throw OneAgreementPerRound.alreadyExists(document.round(), document.appraisee(), theirs.get(0));
            }
            if (theirs.size() > 1) {
                throw OneAgreementPerRound.several(document.round(), document.appraisee(), theirs);
            }
            return amend(theirs.get(0), document, c, at);
        });
    }

    private ImportedAgreement draft(AgreementDocument document, Actor actor, Instant at) {
        PersonId evaluator = document.evaluator().orElseGet(() -> supervisorOf(document.appraisee()));
        // The file's targets and roll-up rules are part of drafting it, so they are the drafter's to set.
        Party actedAs = authorities.requireNew(Act.DRAFT, document.round(), Optional.of(document.appraisee()), evaluator, actor,
                "the agreement of " + document.appraisee() + " in round " + document.round());
        // Read before drafting: a file the draft would take but whose targets are wrong drafts nothing.
        List<Item> wanted = wanted(document, evaluator, actor);
        List<ItemDraft> items = new ArrayList<>();
        document.items().forEach(i -> items.add(ItemDraft.from(i)));
        AgreementId id = drafts.draft(new DraftAgreementCommand(document.round(), document.appraisee(), evaluator, document.parent(),
                document.context(), ImmutableList.copyOf(items), actor));
        Agreement drafted = load(id);
        // Local targets and roll-up rules are further edits of the same draft, which nobody has signed yet.
        if (DraftReplacement.apply(drafted, wanted, actor.id(), at)) {
            save(drafted, actedAs);
        }
        return new ImportedAgreement(id, ImportedAgreement.Outcome.DRAFTED, drafted.version());
    }

    private ImportedAgreement amend(Agreement existing, AgreementDocument document, ImportAgreementCommand c, Instant at) {
        String id = existing.id().value();
        document.evaluator().filter(e -> !e.equals(existing.evaluator())).ifPresent(e -> {
            throw DomainException.refused("agreement.import-other-parties", "the file names evaluator " + e + " but agreement " + id
                    + " of " + existing.appraisee() + " is with " + existing.evaluator() + "; an amendment keeps the parties: "
                    + "name " + existing.evaluator() + " or leave the evaluator out");
        });
        document.parent().filter(p -> !Optional.of(p).equals(existing.parent())).ifPresent(p -> {
            throw DomainException.refused("agreement.import-other-parties", "the file names parent agreement " + p + " but agreement "
                    + id + " is cascaded from " + existing.parent().map(AgreementId::value).orElse("none") + "; an amendment keeps "
                    + "the parent: name " + existing.parent().map(AgreementId::value).orElse("no parent") + " in the file");
        });
        ImportedAgreement.Outcome outcome;
        Party actedAs;
        if (existing.status() == AgreementStatus.AGREED) {
            actedAs = authorities.require(Act.AMEND, existing, c.actor());
            outcome = ImportedAgreement.Outcome.AMENDED;
        } else if (existing.status() == AgreementStatus.DRAFT) {
            actedAs = authorities.require(Act.EDIT_DRAFT, existing, c.actor());
            outcome = ImportedAgreement.Outcome.DRAFT_CHANGED;
        } else {
            throw DomainException.refused("agreement.import-past-agreed", "agreement " + id + " of " + existing.appraisee()
                    + " in round " + existing.round() + " is " + existing.status() + "; a file can change an agreement only while it "
                    + "is DRAFT or AGREED (results, evaluation and the steps after are recorded with their own commands)");
        }
        boolean newContext = !document.context().isEmpty() && !document.context().equals(existing.context());
        if (newContext) {
            authorities.require(Act.UPDATE_CONTEXT, existing, c.actor());
        }
        List<Item> wanted = wanted(document, existing.evaluator(), c.actor());
        if (outcome == ImportedAgreement.Outcome.AMENDED) {
            existing.amend(c.actor().id(), c.reason(), at);
        }
        boolean changed = DraftReplacement.apply(existing, wanted, c.actor().id(), at);
        if (newContext) {
            existing.updateContext(document.context(), c.actor().id(), at);
            changed = true;
        }
        if (outcome == ImportedAgreement.Outcome.DRAFT_CHANGED && !changed) {
            return new ImportedAgreement(existing.id(), ImportedAgreement.Outcome.UNCHANGED, existing.version());
        }
        save(existing, actedAs);
        return new ImportedAgreement(existing.id(), outcome, existing.version());
    }

    /** The file's items as the agreement is to hold them; an item's parent link must pass {@link ParentLinks}. */
    private List<Item> wanted(AgreementDocument document, PersonId evaluator, Actor actor) {
        List<Item> out = new ArrayList<>();
        for (AgreementDocument.ItemDocument i : document.items()) {
            i.parent().map(ItemRef::agreement).ifPresent(p -> parentLinks.require(p, document.round(), evaluator, actor));
            Item item = DraftItems.item(indicators, ItemDraft.from(i));
            out.add(item.withTargetAdjustments(i.targets(), i.targetsReason()).withRollUp(i.rollUp()));
        }
        return out;
    }

    private PersonId supervisorOf(PersonId appraisee) {
        return people.find(appraisee).orElseThrow(() -> DomainException.notFound("person.not-found", "person " + appraisee
                        + " is not registered"))
                .supervisor().orElseThrow(() -> DomainException.invalid("agreement.evaluator-unknown", appraisee
                        + " has no supervisor recorded; name the evaluator in the file", "/evaluator"));
    }

    private void save(Agreement agreement, Party actedAs) {
        writes.save(agreement, actedAs);
    }

    private Agreement load(AgreementId id) {
        return writes.load(id);
    }
}
