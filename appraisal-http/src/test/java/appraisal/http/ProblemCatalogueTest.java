package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.shared.DomainException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ProblemCatalogueTest {

    private static final String CODE = "\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"";
    /** Where a refusal's code is written: the exception's factories, a cursor's error, Require.that's code, named constants. */
    private static final List<Pattern> THROWN = List.of(
            Pattern.compile("DomainException\\.(?:invalid|refused|notFound|conflict|forbidden|unavailable)\\(\\s*" + CODE),
            Pattern.compile("\\.error\\(\\s*" + CODE),
            Pattern.compile("Kind\\.[A-Z_]+,\\s*" + CODE),
            Pattern.compile("Require\\.that\\((?:[^;\"]|\"(?:[^\"\\\\]|\\\\.)*\")*?,\\s*" + CODE + "\\s*,"),
            Pattern.compile("require\\w*\\([^;]*?,\\s*" + CODE + "\\s*,"),
            Pattern.compile("new ApiProblem\\(\\d+,\\s*" + CODE));

    private final ProblemCatalogue catalogue = new ProblemCatalogue();

    @Test
    void everyCodeTheDomainTheStoreAndTheHttpLayerThrowHasAThaiText() throws IOException {
        Set<String> codes = codesIn(Path.of("../appraisal-domain/src/main/java"), Path.of("../appraisal-interchange/src/main/java"),
                Path.of("../appraisal-persistence/src/main/java"), Path.of("../appraisal-web/src/main/java"), Path.of("src/main/java"));
        assertThat(codes).as("the scan finds the codes").contains("agreement.stale-version", "agreement.reopen-needs-reason",
                "request.if-match-required", "tree.unknown-field", "store.commit-unknown", "store.full").hasSizeGreaterThan(150);
        assertThat(codes.stream().filter(c -> !catalogue.has(c)).collect(Collectors.toList()))
                .as("codes without a Thai text in problems_th.properties").isEmpty();
    }

    @Test
    void aCodeWithoutItsOwnTextFallsBackToItsKind() {
        DomainException unknown = DomainException.refused("nothing.like-this", "x");
        assertThat(catalogue.thai(unknown)).isEqualTo("ระบบไม่อนุญาตให้ดำเนินการนี้ตามกฎของการประเมิน");
        assertThat(catalogue.thai(DomainException.notFound("agreement.not-found", "x"))).isEqualTo("ไม่พบข้อตกลง");
    }

    @Test
    void everyKindAndEveryStatusTheServerAnswersWithHasAFallback() {
        for (DomainException.Kind kind : DomainException.Kind.values()) {
            assertThat(catalogue.thai(new DomainException(kind, "nothing.like-this", "x", ""))).as(kind.name()).isNotBlank();
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 408, 409, 412, 413, 414, 415, 422, 428, 429, 431, 503}) {
            assertThat(catalogue.thai("nothing.like-this", status)).as("status " + status).isNotEqualTo(catalogue.thai("x.y", 999));
        }
    }

    private static Set<String> codesIn(Path... roots) throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    for (Pattern p : THROWN) {
                        Matcher m = p.matcher(text);
                        while (m.find()) {
                            codes.add(m.group(1));
                        }
                    }
                }
            }
        }
        return codes;
    }
}
