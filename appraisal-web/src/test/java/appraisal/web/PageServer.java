package appraisal.web;

import appraisal.documents.DocumentSource;
import appraisal.domain.fake.InMemorySystem;
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
        WebUseCases uses = new WebUseCases(ServerFixture.useCases(s),
                new DocumentSource(s.agreements, s.rubrics, s.org, s.roundService, s.scoring, s.scoring),
                // The command line's CSV writer lives in the composition root; rows joined by commas do for these tests.
                sheet -> sheet.rows().stream().map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(",")))
                        .collect(Collectors.joining("\r\n")),
                s.org, s.agreements, s.copies, s.tasks, s.scoring, s.rubrics);
        return fixture.start(fixture.settings(ServerSettings.Timeouts.STANDARD, ImmutableSet.of()), settings -> WebPages.server(uses, settings));
    }
}
