package appraisal.cli;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementUseCase;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.interchange.CsvTable;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code appraisal evaluate ID}: the evaluator's judgements, level overrides (each with its
 * reason) and the competency assessment; prints the resulting score.
 */
@Command(name = "evaluate", description = "Evaluate a self-assessed agreement as its evaluator: answer judgement criteria, "
        + "override levels with a reason, and assess every competency of the appraisee's position. Prints the score.",
        footer = {"", "Competency codes: core.achievement core.service core.expertise core.integrity core.teamwork, and for "
                + "D/M positions mgmt.leadership mgmt.visioning mgmt.strategy mgmt.change mgmt.self-control mgmt.coaching. "
                + "A --competency given on the line wins over the same code in --competencies-from.",
                "Examples:",
                "  appraisal evaluate AG-1 --as BRM-0001 --override \"T6=3:ตรวจพื้นที่แล้ว\" --competencies-from competencies.csv",
                "  appraisal evaluate AG-1 --as BRM-0001 --judge T4:kkj.level5_normal_recovery_adequate=yes "
                        + "--competency core.achievement=3 --competency core.service=3 ..."})
public final class EvaluateCommand extends AgreementChangeCommand {

    /** What {@code agreement evaluate} may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(AgreementQueries agreements, IndicatorQueries indicators, EvaluateAgreementUseCase evaluate, ScoreAgreementUseCase scoreAgreement) {
        static Uses of(Application app) {
            return new Uses(app.agreements, app.indicators, app.evaluate, app.scoreAgreement);
        }
    }

    @Option(names = "--override", paramLabel = "ITEM=LEVEL:REASON", description = "Set an item's level (0-5) by hand, with the reason.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--judge", paramLabel = "ITEM:FACT=yes|no", description = "Answer a judgement the item's indicator leaves to the evaluator.")
    List<String> judgements = new ArrayList<>();

    @Option(names = "--competency", paramLabel = "CODE=LEVEL", description = "The observed level (0-5) of one competency.")
    List<String> competencies = new ArrayList<>();

    @Option(names = "--competencies-from", paramLabel = "FILE", description = "A CSV file with the columns code,level (- for stdin).")
    String competenciesFile;

    @Override
    protected ExitCode execute() {
        Agreement a = uses(Uses::of).agreements().show(agreementId());
        Map<ItemId, Facts> judged = new LinkedHashMap<>();
        for (String text : judgements) {
            int colon = text.indexOf(':');
            if (colon <= 0) {
                throw new CliException(ExitCode.USAGE, "--judge expects ITEM:FACT=yes|no, not '" + text + "'");
            }
            ItemFacts item = ItemFacts.of(uses(Uses::of).indicators(), a, text.substring(0, colon));
            Assignment answer = Assignment.of(text.substring(colon + 1), "--judge " + item.item().id());
            FactValue value = item.parse(answer.name(), answer.value());
            judged.merge(item.item().id(), Facts.of(answer.name(), value), Facts::overlaidBy);
        }
        Map<ItemId, LevelOverride> overridden = new LinkedHashMap<>();
        for (String text : overrides) {
            Assignment o = Assignment.of(text, "--override");
            ItemId item = ItemFacts.of(uses(Uses::of).indicators(), a, o.name()).item().id();
            int colon = o.value().indexOf(':');
            String level = colon < 0 ? o.value() : o.value().substring(0, colon);
            String reason = colon < 0 ? "" : o.value().substring(colon + 1);
            if (overridden.put(item, new LevelOverride(Assignment.wholeNumber(level, "--override " + item + " level"), reason)) != null) {
                throw new CliException(ExitCode.USAGE, "--override " + item + " is given twice");
            }
        }
        Set<ItemId> evaluated = new LinkedHashSet<>(judged.keySet());
        evaluated.addAll(overridden.keySet());
        ImmutableMap.Builder<ItemId, ItemEvaluation> items = ImmutableMap.builder();
        for (ItemId item : evaluated) {
            items.put(item, new ItemEvaluation(judged.getOrDefault(item, Facts.NONE), Optional.ofNullable(overridden.get(item)), ""));
        }
        uses(Uses::of).evaluate().evaluate(new EvaluateAgreementCommand(change(acting()), items.build(), assessment()));
        out().note(a.id() + ": evaluated");
        ScoreTables.printAgreement(this, uses(Uses::of).scoreAgreement().score(a.id()));
        return ExitCode.OK;
    }

    /** The levels from the file, then those on the line (which win). Which competencies are owed is the domain's call. */
    private CompetencyAssessment assessment() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (competenciesFile != null) {
            Input.Source source = input().read(competenciesFile);
            for (CsvTable.Row row : CsvRows.read(source, List.of("code", "level"), List.of())) {
                try {
                    if (levels.put(row.get("code"), Assignment.wholeNumber(row.get("level"), "the level of " + row.get("code"))) != null) {
                        throw new CliException(ExitCode.USAGE, "competency " + row.get("code") + " is given twice");
                    }
                } catch (CliException e) {
                    throw CsvRows.bad(source, row.line(), e.getMessage());
                }
            }
        }
        Set<String> onTheLine = new LinkedHashSet<>();
        for (String text : competencies) {
            Assignment c = Assignment.of(text, "--competency");
            if (!onTheLine.add(c.name())) {
                throw new CliException(ExitCode.USAGE, "--competency " + c.name() + " is given twice");
            }
            levels.put(c.name(), Assignment.wholeNumber(c.value(), "--competency " + c.name()));
        }
        return CompetencyAssessment.of(levels);
    }
}
