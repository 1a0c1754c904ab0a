package appraisal.web;

import java.util.List;

/** The office/province dashboard: deadlines per office and person, who is late, how scores fall, and each indicator's levels. */
public record DashboardView(String round, String office, List<Option> rounds, List<Option> offices, String asOf,
                            List<String> deadlines, List<String> columns, List<OfficeRow> officeRows, List<PersonRow> people, List<PersonRow> late,
                            List<Bar> distribution, List<Bar> ratings, List<IndicatorRow> indicators, int scored) {

    /** A choice in a filter. */
    public record Option(String value, String label, boolean selected) {
    }

    /** An office: people, and per deadline how many are on time, late (done or not) and pending. */
    public record OfficeRow(String office, String people, List<String> byDeadline, boolean behind) {
    }

    /** A person against each deadline, with their agreement to drill into. */
    public record PersonRow(String person, String name, String office, String agreement, String status, List<Cell> checks,
                            String achievement, String rating) {
    }

    /** One deadline's standing for a person: the text and whether it counts against them. */
    public record Cell(String text, boolean late) {
    }

    /** One bar of a chart, laid out in the SVG's units. */
    public record Bar(String label, String count, int x, int y, int width, int height) {
    }

    /** An indicator across the agreements shown: how many have it, the mean level, and how many reached each level 0–5. */
    public record IndicatorRow(String code, String title, String items, String meanLevel, List<String> atLevel) {
    }
}
