package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.WithdrawDuplicateCommand;
import appraisal.domain.port.in.agreement.WithdrawDuplicateUseCase;
import appraisal.domain.port.in.agreement.WithdrawnDuplicate;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Withdraws duplicate agreements that a store made before the rule of one agreement per person
 * per round still holds: loads the duplicate, the person's other agreements in the round and what
 * is cascaded from it, lets {@link OneAgreementPerRound#withdrawal} decide, then removes it and
 * appends the withdrawal to its audit trail, in one unit of work.
 */
public final class DuplicateAgreementService implements WithdrawDuplicateUseCase {

    private final AgreementRepository agreements;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DuplicateAgreementService(AgreementRepository agreements, AuditSink audit, UnitOfWork unitOfWork, Clock clock) {
        this.agreements = agreements;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public WithdrawnDuplicate withdraw(WithdrawDuplicateCommand c) {
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            Agreement duplicate = agreements.find(c.agreement()).orElseThrow(() -> DomainException.notFound("agreement.not-found",
                    "agreement " + c.agreement() + " does not exist"));
            List<Agreement> theirs = agreements.ofAppraisee(duplicate.round(), duplicate.appraisee());
            DomainEvent withdrawn = OneAgreementPerRound.withdrawal(duplicate, theirs, agreements.children(duplicate.id()), c.actor(),
                    c.reason(), at);
            agreements.remove(duplicate);
            audit.append(List.of(withdrawn));
            ImmutableList<AgreementId> remaining = theirs.stream().map(Agreement::id).filter(id -> !id.equals(duplicate.id()))
                    .collect(ImmutableList.toImmutableList());
            return new WithdrawnDuplicate(duplicate.id(), duplicate.appraisee(), duplicate.round(), remaining);
        });
    }
}
