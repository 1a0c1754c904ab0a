package appraisal.documents;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordRefusalCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.seed.BuriramRound2565;
import appraisal.domain.seed.ReportedFacts;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source document's round told through the use cases, for the documents to print: the
 * Lamplaimat district head's team agreement, signed on 1 April 2565, reported, evaluated (T6
 * overridden to 3), acknowledged and reviewed — 76.00 achievement, 82.29 total, ดีมาก; a staff
 * member's agreement with a team and an individual item, evaluated and refused with a witness;
 * and a draft nobody has signed.
 */
final class BuriramAppraisals {

    static final PersonId ADMIN = new PersonId("admin");
    static final PersonId DIRECTOR = new PersonId("CDD-0001");
    static final PersonId PROVINCIAL = new PersonId("BRM-0001");
    static final PersonId DISTRICT = new PersonId("BRM-LPM-01");
    static final PersonId STAFF = new PersonId("BRM-LPM-02");
    static final PersonId CLERK = new PersonId("BRM-LPM-03");

    final InMemorySystem system = new InMemorySystem();
    final DocumentSource documents = new DocumentSource(system.agreements, system.rubrics, system.org, system.roundService,
            system.scoring, system.scoring);
    final AgreementId head;
    final AgreementId staff;
    final AgreementId draft;

    BuriramAppraisals() {
        organisation();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), ADMIN));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), ADMIN));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.individualTree(), ADMIN));

        List<ItemDraft> items = new ArrayList<>();
        for (RubricEntry e : BuriramRound2565.teamRubric().entries()) {
            items.add(ItemDraft.of(e.indicator().ref().code(), e.section(), e.weight()));
        }
        head = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), DISTRICT, PROVINCIAL, Optional.empty(),
                Facts.of("office.headcount", FactValue.of("6")), ImmutableList.copyOf(items), PROVINCIAL));
        staff = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), STAFF, DISTRICT, Optional.empty(),
                Facts.NONE, ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("40")),
                ItemDraft.of("P4", Section.INDIVIDUAL, new BigDecimal("60"))), DISTRICT));
        draft = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), CLERK, DISTRICT, Optional.empty(),
                Facts.NONE, ImmutableList.of(ItemDraft.of("T7", Section.TEAM, new BigDecimal("100"))), DISTRICT));
        for (AgreementId id : List.of(head, staff)) {
            system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, system.agreements.show(id).appraisee())));
            system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, system.agreements.show(id).evaluator())));
        }

        system.clock.set(Instant.parse("2022-09-14T03:00:00Z"));
        for (Map.Entry<String, Facts> report : ReportedFacts.districtTeamReports().entrySet()) {
            Facts facts = report.getKey().equals("T5") ? Facts.of("pr.news_per_month", FactValue.of("10")) : report.getValue();
            system.agreements.record(new RecordResultCommand(AgreementChange.of(head, DISTRICT), new ItemId(report.getKey()), facts,
                    ImmutableList.of()));
        }
        system.agreements.record(new RecordResultCommand(AgreementChange.of(staff, STAFF), new ItemId("T2"),
                ReportedFacts.districtTeamReports().get("T2"), ImmutableList.of()));
        system.agreements.record(new RecordResultCommand(AgreementChange.of(staff, STAFF), new ItemId("P4"),
                ReportedFacts.of("wdf.overdue_debt_reduced_pct", ReportedFacts.number("12")), ImmutableList.of()));
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(head, DISTRICT)));
        system.agreements.submit(new SubmitSelfAssessmentCommand(AgreementChange.of(staff, STAFF)));

        system.clock.advance(Duration.ofDays(10));
        Map<String, Integer> competencies = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            competencies.put(c.code(), 3);
        }
        competencies.put(Competency.TEAMWORK.code(), 2);
        system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(head, PROVINCIAL),
                ImmutableMap.of(new ItemId("T6"), ItemEvaluation.overridden(3, "ตรวจพื้นที่แล้ว ครัวเรือนได้รับการตรวจสอบครบร้อยละ ๘๕")),
                CompetencyAssessment.of(competencies)));
        Map<String, Integer> core = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            if (!c.management()) {
                core.put(c.code(), 2);
            }
        }
        system.agreements.evaluate(new EvaluateAgreementCommand(AgreementChange.of(staff, DISTRICT),
                ImmutableMap.of(new ItemId("P4"), ItemEvaluation.overridden(3, "หนี้ที่ปรับโครงสร้างแล้วนับเป็นหนี้ที่ลดลง รวมเป็นร้อยละ ๒๑")),
                CompetencyAssessment.of(core)));

        system.clock.advance(Duration.ofDays(2));
        system.agreements.acknowledge(new AcknowledgeCommand(AgreementChange.of(head, DISTRICT)));
        system.agreements.recordRefusal(new RecordRefusalCommand(AgreementChange.of(staff, DISTRICT), CLERK, "ไม่เห็นด้วยกับระดับของตัวชี้วัดที่ ๒"));
        system.clock.advance(Duration.ofDays(1));
        system.agreements.review(new ReviewAgreementCommand(AgreementChange.of(head, DIRECTOR), "เห็นด้วยกับผลการประเมิน"));
    }

    private void organisation() {
        OrgUnitId cdd = new OrgUnitId("CDD");
        OrgUnitId buriram = new OrgUnitId("BRM");
        OrgUnitId lamplaimat = new OrgUnitId("BRM-LPM");
        OrgUnitId group = new OrgUnitId("BRM-LPM-G1");
        unit(new OrgUnit(cdd, "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()));
        unit(new OrgUnit(buriram, "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, Optional.of(cdd)));
        unit(new OrgUnit(lamplaimat, "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ", OrgUnitKind.DISTRICT, Optional.of(buriram)));
        unit(new OrgUnit(group, "กลุ่มงานส่งเสริมการพัฒนาชุมชน", OrgUnitKind.WORK_GROUP, Optional.of(lamplaimat)));
        person(new Person(DIRECTOR, "นายประเสริฐ รุ่งเรือง", "รองอธิบดี", PositionLevel.M2, cdd, Optional.empty(), false));
        person(new Person(PROVINCIAL, "นายสมชาย ใจดี", "พัฒนาการจังหวัด", PositionLevel.D2, buriram, Optional.of(DIRECTOR), false));
        person(new Person(DISTRICT, "นางสาวมาลี ศรีสุข", "พัฒนาการอำเภอ", PositionLevel.D1, lamplaimat, Optional.of(PROVINCIAL), false));
        person(new Person(STAFF, "นายสุริยา ทองคำ", "นักวิชาการพัฒนาชุมชนชำนาญการ", PositionLevel.K2, group, Optional.of(DISTRICT), false));
        person(new Person(CLERK, "นางบุญเรือน มีสุข", "เจ้าพนักงานธุรการ", PositionLevel.O2, group, Optional.of(DISTRICT), false));
    }

    private void unit(OrgUnit unit) {
        system.org.register(new RegisterOrgUnitCommand(unit, ADMIN));
    }

    private void person(Person person) {
        system.org.register(new RegisterPersonCommand(person, ADMIN));
    }
}
