package appraisal.domain.service;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.interchange.RubricReading;
import appraisal.domain.model.lint.Finding;
import appraisal.domain.model.lint.RubricLint;
import appraisal.domain.model.lint.Severity;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.rubric.ImportRubricUseCase;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.domain.port.in.rubric.LintReport;
import appraisal.domain.port.in.rubric.LintRubricCommand;
import appraisal.domain.port.in.rubric.LintRubricUseCase;
import appraisal.domain.port.in.rubric.RubricTemplateCommand;
import appraisal.domain.port.in.rubric.RubricTemplateUseCase;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lints rubrics and stores their indicators as immutable versions. */
public final class RubricService implements LintRubricUseCase, ImportRubricUseCase, IndicatorQueries, RubricTemplateUseCase {

    private final RubricCodec codec;
    private final IndicatorRepository indicators;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RubricService(RubricCodec codec, IndicatorRepository indicators, AuditSink audit, UnitOfWork unitOfWork, Clock clock) {
        this.codec = codec;
        this.indicators = indicators;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public LintReport lint(LintRubricCommand command) {
        RubricReading reading = codec.read(command.rubric());
        return new LintReport(reading.rubric(), new RubricLint().lint(reading.rubric(), reading.findings()));
    }

    @Override
    public appraisal.domain.port.in.rubric.RubricImport importRubric(ImportRubricCommand command) {
        LintReport report = lint(new LintRubricCommand(command.rubric()));
        if (report.hasErrors()) {
            String first = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).limit(3)
                    .map(f -> f.location() + " " + f.code() + ": " + f.message()).collect(Collectors.joining("; "));
            throw DomainException.refused("rubric.has-errors", "the rubric has " + report.count(Severity.ERROR)
                    + " error(s) and was not imported; fix them first (rubric lint lists all): " + first);
        }
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            List<RubricEntry> entries = new ArrayList<>();
            List<IndicatorRef> stored = new ArrayList<>();
            List<IndicatorRef> fresh = new ArrayList<>();
            List<DomainEvent> events = new ArrayList<>();
            for (RubricEntry entry : report.rubric().entries()) {
                Indicator indicator = entry.indicator();
                Optional<Indicator> latest = indicators.latest(indicator.ref().code());
                Indicator kept;
                if (latest.isPresent() && latest.get().sameContentAs(indicator)) {
                    kept = latest.get();
                } else {
                    kept = latest.map(l -> indicator.withVersion(l.ref().version() + 1)).orElse(indicator);
                    indicators.save(kept);
                    fresh.add(kept.ref());
                    events.add(DomainEvent.of("indicator", kept.ref().toString(), 0, "indicator.version-stored", command.actor(), at,
                            latest.map(l -> Map.of("version", String.valueOf(l.ref().version()))).orElse(Map.of()),
                            Map.of("version", String.valueOf(kept.ref().version()), "title", kept.title())));
                }
                stored.add(kept.ref());
                entries.add(new RubricEntry(kept, entry.section(), entry.weight()));
            }
            audit.append(events);
            Rubric rubric = new Rubric(report.rubric().title(), report.rubric().fiscalYear(), report.rubric().round(),
                    ImmutableList.copyOf(entries));
            List<Finding> warnings = report.findings();
            return new appraisal.domain.port.in.rubric.RubricImport(rubric, ImmutableList.copyOf(stored), ImmutableList.copyOf(fresh),
                    ImmutableList.copyOf(warnings));
        });
    }

    @Override
    public ImmutableList<ItemDraft> template(RubricTemplateCommand command) {
        Rubric rubric = codec.read(command.rubric()).rubric();
        List<RubricEntry> entries = rubric.section(command.section());
        if (entries.isEmpty()) {
            throw DomainException.refused("rubric.section-empty", "the rubric '" + rubric.title() + "' has no "
                    + command.section().name().toLowerCase(java.util.Locale.ROOT) + " indicators");
        }
        List<ItemDraft> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RubricEntry entry : entries) {
            Optional<Indicator> stored = storedAs(entry.indicator());
            if (stored.isEmpty()) {
                missing.add(entry.indicator().ref().code());
                continue;
            }
            out.add(ItemDraft.of(stored.get().ref(), entry.section(), entry.weight())
                    .withResponsibleUnit(stored.get().responsibleUnit()));
        }
        if (!missing.isEmpty()) {
            throw DomainException.refused("rubric.not-imported", "indicator(s) " + String.join(", ", missing)
                    + " of this rubric are not stored as the file has them; an administrator imports the rubric first");
        }
        return ImmutableList.copyOf(out);
    }

    /** The stored version of an indicator with the same content, the latest first. */
    private Optional<Indicator> storedAs(Indicator wanted) {
        Optional<Indicator> latest = indicators.latest(wanted.ref().code());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        for (int v = latest.get().ref().version(); v >= 1; v--) {
            Optional<Indicator> version = indicators.find(new IndicatorRef(wanted.ref().code(), v));
            if (version.isPresent() && version.get().sameContentAs(wanted)) {
                return version;
            }
        }
        return Optional.empty();
    }

    @Override
    public List<Indicator> latestIndicators() {
        return indicators.allLatest();
    }

    @Override
    public Indicator indicator(IndicatorRef ref) {
        return indicators.find(ref).orElseThrow(() -> DomainException.notFound("indicator.not-found", "indicator " + ref + " is not stored"));
    }
}
