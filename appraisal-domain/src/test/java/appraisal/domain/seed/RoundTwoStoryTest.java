package appraisal.domain.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.CloseAgreementCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.scoring.RoundScores;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The story of the source document, told through the use cases: the Buriram province office opens
 * round 2 of FY 2565, imports its table of team indicators, agrees it with a district head, who
 * reports results with evidence dates; the provincial CD officer evaluates (overriding one item
 * with a reason), the district head acknowledges, the officer's own supervisor reviews, the
 * appraisal closes, and the score recomputed from stored facts equals the one shown.
 */
class RoundTwoStoryTest {

    private final InMemorySystem system = new InMemorySystem();
    private final PersonId admin = new PersonId("admin");
    private final PersonId director = new PersonId("CDD-0001");      // department: the officer's supervisor
    private final PersonId provincial = new PersonId("BRM-0001");    // พัฒนาการจังหวัดบุรีรัมย์
    private final PersonId district = new PersonId("BRM-LPM-01");    // พัฒนาการอำเภอลำปลายมาศ

    private void setUpOrganisation() {
        OrgUnitId cdd = new OrgUnitId("CDD");
        OrgUnitId buriram = new OrgUnitId("BRM");
        OrgUnitId lamplaimat = new OrgUnitId("BRM-LPM");
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(cdd, "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()), admin));
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(buriram, "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์",
                OrgUnitKind.PROVINCE, Optional.of(cdd)), admin));
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(lamplaimat, "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ",
                OrgUnitKind.DISTRICT, Optional.of(buriram)), admin));
        system.org.register(new RegisterPersonCommand(new Person(director, "รองอธิบดีกรมการพัฒนาชุมชน", "รองอธิบดี",
                PositionLevel.M2, cdd, Optional.empty(), false), admin));
        system.org.register(new RegisterPersonCommand(new Person(provincial, "นายสมชาย ใจดี", "พัฒนาการจังหวัด",
                PositionLevel.D2, buriram, Optional.of(director), false), admin));
        system.org.register(new RegisterPersonCommand(new Person(district, "นางสาวมาลี ศรีสุข", "พัฒนาการอำเภอ",
                PositionLevel.D1, lamplaimat, Optional.of(provincial), false), admin));
    }

    private AgreementChange by(AgreementId id, PersonId actor) {
        return AgreementChange.of(id, actor);
    }

    @Test
    void a_district_head_goes_from_agreement_to_a_closed_appraisal_rated_from_its_facts() {
        setUpOrganisation();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));
        var imported = system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin));
        assertThat(imported.newVersions()).hasSize(8);
        assertThat(imported.findings()).noneMatch(f -> f.severity() == appraisal.domain.model.lint.Severity.ERROR);

        // 1. The province agrees the eight team indicators with the district head (a six-person office).
        List<ItemDraft> items = new ArrayList<>();
        for (RubricEntry e : BuriramRound2565.teamRubric().entries()) {
            items.add(ItemDraft.of(e.indicator().ref().code(), e.section(), e.weight()));
        }
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), district, provincial,
                Optional.empty(), Facts.of("office.headcount", FactValue.of("6")), ImmutableList.copyOf(items), provincial));
        system.agreements.sign(new SignAgreementCommand(by(id, district)));
        system.agreements.sign(new SignAgreementCommand(by(id, provincial)));
        assertThat(system.agreements.show(id).status()).isEqualTo(AgreementStatus.AGREED);

        // 2. At the end of the round the district reports every item (T5's headcount comes from the office).
        system.clock.set(Instant.parse("2022-09-14T03:00:00Z"));
        for (Map.Entry<String, Facts> report : DistrictAgreementTest.reports().entrySet()) {
            Facts facts = report.getValue();
            if (report.getKey().equals("T5")) {
                facts = Facts.of("pr.news_per_month", FactValue.of("10"));
            }
            system.agreements.record(new RecordResultCommand(by(id, district), new ItemId(report.getKey()), facts, ImmutableList.of()));
        }
        AgreementScore selfAssessed = system.scoring.score(id);
        assertThat(selfAssessed.achievement().toPlainString()).isEqualTo("73.00");
        assertThat(selfAssessed.finalScore()).isEmpty();
        system.agreements.submit(new SubmitSelfAssessmentCommand(by(id, district)));

        // 3. The provincial officer evaluates: T6 raised to level 3 on evidence seen in the field.
        system.clock.advance(Duration.ofDays(10));
        Map<String, Integer> competencies = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            competencies.put(c.code(), 3); // D1 expects core 3 (full points) and management 1 (full points)
        }
        competencies.put(Competency.TEAMWORK.code(), 2); // one level short: 2 of 3 points
        system.agreements.evaluate(new EvaluateAgreementCommand(by(id, provincial),
                ImmutableMap.of(new ItemId("T6"), ItemEvaluation.overridden(3, "ตรวจพื้นที่แล้ว ครัวเรือนได้รับการตรวจสอบครบร้อยละ ๘๕")),
                CompetencyAssessment.of(competencies)));

        AgreementScore evaluated = system.scoring.score(id);
        // T6 now 3 instead of 2: 365 + 15 = 380 → 76.00; × 70 % = 53.20.
        // Competencies: 11 competencies × 3 = 33 points, teamwork earns 2 → 32/33; × 30 % = 29.0909… → 29.09.
        assertThat(evaluated.achievement().toPlainString()).isEqualTo("76.00");
        var result = evaluated.finalScore().orElseThrow();
        assertThat(result.achievementPart().toPlainString()).isEqualTo("53.20");
        assertThat(result.competencyPart().toPlainString()).isEqualTo("29.09");
        assertThat(result.total().toPlainString()).isEqualTo("82.29");
        assertThat(result.rating().name()).isEqualTo("ดีมาก");

        // 4. Acknowledged, reviewed by the officer's own supervisor, closed.
        system.agreements.acknowledge(new AcknowledgeCommand(by(id, district)));
        assertThatThrownBy(() -> system.agreements.review(new ReviewAgreementCommand(by(id, admin), "เห็นด้วย")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("authority.not-allowed"));
        system.agreements.review(new ReviewAgreementCommand(by(id, director), "เห็นด้วยกับผลการประเมิน"));
        system.agreements.close(new CloseAgreementCommand(by(id, director)));

        Agreement closed = system.agreements.show(id);
        assertThat(closed.status()).isEqualTo(AgreementStatus.CLOSED);
        List<String> trail = system.agreements.history(id).stream().map(DomainEvent::type).toList();
        assertThat(trail).startsWith("agreement.drafted", "agreement.signed", "agreement.signed")
                .endsWith("agreement.self-assessment-submitted", "agreement.evaluated", "agreement.acknowledged", "agreement.reviewed",
                        "agreement.closed")
                .filteredOn("agreement.result-recorded"::equals).hasSize(8);
        // who did each step, never the administrator whose review was refused
        assertThat(system.agreements.history(id)).extracting(DomainEvent::actor).containsOnly(district, provincial, director);
        assertThat(system.agreements.history(id)).filteredOn(e -> e.type().equals("agreement.evaluated"))
                .extracting(DomainEvent::actor).containsExactly(provincial);

        // 5. Scores are recomputed from stored facts and equal what was shown.
        RoundScores round = system.scoring.score(BuriramRound2565.round().id());
        assertThat(round.scores()).singleElement().satisfies(s -> assertThat(s.finalScore()).contains(result));
        assertThat(round.unscored()).isEmpty();
    }

    @Test
    void a_stale_version_is_refused_and_nothing_is_lost() {
        setUpOrganisation();
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), admin));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), admin));
        AgreementId id = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), district, provincial,
                Optional.empty(), Facts.NONE, ImmutableList.of(ItemDraft.of("T1", appraisal.domain.model.indicator.Section.TEAM,
                new java.math.BigDecimal("100"))), provincial));
        long seen = system.agreements.show(id).version();
        long afterFirst = system.agreements.sign(new SignAgreementCommand(AgreementChange.at(id, district, seen)));

        assertThatThrownBy(() -> system.agreements.sign(new SignAgreementCommand(AgreementChange.at(id, provincial, seen))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("agreement.stale-version");
                });
        Agreement stored = system.agreements.show(id);
        assertThat(stored.version()).isEqualTo(afterFirst);
        assertThat(stored.signatures()).hasSize(1);
        assertThat(system.unitOfWork.transactions()).isPositive();
    }
}
