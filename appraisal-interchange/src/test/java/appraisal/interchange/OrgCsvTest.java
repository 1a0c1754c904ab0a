package appraisal.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import org.junit.jupiter.api.Test;

class OrgCsvTest {

    @Test
    void unitsAreReadWithTheLineEachCameFromPastBlankLinesAndQuotedLineBreaks() {
        String text = "\uFEFFcode,name,kind,parent\nCDD,กรมการพัฒนาชุมชน,department,\n\nBRM,\"สำนักงาน\nบุรีรัมย์\",province,CDD\n"
                + "BRM-LPM,อำเภอลำปลายมาศ,district,BRM\n";

        OrgCsv.Rows<OrgUnit> units = OrgCsv.units(text, "units.csv");

        assertThat(units.values()).extracting(u -> u.id().value()).containsExactly("CDD", "BRM", "BRM-LPM");
        assertThat(units.values().get(1).kind()).isEqualTo(OrgUnitKind.PROVINCE);
        assertThat(units.values().get(0).parent()).isEmpty();
        assertThat(units.lines()).containsExactly(2L, 4L, 6L);
    }

    @Test
    void peopleAreReadWithLevelSupervisorAndProbation() {
        String text = "id,name,position,level,unit,supervisor,probation\nP1,นายหนึ่ง,พัฒนาการจังหวัด,d2,BRM,,\n"
                + "P2,นางสอง,นักวิชาการ,K2,BRM,P1,ใช่\n";

        OrgCsv.Rows<Person> people = OrgCsv.people(text, "people.csv");

        assertThat(people.values().get(0).level()).isEqualTo(PositionLevel.D2);
        assertThat(people.values().get(0).onProbation()).isFalse();
        assertThat(people.values().get(1).supervisor()).hasValueSatisfying(s -> assertThat(s.value()).isEqualTo("P1"));
        assertThat(people.values().get(1).onProbation()).isTrue();
    }

    @Test
    void aBadValueIsRefusedWithFileLineAndColumn() {
        assertThatThrownBy(() -> OrgCsv.units("code,name,kind\nCDD,กรม,department\nX,,district\n", "units.csv"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(CsvTable.CODE);
                    assertThat(e.location()).isEqualTo("units.csv:3");
                    assertThat(e.getMessage()).isEqualTo("units.csv:3: column 'name' is empty");
                });
        assertThatThrownBy(() -> OrgCsv.units("code,name,kind\nCDD,กรม,ministry\n", "u.csv"))
                .hasMessage("u.csv:2: kind 'ministry' is not one of department, province, district, work-group");
        assertThatThrownBy(() -> OrgCsv.people("id,name,position,level,unit,probation\nP1,a,b,K2,BRM,maybe\n", "p.csv"))
                .hasMessage("p.csv:2: probation must be yes or no, not 'maybe'");
    }

    @Test
    void theHeaderMustHaveTheColumnsAndNoOthers() {
        assertThatThrownBy(() -> OrgCsv.units("code,name\nX,y\n", "u.csv"))
                .hasMessage("u.csv:1: no column 'kind'; the header must be code,name,kind[,parent]");
        assertThatThrownBy(() -> OrgCsv.units("code,name,kind,parnet\nX,y,district,Z\n", "u.csv"))
                .hasMessage("u.csv:1: unknown column 'parnet'; the header must be code,name,kind[,parent]");
        assertThatThrownBy(() -> OrgCsv.people("", "p.csv")).hasMessageStartingWith("p.csv:1: the file is empty");
    }

    @Test
    void theImportsRefusalOfAnEntryIsPointedAtItsLineAndOthersPassUnchanged() {
        OrgCsv.Rows<OrgUnit> units = OrgCsv.units("code,name,kind,parent\nCDD,กรม,department,\n\nBRM,จังหวัด,province,NOPE\n", "u.csv");
        DomainException refusal = DomainException.invalid("org.unknown-parent", "parent NOPE of BRM is not a unit", "units/1/parent");

        DomainException located = units.locate(refusal);

        assertThat(located.code()).isEqualTo("org.unknown-parent");
        assertThat(located.location()).isEqualTo("u.csv:4");
        assertThat(located.getMessage()).isEqualTo("u.csv:4: parent NOPE of BRM is not a unit; nothing was imported");
        DomainException other = new DomainException(DomainException.Kind.REFUSED, "access.admin-only", "x", "people/0");
        assertThat(units.locate(other)).isSameAs(other);
    }
}
