package appraisal.domain.model.compliance;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.round.DeadlineKind;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One office's people counted per deadline and standing: the summary line of the dashboard. */
public record OfficeCompliance(OrgUnitId office, int people, ImmutableMap<DeadlineKind, Tally> byDeadline) {

    /** How many people of an office stand where against one deadline. */
    public record Tally(int onTime, int doneLate, int late, int pending) {

        /** Done late or not done past the due date. */
        public int behind() {
            return doneLate + late;
        }

        Tally plus(Standing s) {
            return new Tally(onTime + (s == Standing.ON_TIME ? 1 : 0), doneLate + (s == Standing.DONE_LATE ? 1 : 0),
                    late + (s == Standing.LATE ? 1 : 0), pending + (s == Standing.PENDING ? 1 : 0));
        }
    }

    /** The summary per office, ordered by office id. */
    public static ImmutableList<OfficeCompliance> summarise(List<PersonCompliance> people) {
        Map<OrgUnitId, List<PersonCompliance>> byOffice = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        people.forEach(p -> byOffice.computeIfAbsent(p.office(), o -> new ArrayList<>()).add(p));
        List<OfficeCompliance> out = new ArrayList<>();
        byOffice.forEach((office, members) -> {
            Map<DeadlineKind, Tally> tallies = new EnumMap<>(DeadlineKind.class);
            for (PersonCompliance p : members) {
                for (DeadlineCheck c : p.checks()) {
                    tallies.merge(c.kind(), new Tally(0, 0, 0, 0).plus(c.standing()),
                            (a, b) -> new Tally(a.onTime() + b.onTime(), a.doneLate() + b.doneLate(), a.late() + b.late(),
                                    a.pending() + b.pending()));
                }
            }
            out.add(new OfficeCompliance(office, members.size(), ImmutableMap.copyOf(tallies)));
        });
        return ImmutableList.copyOf(out);
    }
}
