package appraisal.cli;

import appraisal.documents.DocumentSource;
import appraisal.documents.FormText;
import appraisal.documents.RoundSheet;
import appraisal.documents.RoundSheetXlsx;
import appraisal.documents.pdf.FormPdf;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.round.Round;
import appraisal.domain.port.in.round.RoundQueries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** The documents offices print and send: the forms as PDF, the round's sheet as XLSX or CSV. */
final class DocumentCommands {

    /** What the printed forms and the round's sheet may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(RoundQueries rounds, DocumentSource documents) {
        static Uses of(Application app) {
            return new Uses(app.rounds, app.documents);
        }
    }

    /** Excel reads a CSV file as UTF-8 only when it starts with the byte order mark. */
    private static final String BOM = "\uFEFF";

    private DocumentCommands() {
    }

    /** The forms a {@code print} can make. */
    enum Form { agreement, summary }

    @Command(name = "print", description = "Print an agreement's form as an A4 PDF with the Thai font embedded: the agreement form "
            + "(indicators with their five levels, weights, responsible units, signatures) or the appraisal summary "
            + "(levels, achievement, competency, total, rating, acknowledgement, reviewer's opinion).",
            footer = {"", "Dates are in the Buddhist era; --thai-digits prints every number with Thai digits.",
                    "Check a PDF by rendering it: pdftoppm -png -r 80 AG-4.pdf AG-4",
                    "Examples:", "  appraisal print AG-4 --out AG-4.pdf",
                    "  appraisal print AG-4 --form summary --thai-digits --out AG-4-summary.pdf"})
    static final class Print extends CommandBase {
        @Parameters(paramLabel = "AGREEMENT", description = "Agreement id such as AG-4.")
        String agreement;

        @Option(names = "--form", paramLabel = "FORM", description = "agreement (default) or summary.")
        Form form = Form.agreement;

        @Option(names = "--out", paramLabel = "FILE.pdf", required = true, description = "Where to write the PDF.")
        Path out;

        @Override
        protected ExitCode execute() {
            requireExtension(spec, out, "--out", ".pdf");
            FormText text = new FormText(global(o -> o.thaiDigits).orElse(false));
            AgreementId id = new AgreementId(agreement.strip());
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            try {
                FormPdf printer = new FormPdf(text);
                if (form == Form.agreement) {
                    printer.write(uses(Uses::of).documents().agreementForm(id, text), pdf);
                } else {
                    printer.write(uses(Uses::of).documents().summaryForm(id, text), pdf);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the PDF: " + e.getMessage(), e);
            }
            write(out, pdf.toByteArray());
            out().noteAsIs("wrote the " + (form == Form.agreement ? "agreement form" : "appraisal summary") + " of " + id + " to " + out);
            return ExitCode.OK;
        }
    }

    @Command(name = "sheet", description = "Write the round's sheet for the province: a row per person with an agreement — office, "
            + "person, position, status, every item's level, achievement, competency, total and rating — as XLSX or CSV.",
            footer = {"", "The format follows the file's extension. XLSX keeps numbers as numbers, with the header row and the "
                    + "office and person columns frozen; CSV is UTF-8 with a byte order mark (Excel opens it as Thai), "
                    + "RFC 4180 quoting and CRLF line ends. `appraisal report` prints the same table.",
                    "Examples:", "  appraisal round sheet --out buriram-2565-2.xlsx", "  appraisal round sheet 2565-2 --out buriram-2565-2.csv"})
    static final class Sheet extends CommandBase {
        @Parameters(paramLabel = "ROUND", arity = "0..1", description = "Round id such as 2565-2; the newest when left out.")
        String round;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write: FILE.xlsx or FILE.csv.")
        Path out;

        @Override
        protected ExitCode execute() {
            boolean xlsx = requireExtension(spec, out, "--out", ".xlsx", ".csv").equals(".xlsx");
            Round r = RoundOption.resolve(uses(Uses::of).rounds(), round);
            RoundSheet sheet = uses(Uses::of).documents().roundSheet(r.id());
            byte[] bytes;
            if (xlsx) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                try {
                    RoundSheetXlsx.write(sheet, buffer);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot make the workbook: " + e.getMessage(), e);
                }
                bytes = buffer.toByteArray();
            } else {
                bytes = csv(sheet).getBytes(StandardCharsets.UTF_8);
            }
            write(out, bytes);
            out().noteAsIs("wrote " + sheet.rows().size() + " row(s) of round " + r.id() + " to " + out);
            return ExitCode.OK;
        }
    }

    /** The round's sheet as the CSV file offices open in Excel: UTF-8 with the byte order mark, CRLF lines. */
    static String csv(RoundSheet sheet) {
        return BOM + Output.spreadsheetCsv(table(sheet), "\r\n");
    }

    /** The round's sheet as a table the command line prints: the same columns and values. */
    static Table table(RoundSheet sheet) {
        String[] columns = new String[sheet.columns().size() * 2];
        for (int i = 0; i < sheet.columns().size(); i++) {
            columns[2 * i] = sheet.columns().get(i).key();
            columns[2 * i + 1] = sheet.columns().get(i).header();
        }
        Table.Builder t = Table.of(columns);
        sheet.rows().forEach(row -> t.row(row.toArray()));
        return t.build();
    }

    /** The file's extension, which must be one of {@code allowed}; a usage error otherwise. */
    private static String requireExtension(CommandLine.Model.CommandSpec spec, Path file, String option, String... allowed) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : allowed) {
            if (name.endsWith(ext)) {
                return ext;
            }
        }
        throw new CommandLine.ParameterException(spec.commandLine(),
                option + " must name a " + String.join(" or ", allowed) + " file, not '" + file + "'");
    }

    /**
     * Writes the whole file or nothing: into a temporary file beside it (made like any new file, so
     * with the usual permissions), then moved over it.
     */
    private static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        Path tmp = target.resolveSibling("." + target.getFileName() + ".part");
        try {
            try {
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
