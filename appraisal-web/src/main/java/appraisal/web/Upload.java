package appraisal.web;

import appraisal.domain.model.shared.DomainException;
import appraisal.http.Call;
import appraisal.interchange.ParsedTree;
import appraisal.interchange.Syntax;
import appraisal.interchange.TreeText;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** An interchange file uploaded with a form (YAML, or JSON by its name), read by the one text mapping with lines and columns kept. */
final class Upload {

    private Upload() {
    }

    static ParsedTree tree(Call call, TreeText trees, String field, String what) throws IOException {
        UploadedFile file = Optional.ofNullable(call.context().uploadedFile(field)).filter(f -> f.size() > 0).orElseThrow(() ->
                DomainException.invalid("web.file-required", "choose " + what + " (YAML or JSON) for '" + field + "'", field));
        try (InputStream in = file.content()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return trees.read(text, file.filename().toLowerCase(Locale.ROOT).endsWith(".json") ? Syntax.JSON : Syntax.YAML, file.filename());
        }
    }
}
