package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.port.out.IdSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link IdSource} does: ids carry their prefix and are never handed out twice, also under concurrency. */
public abstract class IdSourceContract {

    /** The id source under test, fresh at the start of each test. */
    protected abstract IdSource ids();

    @Test
    void ids_start_with_their_prefix_and_are_all_different() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            String agreement = ids().newId("AG-");
            String round = ids().newId("RD-");
            assertThat(agreement).startsWith("AG-");
            assertThat(round).startsWith("RD-");
            assertThat(seen.add(agreement)).as("%s handed out twice", agreement).isTrue();
            assertThat(seen.add(round)).as("%s handed out twice", round).isTrue();
        }
    }

    @Test
    void a_block_of_ids_has_as_many_as_asked_none_drawn_before_or_after() {
        Set<String> seen = new HashSet<>();
        seen.add(ids().newId("AG-"));
        List<String> block = ids().newIds("AG-", 25);
        seen.add(ids().newId("AG-"));

        assertThat(block).hasSize(25).allMatch(id -> id.startsWith("AG-")).doesNotHaveDuplicates();
        assertThat(block).noneMatch(seen::contains);
        assertThat(ids().newIds("AG-", 0)).isEmpty();
    }

    @Test
    void threads_drawing_at_once_never_get_the_same_id() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> draws = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                draws.add(threads.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < 25; i++) {
                        mine.add(ids().newId("AG-"));
                    }
                    return mine;
                }));
            }
            Set<String> all = new HashSet<>();
            for (Future<List<String>> draw : draws) {
                all.addAll(draw.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(100);
        } finally {
            threads.shutdownNow();
        }
    }
}
