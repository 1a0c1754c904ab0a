package appraisal.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.EvidenceQuota;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.evidence.EvidenceDownload;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.out.contract.EvidenceStoreContract;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Evidence belongs to the agreement that attached it (issue 13): what a result may name, what the
 * server computes and what the round's quota allows, each attack of the issue replayed against the
 * use cases, with the store and the agreement left as they were.
 */
class EvidenceTest {

    private static final PersonId ADMIN = new PersonId("admin");
    private static final PersonId EVALUATOR = new PersonId("P2");
    private static final PersonId MINE_APPRAISEE = new PersonId("P3");
    private static final PersonId THEIR_APPRAISEE = new PersonId("P4");
    private static final ItemId T2 = new ItemId("T2");
    /** Three files of together at most 300 bytes per agreement. */
    private static final EvidenceQuota QUOTA = new EvidenceQuota(3, 300);

    private final InMemorySystem system = new InMemorySystem();
    private final AgreementId mine;
    private final AgreementId theirs;

    EvidenceTest() {
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("CDD"), "กรม", OrgUnitKind.DEPARTMENT, Optional.empty()),
                ADMIN));
        for (String[] p : new String[][] {{"P2", null}, {"P3", "P2"}, {"P4", "P2"}, {"P5", "P2"}}) {
            system.org.register(new RegisterPersonCommand(new Person(new PersonId(p[0]), "คน " + p[0], "นักพัฒนาชุมชน", PositionLevel.K2,
                    new OrgUnitId("CDD"), Optional.ofNullable(p[1]).map(PersonId::new), false), ADMIN));
        }
        Round standard = BuriramRound2565.round();
        system.roundService.open(new OpenRoundCommand(new Round(standard.id(), standard.fiscalYear(), standard.number(),
                standard.deadlines(), standard.scheme(), new RoundSettings(ReviewPolicy.REQUIRED, QUOTA)), ADMIN));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), ADMIN));
        mine = agreed(MINE_APPRAISEE);
        theirs = agreed(THEIR_APPRAISEE);
    }

    private AgreementId agreed(PersonId appraisee) {
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), appraisee, EVALUATOR,
                Optional.empty(), Facts.NONE, ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))),
                Actor.administrator(ADMIN)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, appraisee)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, EVALUATOR)));
        return id;
    }

    private static byte[] pdf(String text) {
        return EvidenceStoreContract.pdf(text);
    }

    private long upload(AgreementId id, PersonId by, EvidenceUpload... files) {
        return system.agreements.record(new RecordResultCommand(AgreementChange.of(id, by), T2, facts(), ImmutableList.of(),
                ImmutableList.copyOf(files)));
    }

    private static Facts facts() {
        return Facts.of("plan.achieved_pct", FactValue.of("91"));
    }

    private EvidenceRef.File theirFile() {
        upload(theirs, THEIR_APPRAISEE, EvidenceUpload.of("สัญญายืมเงิน.pdf", pdf("their loan contract")));
        return (EvidenceRef.File) system.agreements.show(theirs).result(T2).orElseThrow().evidence().get(0);
    }

    /** Runs a refused change and says what it was refused with, after checking it changed nothing at all. */
    private DomainException refusedLeavingAllAsItWas(Runnable change) {
        Agreement before = system.agreements.show(mine);
        int kept = system.evidence.count();
        int events = system.audit.all().size();
        DomainException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class, change::run);
        assertThat(refusal).as("refused").isNotNull();
        Agreement after = system.agreements.show(mine);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.results()).isEqualTo(before.results());
        assertThat(system.evidence.count()).as("files kept").isEqualTo(kept);
        assertThat(system.audit.all()).hasSize(events);
        return refusal;
    }

    @Test
    void an_uploaded_file_is_attached_to_its_agreement_with_the_sha256_size_and_type_computed_from_its_bytes() {
        byte[] bytes = pdf("รายงานผลการดำเนินงาน");

        upload(mine, MINE_APPRAISEE, EvidenceUpload.of("C:\\fakepath\\รายงาน\u0000ผล.pdf", bytes));

        EvidenceRef.File file = (EvidenceRef.File) system.agreements.show(mine).result(T2).orElseThrow().evidence().get(0);
        assertThat(file).isEqualTo(new EvidenceRef.File("รายงานผล.pdf", EvidenceContent.sha256(bytes), bytes.length, "application/pdf"));
        // sha256sum of the same bytes, worked out apart from the code under test
        assertThat(EvidenceContent.sha256("%PDF-1.4\nreport\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("f46bebb726c6658c769526dd1ac6f0b51eba7db23603c0e5681b5f27a946818d");
        assertThat(system.evidence.kept(mine)).containsExactly(file.content());
        assertThat(system.evidence.kept(theirs)).isEmpty();
        Optional<EvidenceDownload> download = system.evidenceFiles.evidenceFile(mine, file.sha256());
        assertThat(download).hasValueSatisfying(d -> {
            assertThat(d.content()).isEqualTo(bytes);
            assertThat(d.file()).isEqualTo(file);
        });
    }

    @Test
    void a_result_naming_another_agreements_file_by_its_sha256_is_refused_and_changes_nothing() {
        EvidenceRef.File theirs = theirFile();

        DomainException refusal = refusedLeavingAllAsItWas(() -> system.agreements.record(new RecordResultCommand(
                AgreementChange.of(mine, MINE_APPRAISEE), T2, facts(), ImmutableList.of(theirs))));

        assertThat(refusal.code()).isEqualTo("evidence.not-attached");
        assertThat(refusal.getMessage()).contains(theirs.sha256()).contains("not attached to agreement " + mine)
                .contains("upload the file to this agreement");
        assertThat(system.agreements.show(mine).results()).isEmpty();
    }

    @Test
    void another_agreements_file_is_not_handed_out_through_mine_even_when_the_same_bytes_are_attached_to_both() {
        EvidenceRef.File theirs = theirFile();

        assertThat(system.evidenceFiles.evidenceFile(mine, theirs.sha256())).as("mine names no such file").isEmpty();
        assertThat(system.evidenceFiles.evidenceFile(this.theirs, theirs.sha256())).isPresent();

        // Uploading the very same bytes to my agreement attaches my own copy: mine to read, theirs untouched.
        upload(mine, MINE_APPRAISEE, EvidenceUpload.of("copy.pdf", pdf("their loan contract")));
        assertThat(system.evidenceFiles.evidenceFile(mine, theirs.sha256())).isPresent();
        assertThat(system.evidence.kept(mine)).containsExactly(theirs.content());
    }

    @Test
    void a_claimed_size_or_media_type_that_is_not_the_files_is_refused_and_the_servers_values_stand() {
        byte[] bytes = pdf("ผลการสำรวจ");
        upload(mine, MINE_APPRAISEE, EvidenceUpload.of("survey.pdf", bytes));
        EvidenceRef.File kept = (EvidenceRef.File) system.agreements.show(mine).result(T2).orElseThrow().evidence().get(0);

        for (EvidenceRef.File claimed : List.of(new EvidenceRef.File("survey.pdf", kept.sha256(), 1_000_000_000_000_000_000L, kept.mediaType()),
                new EvidenceRef.File("survey.pdf", kept.sha256(), kept.sizeBytes(), "text/html"))) {
            DomainException refusal = refusedLeavingAllAsItWas(() -> system.agreements.record(new RecordResultCommand(
                    AgreementChange.of(mine, MINE_APPRAISEE), T2, facts(), ImmutableList.of(claimed))));

            assertThat(refusal.code()).isEqualTo("evidence.mismatch");
            assertThat(refusal.getMessage()).contains("has " + bytes.length + " bytes of application/pdf");
        }
        assertThat(system.agreements.show(mine).result(T2).orElseThrow().evidence()).containsExactly(kept);

        // Named again as the upload answered, renamed: accepted.
        system.agreements.record(new RecordResultCommand(AgreementChange.of(mine, MINE_APPRAISEE), T2, facts(),
                ImmutableList.of(new EvidenceRef.File("ผลการสำรวจ.pdf", kept.sha256(), kept.sizeBytes(), kept.mediaType()))));
        assertThat(system.agreements.show(mine).result(T2).orElseThrow().evidence()).extracting(EvidenceRef::name)
                .containsExactly("ผลการสำรวจ.pdf");
    }

    @Test
    void a_file_is_what_its_bytes_are_a_renamed_program_or_an_empty_file_is_refused_and_nothing_is_kept() {
        DomainException renamed = refusedLeavingAllAsItWas(() -> upload(mine, MINE_APPRAISEE,
                EvidenceUpload.of("report.pdf", new byte[] {'M', 'Z', 0, 0})));
        DomainException program = refusedLeavingAllAsItWas(() -> upload(mine, MINE_APPRAISEE,
                EvidenceUpload.of("setup.exe", new byte[] {'M', 'Z', 0, 0})));
        DomainException empty = refusedLeavingAllAsItWas(() -> upload(mine, MINE_APPRAISEE, EvidenceUpload.of("a.pdf", new byte[0])));
        DomainException binaryText = refusedLeavingAllAsItWas(() -> upload(mine, MINE_APPRAISEE,
                EvidenceUpload.of("notes.txt", new byte[] {'a', 0, 'b'})));

        assertThat(renamed.code()).isEqualTo("evidence.bad-type");
        assertThat(renamed.getMessage()).contains("named .pdf but its content is not PDF");
        assertThat(program.code()).isEqualTo("evidence.bad-type");
        assertThat(program.getMessage()).contains("PDF, PNG, JPEG, DOCX, XLSX, CSV, TEXT");
        assertThat(empty.code()).isEqualTo("evidence.empty");
        assertThat(binaryText.code()).isEqualTo("evidence.bad-type");
    }

    @Test
    void links_are_only_https_or_http_addresses() {
        for (String uri : List.of("javascript:alert(document.cookie)", "JavaScript:alert(1)", "data:text/html,<script>x</script>",
                "file:///etc/passwd", "/agreements/AG-2/evidence/x", "reports/t1.pdf", "https://", "https:///path", "http://a b.go.th/",
                "https://user@evil.example/", "ftp://files.example/x.pdf", "https://host/\u0000")) {
            assertThatThrownBy(() -> new EvidenceRef.Link("รายงาน", uri)).as(uri)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo("evidence.bad-link");
                        assertThat(e.getMessage()).contains("https: or http:");
                    });
        }

        EvidenceRef.Link link = new EvidenceRef.Link("ประกาศบนเว็บไซต์", "https://buriram.cdd.go.th/ข่าว/2565?id=7#ผล");
        system.agreements.record(new RecordResultCommand(AgreementChange.of(mine, MINE_APPRAISEE), T2, facts(),
                ImmutableList.of(link, new EvidenceRef.Link("old page", "HTTP://www.cdd.go.th:8080/x"))));
        assertThat(system.agreements.show(mine).result(T2).orElseThrow().evidence()).first().isEqualTo(link);
        assertThat(system.evidence.count()).as("links are not files").isZero();
    }

    @Test
    void the_file_after_the_rounds_quota_is_refused_naming_the_limit_and_what_is_used_and_nothing_is_kept() {
        upload(mine, MINE_APPRAISEE, EvidenceUpload.of("1.pdf", pdf("one")), EvidenceUpload.of("2.pdf", pdf("two")));
        upload(mine, MINE_APPRAISEE, EvidenceUpload.of("3.pdf", pdf("three")));
        // The same bytes again take no more room.
        upload(mine, MINE_APPRAISEE, EvidenceUpload.of("3 again.pdf", pdf("three")));

        DomainException refusal = refusedLeavingAllAsItWas(() -> upload(mine, MINE_APPRAISEE, EvidenceUpload.of("4.pdf", pdf("four"))));

        assertThat(refusal.code()).isEqualTo("evidence.over-quota");
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(refusal.getMessage()).contains("'4.pdf' would be file 4 of agreement " + mine + "; it keeps 3 files of together "
                        + (pdf("one").length + pdf("two").length + pdf("three").length) + " bytes already")
                .contains("its round allows an agreement 3 files of together at most 300 bytes").contains("Nothing was recorded");
        // Another agreement's quota is its own.
        upload(theirs, THEIR_APPRAISEE, EvidenceUpload.of("4.pdf", pdf("four")));
        assertThat(system.evidence.kept(theirs)).hasSize(1);
    }

    @Test
    void bytes_beyond_the_rounds_quota_are_refused_even_within_the_file_count() {
        byte[] big = pdf("x".repeat(200));
        upload(mine, MINE_APPRAISEE, EvidenceUpload.of("big.pdf", big));

        DomainException refusal = refusedLeavingAllAsItWas(() -> upload(mine, MINE_APPRAISEE,
                EvidenceUpload.of("ok.pdf", pdf("small")), EvidenceUpload.of("bigger.pdf", pdf("y".repeat(100)))));

        assertThat(refusal.code()).isEqualTo("evidence.over-quota");
        assertThat(refusal.getMessage()).contains("'bigger.pdf' (" + pdf("y".repeat(100)).length + " bytes) would bring the files of "
                + "agreement " + mine + " to " + (big.length + pdf("small").length + pdf("y".repeat(100)).length) + " bytes")
                .contains("it keeps 1 file of together " + big.length + " bytes already").contains("this change also uploads 'ok.pdf'");
    }

    @Test
    void files_reported_before_they_were_kept_per_agreement_may_stay_on_the_result_but_not_move_to_another() {
        // As stored by an earlier version: a reference to a file never kept for this agreement.
        EvidenceRef.File earlier = new EvidenceRef.File("ก่อนหน้า.pdf", "cd".repeat(32), 2048, "application/pdf");
        Agreement a = system.agreementStore.find(mine).orElseThrow();
        a.recordResult(T2, facts(), List.of(earlier), MINE_APPRAISEE, java.time.Instant.parse("2022-06-01T00:00:00Z"));
        system.agreementStore.save(a);

        system.agreements.record(new RecordResultCommand(AgreementChange.of(mine, MINE_APPRAISEE), T2,
                Facts.of("plan.achieved_pct", FactValue.of("95")), ImmutableList.of(earlier)));
        assertThat(system.agreements.show(mine).result(T2).orElseThrow().evidence()).containsExactly(earlier);

        assertThatThrownBy(() -> system.agreements.record(new RecordResultCommand(AgreementChange.of(theirs, THEIR_APPRAISEE), T2, facts(),
                ImmutableList.of(earlier)))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("evidence.not-attached"));
    }

    @Test
    void an_upload_to_an_agreement_not_open_for_results_or_by_someone_not_a_party_keeps_nothing() {
        AgreementId draft = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), new PersonId("P5"),
                EVALUATOR, Optional.empty(), Facts.NONE, ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))),
                Actor.administrator(ADMIN)));

        assertThatThrownBy(() -> upload(draft, new PersonId("P5"), EvidenceUpload.of("a.pdf", pdf("a"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("agreement.illegal-transition"));
        DomainException outsider = refusedLeavingAllAsItWas(() -> upload(mine, THEIR_APPRAISEE, EvidenceUpload.of("a.pdf", pdf("a"))));

        assertThat(outsider.code()).isEqualTo("authority.not-allowed");
        assertThat(system.evidence.count()).isZero();
    }

    @Test
    void an_evidence_name_is_safe_to_show_and_to_download_under() {
        assertThatThrownBy(() -> new EvidenceRef.File("../../etc/passwd", "ab".repeat(32), 1, "text/plain"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("evidence.bad-name"));
        assertThatThrownBy(() -> new EvidenceRef.Link("a\u0000b", "https://x.go.th/"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("evidence.bad-name"));
        assertThatThrownBy(() -> new EvidenceRef.Link("ก".repeat(201), "https://x.go.th/"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("longer than 200"));
        assertThat(EvidenceRef.File.uploadedName("C:\\Users\\somchai\\รายงาน.pdf")).isEqualTo("รายงาน.pdf");
        assertThat(EvidenceRef.File.uploadedName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
        assertThat(EvidenceRef.tidyName("ที่ บร 0019/2565\u0007")).isEqualTo("ที่ บร 0019-2565");
        assertThatThrownBy(() -> EvidenceRef.File.uploadedName("folder/"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("evidence.bad-name"));
    }
}
