package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.lint.Finding;
import appraisal.domain.model.lint.Severity;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.rubric.LintReport;
import appraisal.domain.port.in.rubric.LintRubricCommand;
import appraisal.domain.port.in.rubric.RubricImport;
import appraisal.interchange.ParsedTree;
import java.util.List;
import java.util.stream.Collectors;

/** Indicator versions in the interchange format; rubric import (administrators) and lint (anyone signed in). */
final class IndicatorResource {

    private final ApiUseCases.Indicators uses;

    IndicatorResource(ApiUseCases.Indicators uses) {
        this.uses = uses;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", BASE + "/indicators", Access.SIGNED_IN, this::indicators));
        routes.add(new Route("GET", BASE + "/indicators/{code}/versions/{version}", Access.SIGNED_IN, this::indicator));
        routes.add(new Route("POST", BASE + "/rubrics", Access.ADMIN, this::importRubric));
        routes.add(new Route("POST", BASE + "/rubrics/lint", Access.SIGNED_IN, this::lint));
    }

    private void indicators(Call call) {
        call.json(200, call.page(uses.indicators().latestIndicators().stream().map(i -> call.raw(uses.rubricCodec().write(i)))
                .collect(Collectors.toList())));
    }

    private void indicator(Call call) {
        int version;
        try {
            version = Integer.parseInt(call.path("version"));
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "request.bad-path", "the version must be a whole number, got '" + call.path("version") + "'",
                    "version");
        }
        if (version < 1) {
            throw DomainException.notFound("indicator.not-found", "indicator " + call.path("code") + " has no version " + version);
        }
        call.tree(200, uses.rubricCodec().write(uses.indicators().indicator(new IndicatorRef(call.path("code"), version))));
    }

    private void importRubric(Call call) {
        ParsedTree parsed = call.tree();
        RubricImport result;
        try {
            result = uses.importRubric().importRubric(new ImportRubricCommand(parsed.tree(), call.principal().actor()));
        } catch (DomainException e) {
            throw Call.located(parsed, e);
        }
        call.json(201, new Views.RubricImported(refs(result.stored()), refs(result.newVersions()), findings(result.findings())));
    }

    private void lint(Call call) {
        ParsedTree parsed = call.tree();
        LintReport report;
        try {
            report = uses.lintRubric().lint(new LintRubricCommand(parsed.tree()));
        } catch (DomainException e) {
            throw Call.located(parsed, e);
        }
        call.json(200, new Views.Lint((int) report.count(Severity.ERROR), (int) report.count(Severity.WARNING),
                findings(report.findings())));
    }

    private static List<String> refs(List<IndicatorRef> refs) {
        return refs.stream().map(r -> r.code() + "@" + r.version()).collect(Collectors.toList());
    }

    static List<Views.Finding> findings(List<Finding> findings) {
        return findings.stream().map(f -> new Views.Finding(OrgResource.name(f.severity()), f.code(), f.location(), f.message()))
                .collect(Collectors.toList());
    }
}
