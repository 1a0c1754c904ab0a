package appraisal.web;

import appraisal.documents.DocumentSource;
import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.http.ServerFixture;
import appraisal.http.ServerSettings;
import com.google.common.collect.ImmutableSet;
import java.util.stream.Collectors;

/** The pages with the API on one server over the in-memory domain ({@link ServerFixture}'s office), as {@code appraisal serve} serves them. */
final class PageServer {

    private PageServer() {
    }

    static ServerFixture start() {
        ServerFixture fixture = new ServerFixture();
        InMemorySystem s = fixture.system;
        DocumentSource documents = new DocumentSource(s.agreements, s.rubrics, s.org, s.roundService, s.scoring, s.scoring);
        WebUseCases uses = new WebUseCases(ServerFixture.useCases(s),
                new WebUseCases.Reads(s.org, s.roundService, s.agreements, s.scoring),
                new WebUseCases.Agreements(s.agreements, s.rubrics, s.org, s.agreements, s.evidenceFiles, s.scoring, s.scoring, s.copies,
                        documents),
                new WebUseCases.Lifecycle(s.agreements, s.rubrics, s.org, s.agreements, s.agreements, s.agreements, s.agreements,
                        s.agreements, s.agreements, s.agreements, s.agreements),
                new WebUseCases.Drafts(s.agreements, s.rubrics, s.agreements),
                new WebUseCases.Cascades(s.agreements, s.roundService, s.org, s.rubrics, s.cascades, s.rubrics),
                new WebUseCases.Team(s.agreements, s.org, s.rubrics, s.cascades),
                new WebUseCases.Tasks(s.tasks),
                new WebUseCases.Offices(s.agreements, s.roundService, s.org, s.rubrics, s.scoring, s.compliance, s.rubrics,
                        CriterionCodec.withInstalledKinds(), documents,
                        // The command line's CSV writer lives in the composition root; rows joined by commas do for these tests.
                        sheet -> sheet.rows().stream().map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(",")))
                                .collect(Collectors.joining("\r\n"))),
                new WebUseCases.Admin(s.users, s.tokenService, s.roundService, s.roundService, new RoundCodec(), s.rubrics, s.org));
        return fixture.start(fixture.settings(ServerSettings.Timeouts.STANDARD, ImmutableSet.of()), settings -> WebPages.server(uses, settings));
    }
}
