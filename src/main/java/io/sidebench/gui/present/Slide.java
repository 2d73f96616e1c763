package io.sidebench.gui.present;

import java.util.List;

/**
 * One slide of a presentation.
 *
 * @param lines  the slide's text lines (for text slides; tables and cards are drawn from the report)
 * @param charts keys of the report charts the slide shows (see {@code ReportCharts})
 * @param item   for an example slide, the index of the example in the report
 */
public record Slide(SlideKind kind, String title, List<String> lines, List<String> charts, int item) {
    public Slide {
        lines = List.copyOf(lines);
        charts = List.copyOf(charts);
    }

    /** The id the view gives the slide's root: {@code slide-KIND} or {@code slide-example-N}. */
    public String id() {
        String k = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return kind == SlideKind.EXAMPLE ? "slide-" + k + "-" + (item + 1) : "slide-" + k;
    }
}
