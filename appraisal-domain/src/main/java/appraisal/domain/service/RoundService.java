package appraisal.domain.service;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.round.OpenRoundUseCase;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Opens rounds. */
public final class RoundService implements OpenRoundUseCase, RoundQueries {

    private final RoundRepository rounds;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RoundService(RoundRepository rounds, AuditSink audit, UnitOfWork unitOfWork, Clock clock) {
        this.rounds = rounds;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public RoundId open(OpenRoundCommand command) {
        Round round = command.round();
        return unitOfWork.inTransaction(() -> {
            if (rounds.find(round.id()).isPresent()) {
                throw DomainException.refused("round.exists", "round " + round.id() + " is already open");
            }
            rounds.save(round);
            Map<String, String> after = new LinkedHashMap<>();
            after.put("start", round.start().toString());
            after.put("end", round.end().toString());
            round.deadlines().forEach(d -> after.put("deadline." + d.kind().name().toLowerCase(java.util.Locale.ROOT), d.due().toString()));
            audit.append(List.of(DomainEvent.of("round", round.id().value(), 0, "round.opened", command.actor(), clock.instant(),
                    Map.of(), after)));
            return round.id();
        });
    }

    @Override
    public Round round(RoundId id) {
        return rounds.find(id).orElseThrow(() -> DomainException.notFound("round.not-found", "round " + id + " is not open"));
    }

    @Override
    public List<Round> rounds() {
        return rounds.all();
    }
}
