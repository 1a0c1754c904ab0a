package appraisal.web;

import appraisal.documents.DocumentSource;
import appraisal.documents.RoundSheet;
import appraisal.domain.port.in.AuthorityQueries;
import appraisal.domain.port.in.CompetencyQueries;
import appraisal.domain.port.in.CopyAgreementUseCase;
import appraisal.domain.port.in.ImportOrgUseCase;
import appraisal.domain.port.in.RubricTemplateUseCase;
import appraisal.domain.port.in.TaskQueries;
import appraisal.http.ApiUseCases;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the pages need: the API's use cases (so a page and the API act through the same ports,
 * evidence files included), the documents built from them (one form model, printed as HTML and as
 * PDF). {@code sheetCsv} is the command line's one CSV writing of the round's sheet (text with the
 * byte order mark and CRLF lines), so the page's CSV download is the same file as {@code round sheet --out x.csv}.
 * {@code importOrg} takes the administrator's units and people files (the API has no such route). The
 * page's own: {@code authority} (which acts the viewer may do now: the buttons shown), {@code copyAgreement} (last round's agreement as a new draft), {@code tasks} (the queues),
 * {@code competencies} (what an evaluation assesses), {@code rubricTemplate} (a rubric section as a broadcast template).
 */
public record WebUseCases(ApiUseCases api, DocumentSource documents, Function<RoundSheet, String> sheetCsv,
                         ImportOrgUseCase importOrg, AuthorityQueries authority, CopyAgreementUseCase copyAgreement, TaskQueries tasks,
                         CompetencyQueries competencies, RubricTemplateUseCase rubricTemplate) {

    public WebUseCases {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(sheetCsv, "sheetCsv");
        Objects.requireNonNull(importOrg, "importOrg");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(copyAgreement, "copyAgreement");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(competencies, "competencies");
        Objects.requireNonNull(rubricTemplate, "rubricTemplate");
    }
}
