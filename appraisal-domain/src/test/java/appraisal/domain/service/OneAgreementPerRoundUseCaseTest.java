package appraisal.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.fake.InMemoryStoreMaintenance;
import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.AgreementCodec;
import appraisal.domain.model.interchange.AgreementDocument;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ImportAgreementCommand;
import appraisal.domain.port.in.agreement.ImportedAgreement;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.agreement.WithdrawDuplicateCommand;
import appraisal.domain.port.in.agreement.WithdrawnDuplicate;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.store.CheckStoreCommand;
import appraisal.domain.seed.BuriramRound2565;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One agreement per person per round, through the use cases over the fakes: drafting and importing
 * refuse a second one, an import asked to be an amendment changes the one the person has, and a
 * store made before the rule is checked and its duplicates withdrawn.
 */
class OneAgreementPerRoundUseCaseTest {

    private final InMemorySystem system = new InMemorySystem();
    private final CriterionCodec criteria = CriterionCodec.withInstalledKinds();
    private final AgreementCodec codec = new AgreementCodec(criteria);
    private final PersonId admin = new PersonId("admin");
    private final PersonId head = new PersonId("P2");
    private final PersonId staff = new PersonId("P3");
    private final RoundId round = BuriramRound2565.round().id();

    @BeforeEach
    void organisation() {
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("CDD"), "กรม", OrgUnitKind.DEPARTMENT, Optional.empty()),
                admin));
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("BRM"), "บุรีรัมย์", OrgUnitKind.PROVINCE,
                Optional.of(new OrgUnitId("CDD"))), admin));
        person("P1", Optional.empty());
        person("P2", Optional.of("P1"));
        person("P3", Optional.of("P2"));
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin));
    }

    private void person(String id, Optional<String> supervisor) {
        system.org.register(new RegisterPersonCommand(new Person(new PersonId(id), "คน " + id, "นักพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId("BRM"), supervisor.map(PersonId::new), false), admin));
    }

    private AgreementId draft(String... codeWeights) {
        ImmutableList.Builder<ItemDraft> items = ImmutableList.builder();
        for (int i = 0; i < codeWeights.length; i += 2) {
            items.add(ItemDraft.of(codeWeights[i], Section.TEAM, new BigDecimal(codeWeights[i + 1])));
        }
        return system.agreements.draft(new DraftAgreementCommand(round, staff, head, Optional.empty(), Facts.NONE, items.build(), head));
    }

    private void agree(AgreementId id) {
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, staff)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, head)));
    }

    /** What {@code agreement export ID | agreement import -} reads: the agreement through the one codec, both ways. */
    private AgreementDocument exported(AgreementId id) {
        return codec.read(codec.write(system.agreements.show(id)));
    }

    /** A file for the staff member with these items (code, weight), T1's level 5 adjusted, read as import reads it. */
    private AgreementDocument file(String... codeWeights) {
        List<Node> items = new ArrayList<>();
        for (int i = 0; i < codeWeights.length; i += 2) {
            Node.ObjBuilder item = Node.obj().put("indicator", codeWeights[i]).put("section", "team")
                    .put("weight", new BigDecimal(codeWeights[i + 1]));
            if (codeWeights[i].equals("T1")) {
                item.put("targets", Node.obj().put("5", criteria.write(new Threshold("budget.disbursed_pct", Comparator.AT_LEAST,
                        new BigDecimal("99")))).build()).put("targets_reason", "เป้าหมายสูงขึ้น");
            }
            items.add(item.build());
        }
        return codec.read(Node.obj().put("round", round.value()).put("appraisee", staff.value()).put("items", Node.arr(items)).build());
    }

    private static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    // ---------------------------------------------------------------- drafting

    @Test
    void a_second_draft_for_the_same_person_in_the_round_is_refused_naming_the_first_and_changes_nothing() {
        AgreementId first = draft("T1", "60", "T2", "40");
        int events = system.audit.all().size();

        DomainException e = refusal(() -> draft("T3", "100"));

        assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(e.code()).isEqualTo("agreement.already-exists");
        assertThat(e.getMessage()).contains("P3 already has agreement " + first.value() + " (DRAFT) in round " + round.value())
                .contains("amend").contains("--as-amendment");
        assertThat(system.agreements.ofAppraisee(round, staff)).extracting(Agreement::id).containsExactly(first);
        assertThat(system.audit.all()).hasSize(events);
    }

    @Test
    void an_exported_agreement_imported_again_is_refused_while_its_person_has_it() {
        AgreementId first = draft("T1", "60", "T2", "40");

        DomainException e = refusal(() -> system.agreementImports.importAgreement(ImportAgreementCommand.draft(exported(first), head)));

        assertThat(e.code()).isEqualTo("agreement.already-exists");
        assertThat(e.getMessage()).contains(first.value());
        assertThat(system.agreementStore.inRound(round)).hasSize(1);
    }

    @Test
    void importing_a_file_for_someone_without_an_agreement_drafts_it_with_its_targets_in_one_unit_of_work() {
        int before = system.unitOfWork.transactions();

        ImportedAgreement imported = system.agreementImports.importAgreement(new ImportAgreementCommand(file("T1", "70", "T2", "30"),
                true, "", head));

        assertThat(imported.outcome()).isEqualTo(ImportedAgreement.Outcome.DRAFTED);
        Agreement a = system.agreements.show(imported.agreement());
        assertThat(a.evaluator()).as("the appraisee's supervisor").isEqualTo(head);
        assertThat(a.items()).extracting(i -> i.id().value(), i -> i.weight().toPlainString())
                .containsExactly(tuple("T1", "70.00"), tuple("T2", "30.00"));
        assertThat(a.findItem(new ItemId("T1")).orElseThrow().targetAdjustments()).containsOnlyKeys(5);
        assertThat(system.unitOfWork.transactions()).isEqualTo(before + 1);
    }

    // ---------------------------------------------------------------- importing as an amendment

    @Test
    void an_import_as_amendment_of_a_draft_makes_its_items_the_file_s_and_keeps_the_agreement() {
        AgreementId id = draft("T1", "50", "T2", "30", "T3", "20");

        ImportedAgreement imported = system.agreementImports.importAgreement(new ImportAgreementCommand(file("T1", "60", "T4", "40"),
                true, "", head));

        assertThat(imported.agreement()).isEqualTo(id);
        assertThat(imported.outcome()).isEqualTo(ImportedAgreement.Outcome.DRAFT_CHANGED);
        Agreement a = system.agreements.show(id);
        assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(a.revision()).isEqualTo(1);
        assertThat(a.items()).extracting(i -> i.id().value(), i -> i.weight().toPlainString())
                .containsExactly(tuple("T1", "60.00"), tuple("T4", "40.00"));
        assertThat(a.findItem(new ItemId("T1")).orElseThrow().adjustmentReason()).isEqualTo("เป้าหมายสูงขึ้น");
        assertThat(imported.version()).isEqualTo(a.version());
        assertThat(system.agreementStore.inRound(round)).hasSize(1);
        assertThat(system.agreements.history(id)).extracting(DomainEvent::type).containsSubsequence("agreement.item-removed",
                "agreement.item-removed", "agreement.item-weight-changed", "agreement.item-targets-adjusted", "agreement.item-added");
    }

    @Test
    void importing_over_a_draft_what_it_already_holds_changes_nothing() {
        AgreementId id = draft("T1", "60", "T2", "40");
        long version = system.agreements.show(id).version();

        ImportedAgreement imported = system.agreementImports.importAgreement(new ImportAgreementCommand(exported(id), true, "", head));

        assertThat(imported.outcome()).isEqualTo(ImportedAgreement.Outcome.UNCHANGED);
        assertThat(system.agreements.show(id).version()).isEqualTo(version);
    }

    @Test
    void an_import_as_amendment_of_an_agreed_agreement_makes_a_new_revision_with_the_file_s_items_and_keeps_results_of_kept_items() {
        AgreementId id = draft("T1", "60", "T2", "40");
        agree(id);
        system.agreements.record(new RecordResultCommand(AgreementChange.of(id, staff), new ItemId("T2"),
                Facts.of("x", FactValue.of("1")), ImmutableList.of()));

        ImportedAgreement imported = system.agreementImports.importAgreement(new ImportAgreementCommand(file("T2", "40", "T3", "60"),
                true, "ปรับตัวชี้วัดตามนโยบายใหม่", head));

        assertThat(imported.outcome()).isEqualTo(ImportedAgreement.Outcome.AMENDED);
        Agreement a = system.agreements.show(id);
        assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(a.revision()).isEqualTo(2);
        assertThat(a.priorRevisions()).singleElement().satisfies(r -> {
            assertThat(r.items()).extracting(i -> i.id().value()).containsExactly("T1", "T2");
            assertThat(r.amendmentReason()).isEqualTo("ปรับตัวชี้วัดตามนโยบายใหม่");
        });
        assertThat(a.items()).extracting(i -> i.id().value(), i -> i.weight().toPlainString())
                .containsExactly(tuple("T2", "40.00"), tuple("T3", "60.00"));
        assertThat(a.result(new ItemId("T2"))).isPresent();
        assertThat(system.agreementStore.inRound(round)).hasSize(1);
    }

    @Test
    void an_import_as_amendment_of_an_agreed_agreement_needs_a_reason_and_changes_nothing_without_one() {
        AgreementId id = draft("T1", "60", "T2", "40");
        agree(id);
        long version = system.agreements.show(id).version();

        DomainException e = refusal(() -> system.agreementImports.importAgreement(new ImportAgreementCommand(file("T1", "100"), true,
                "", head)));

        assertThat(e.code()).isEqualTo("agreement.amend-needs-reason");
        assertThat(system.agreements.show(id).version()).isEqualTo(version);
        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.AGREED);
    }

    @Test
    void an_agreement_past_agreed_is_not_changed_by_an_import() {
        AgreementId id = draft("T1", "100");
        agree(id);
        system.agreements.record(new RecordResultCommand(AgreementChange.of(id, staff), new ItemId("T1"),
                Facts.of("x", FactValue.of("1")), ImmutableList.of()));
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(id, staff)));

        DomainException e = refusal(() -> system.agreementImports.importAgreement(new ImportAgreementCommand(file("T2", "100"), true,
                "new plan", head)));

        assertThat(e.kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(e.code()).isEqualTo("agreement.import-past-agreed");
        assertThat(e.getMessage()).contains(id.value()).contains("SELF_ASSESSED").contains("DRAFT or AGREED");
        assertThat(system.agreements.show(id).items()).extracting(i -> i.id().value()).containsExactly("T1");
    }

    @Test
    void an_import_as_amendment_keeps_the_parties_of_the_agreement() {
        draft("T1", "100");
        AgreementDocument another = file("T1", "100");
        AgreementDocument withOtherEvaluator = new AgreementDocument(round, staff, Optional.of(new PersonId("P1")), Optional.empty(),
                Facts.NONE, another.items());

        DomainException e = refusal(() -> system.agreementImports.importAgreement(new ImportAgreementCommand(withOtherEvaluator, true,
                "", head)));

        assertThat(e.code()).isEqualTo("agreement.import-other-parties");
        assertThat(e.getMessage()).contains("P1").contains("P2");
    }

    // ---------------------------------------------------------------- a store made before the rule

    /** Five drafts of one person, as the API made them before the rule, put into the store the way a restore does. */
    private List<AgreementId> fiveDraftsFromBeforeTheRule() {
        AgreementId first = draft("T1", "60", "T2", "40");
        Agreement template = system.agreements.show(first);
        Map<AgreementId, AgreementSnapshot> contents = new HashMap<>(system.agreementStore.contents());
        for (int n = 2; n <= 5; n++) {
            Agreement copy = Agreement.draft(new AgreementId("AG-90" + n), round, staff, head, Optional.empty(), Facts.NONE,
                    template.items(), head, system.clock.instant());
            system.audit.append(copy.pendingEvents());
            copy.markSaved(1);
            contents.put(copy.id(), copy.snapshot());
        }
        system.agreementStore.replaceContents(contents);
        return system.agreementStore.ofAppraisee(round, staff).stream().map(Agreement::id).toList();
    }

    private StoreService store() {
        return new StoreService(InMemoryStoreMaintenance.of(system, new InMemoryStoreMaintenance.Disk()), system.agreementStore,
                system.audit, system.clock);
    }

    @Test
    void a_check_of_a_store_with_duplicates_names_the_person_the_round_the_agreements_which_to_keep_and_the_command() {
        List<AgreementId> five = fiveDraftsFromBeforeTheRule();
        AgreementId agreed = five.get(2);
        agree(agreed);

        for (boolean everyAgreement : List.of(false, true)) {
            List<IntegrityProblem> problems = store().check(new CheckStoreCommand(everyAgreement)).problems();

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("agreement.duplicate-in-round");
                assertThat(p.subject()).isEqualTo("P3");
                assertThat(p.message()).startsWith("P3 has 5 agreements in round " + round.value() + " where one is allowed: ")
                        .contains(agreed.value() + " (AGREED, version 3)")
                        .contains("keep " + agreed.value() + " (the furthest along)")
                        .contains("appraisal agreement withdraw AGREEMENT --reason TEXT");
                five.stream().filter(id -> !id.equals(agreed)).forEach(id -> assertThat(p.message()).contains(id.value()));
            });
        }
    }

    @Test
    void withdrawing_the_duplicates_leaves_the_one_furthest_along_and_a_clean_check_with_the_trail_kept() {
        List<AgreementId> five = fiveDraftsFromBeforeTheRule();
        AgreementId agreed = five.get(2);
        agree(agreed);

        DomainException furthest = refusal(() -> system.duplicates.withdraw(new WithdrawDuplicateCommand(agreed, "duplicate", admin)));
        DomainException noReason = refusal(() -> system.duplicates.withdraw(new WithdrawDuplicateCommand(five.get(0), " ", admin)));
        WithdrawnDuplicate last = null;
        for (AgreementId id : five) {
            if (!id.equals(agreed)) {
                last = system.duplicates.withdraw(new WithdrawDuplicateCommand(id, "ร่างซ้ำจากการกดปุ่มหลายครั้ง", admin));
            }
        }
        DomainException only = refusal(() -> system.duplicates.withdraw(new WithdrawDuplicateCommand(agreed, "duplicate", admin)));

        assertThat(furthest.code()).isEqualTo("agreement.withdraw-furthest");
        assertThat(furthest.getMessage()).contains(agreed.value()).contains("keep it");
        assertThat(noReason.code()).isEqualTo("agreement.withdraw-needs-reason");
        assertThat(last.remaining()).containsExactly(agreed);
        assertThat(only.code()).isEqualTo("agreement.not-a-duplicate");
        assertThat(system.agreements.ofAppraisee(round, staff)).extracting(Agreement::id).containsExactly(agreed);
        assertThat(store().check(new CheckStoreCommand(true)).ok()).isTrue();
        assertThat(system.agreements.history(five.get(0))).extracting(DomainEvent::type)
                .containsExactly("agreement.drafted", "agreement.withdrawn");
        assertThat(system.agreements.history(five.get(0)).get(1)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo(admin);
            assertThat(e.before()).containsEntry("status", "DRAFT").containsEntry("items",
                    "T1 TEAM T1@v1 weight 60.00 unit " + BuriramRound2565.COORDINATION + " | T2 TEAM T2@v1 weight 40.00 unit "
                            + system.indicators.latest("T2").orElseThrow().responsibleUnit());
            assertThat(e.after()).containsEntry("reason", "ร่างซ้ำจากการกดปุ่มหลายครั้ง").containsEntry("kept", agreed.value());
        });
    }

    @Test
    void a_duplicate_others_are_cascaded_from_is_kept() {
        List<AgreementId> five = fiveDraftsFromBeforeTheRule();
        AgreementId parent = five.get(1);
        Agreement child = Agreement.draft(new AgreementId("AG-child"), round, new PersonId("P4"), staff, Optional.of(parent), Facts.NONE,
                system.agreements.show(parent).items(), staff, system.clock.instant());
        system.agreementStore.save(child);

        DomainException e = refusal(() -> system.duplicates.withdraw(new WithdrawDuplicateCommand(parent, "duplicate", admin)));

        assertThat(e.code()).isEqualTo("agreement.withdraw-has-children");
        assertThat(e.getMessage()).contains("AG-child");
        assertThat(system.agreementStore.find(parent)).isPresent();
    }

    @Test
    void while_a_person_has_duplicates_a_new_draft_is_refused_and_an_import_as_amendment_asks_to_resolve_them_first() {
        fiveDraftsFromBeforeTheRule();

        DomainException drafted = refusal(() -> draft("T1", "100"));
        DomainException amended = refusal(() -> system.agreementImports.importAgreement(new ImportAgreementCommand(file("T1", "100"),
                true, "", head)));

        assertThat(drafted.code()).isEqualTo("agreement.already-exists");
        assertThat(amended.code()).isEqualTo("agreement.duplicate-in-round");
        assertThat(amended.getMessage()).contains("P3 has 5 agreements").contains("appraisal agreement withdraw");
    }

    @Test
    void a_check_of_a_store_that_keeps_the_rule_reports_nothing_about_it() {
        draft("T1", "100");

        assertThatThrownBy(() -> draft("T2", "100")).isInstanceOf(DomainException.class);
        assertThat(store().check(new CheckStoreCommand(true)).problems()).extracting(IntegrityProblem::code)
                .doesNotContain("agreement.duplicate-in-round");
    }
}
