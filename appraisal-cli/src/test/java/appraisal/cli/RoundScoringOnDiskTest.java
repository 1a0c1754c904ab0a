package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.persistence.Store;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring a whole round reads its agreements from the store at once; scoring one agreement reads
 * it alone. On the demo round in a SQLite file both must give the same score for every agreement.
 */
class RoundScoringOnDiskTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-11-01T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    void the_round_s_scores_read_at_once_equal_each_agreement_scored_alone() {
        String office = folder.resolve("office.db").toString();
        StringWriter err = new StringWriter();
        AppraisalCommand root = new AppraisalCommand(Main::open, new Input(new ByteArrayInputStream(new byte[0])), Map.of(), CLOCK);
        assertThat(Launch.run(root, new String[] {"demo", "--db", office}, new PrintWriter(new StringWriter()), new PrintWriter(err)))
                .as(err.toString()).isZero();

        try (Store store = Store.open(office)) {
            Application app = Main.application(store, CLOCK);
            RoundId round = new RoundId("2565-2");
            List<Agreement> agreements = app.agreements.inRound(round);

            RoundScores all = app.scoreRound.score(round);

            assertThat(agreements).hasSize(23);
            assertThat(all.scores().size() + all.unscored().size()).isEqualTo(agreements.size());
            assertThat(all.scores()).hasSizeGreaterThan(10);
            // Scored in parallel, listed in the round's order.
            assertThat(all.scores()).extracting(AgreementScore::agreement).containsExactlyElementsOf(agreements.stream()
                    .map(Agreement::id).filter(id -> !all.unscored().containsKey(id)).toList());
            for (AgreementScore score : all.scores()) {
                assertThat(score).as(score.agreement().value()).isEqualTo(app.scoreAgreement.score(score.agreement()));
            }
            all.unscored().forEach((id, why) -> {
                DomainException alone = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                        () -> app.scoreAgreement.score(id));
                assertThat(why).as(id.value()).isEqualTo(alone.code() + ": " + alone.getMessage());
            });
        }
    }
}
