package appraisal.cli;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.shared.DomainException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts of an office typed as {@code --context name=value} (such as {@code office.headcount=6}).
 * No indicator declares their type at that point, so the one rule lives here: a number when the
 * value reads as one, else yes/no, else a choice. Each reading goes through
 * {@link FactDeclaration#parse(String)}, the one parser of typed-in values, so Thai digits and
 * ใช่/ไม่ใช่ work as everywhere else.
 */
final class ContextFacts {

    private static final List<FactType> TRIED_IN_ORDER = List.of(FactType.NUMBER, FactType.FLAG, FactType.CHOICE);

    private ContextFacts() {
    }

    static Facts parse(List<String> assignments) {
        Map<String, FactValue> values = new LinkedHashMap<>();
        for (String text : assignments) {
            Assignment a = Assignment.of(text, "--context");
            if (values.put(a.name(), value(a.name(), a.value())) != null) {
                throw new CliException(ExitCode.USAGE, "--context " + a.name() + " is given twice");
            }
        }
        return Facts.of(values);
    }

    static FactValue value(String name, String text) {
        DomainException last = null;
        for (FactType type : TRIED_IN_ORDER) {
            try {
                return new FactDeclaration(name, type, name, "").parse(text);
            } catch (DomainException e) {
                last = e;
            }
        }
        throw last;
    }
}
