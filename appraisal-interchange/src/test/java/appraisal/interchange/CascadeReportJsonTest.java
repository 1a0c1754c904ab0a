package appraisal.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.cascade.CascadeAnalysis;
import appraisal.domain.model.cascade.Orphan;
import appraisal.domain.model.cascade.ParentItemLoad;
import appraisal.domain.model.cascade.PersonLoad;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.cascade.CascadeReport;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CascadeReportJsonTest {

    private static final OrgUnitId OFFICE = new OrgUnitId("BRM-LPM");
    private static final Person HEAD = person("BRM-LPM-01", "หัวหน้า");
    private static final AgreementId PARENT = new AgreementId("AG-4");

    @Test
    void a_report_writes_coverage_load_by_item_orphans_and_who_has_no_agreement() {
        CascadeAnalysis analysis = new CascadeAnalysis(PARENT, ImmutableList.of(new ItemId("T8")),
                ImmutableList.of(new Orphan(new AgreementId("AG-30"), new PersonId("BRM-LPM-03"), new ItemId("X1"),
                        new ItemRef(new AgreementId("AG-9"), new ItemId("T1")), "no such agreement")),
                ImmutableList.of(new PersonLoad(new PersonId("BRM-LPM-02"), new AgreementId("AG-24"), new BigDecimal("65.00"),
                        new BigDecimal("35.00"), ImmutableMap.of(new ItemId("T5"), new BigDecimal("65.00")))),
                ImmutableList.of(new ParentItemLoad(new ItemId("T5"), new BigDecimal("20"), ImmutableList.of(new PersonId("BRM-LPM-02")),
                        new BigDecimal("65.00")), new ParentItemLoad(new ItemId("T8"), new BigDecimal("10"), ImmutableList.of(), BigDecimal.ZERO)));
        CascadeReport report = new CascadeReport(new RoundId("2565-2"), OFFICE, HEAD, Optional.of(PARENT), Optional.of(analysis),
                ImmutableList.of(person("BRM-LPM-05", "ผู้ใหม่")));

        assertThat(new TreeText().writeCompact(CascadeReportJson.write(report))).isEqualTo(
                "{\"round\":\"2565-2\",\"office\":\"BRM-LPM\",\"head\":\"BRM-LPM-01\",\"parent\":\"AG-4\",\"uncovered\":[\"T8\"],"
                        + "\"items\":[{\"item\":\"T5\",\"weight\":20,\"carriers\":[\"BRM-LPM-02\"],\"carried_weight\":65.00,\"covered\":true},"
                        + "{\"item\":\"T8\",\"weight\":10,\"carriers\":[],\"carried_weight\":0,\"covered\":false}],"
                        + "\"load\":[{\"person\":\"BRM-LPM-02\",\"agreement\":\"AG-24\",\"carried\":65.00,\"own\":35.00,\"total\":100.00,"
                        + "\"by_item\":{\"T5\":65.00}}],"
                        + "\"orphans\":[{\"agreement\":\"AG-30\",\"appraisee\":\"BRM-LPM-03\",\"item\":\"X1\",\"parent_agreement\":\"AG-9\","
                        + "\"parent_item\":\"T1\",\"why\":\"no such agreement\"}],"
                        + "\"without_agreement\":[{\"person\":\"BRM-LPM-05\",\"name\":\"ผู้ใหม่\",\"unit\":\"BRM-LPM\"}]}");
    }

    @Test
    void a_head_without_an_agreement_has_no_parent_and_empty_lists() {
        CascadeReport report = new CascadeReport(new RoundId("2565-2"), OFFICE, HEAD, Optional.empty(), Optional.empty(), ImmutableList.of());

        assertThat(new TreeText().writeCompact(CascadeReportJson.write(report))).isEqualTo(
                "{\"round\":\"2565-2\",\"office\":\"BRM-LPM\",\"head\":\"BRM-LPM-01\",\"uncovered\":[],\"items\":[],\"load\":[],"
                        + "\"orphans\":[],\"without_agreement\":[]}");
    }

    private static Person person(String id, String name) {
        return new Person(new PersonId(id), name, "นักวิชาการ", PositionLevel.K2, OFFICE, Optional.empty(), false);
    }
}
