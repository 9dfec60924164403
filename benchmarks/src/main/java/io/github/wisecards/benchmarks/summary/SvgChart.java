package io.github.wisecards.benchmarks.summary;

import java.util.List;
import java.util.Locale;

/**
 * Renders SDK/raw time ratios as a small horizontal bar chart in SVG: one bar per case, a dashed
 * line at 1.0 (as fast as raw) and a tick at each case's target. No dependencies.
 */
public final class SvgChart {
    private static final int WIDTH = 720;
    private static final int LABEL_WIDTH = 330;
    private static final int BAR_AREA = 300;
    private static final int ROW = 26;
    private static final int TOP = 40;
    private static final int BOTTOM = 44;

    private SvgChart() {}

    /** Returns the SVG document for {@code rows}. */
    public static String render(String title, List<ChartRow> rows) {
        double max = 1.5;
        for (ChartRow r : rows) {
            max = Math.max(max, Math.max(r.ratio(), r.limit()) * 1.1);
        }
        int height = TOP + rows.size() * ROW + BOTTOM;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"sans-serif\" font-size=\"12\">\n",
                WIDTH,
                height,
                WIDTH,
                height));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"22\" font-size=\"14\" font-weight=\"bold\">%s</text>\n",
                10,
                escape(title)));
        for (int i = 0; i < rows.size(); i++) {
            ChartRow r = rows.get(i);
            int y = TOP + i * ROW;
            double w = BAR_AREA * r.ratio() / max;
            String colour = r.met() ? "#2e7d32" : "#c62828";
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>\n",
                    LABEL_WIDTH - 8,
                    y + 16,
                    escape(r.label())));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"/>\n",
                    LABEL_WIDTH,
                    y + 3,
                    w,
                    colour));
            double tx = LABEL_WIDTH + BAR_AREA * r.limit() / max;
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" stroke-width=\"2\"/>\n",
                    tx,
                    y,
                    tx,
                    y + 24));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\">%sx</text>\n",
                    LABEL_WIDTH + Math.max(w, BAR_AREA * r.limit() / max) + 6,
                    y + 16,
                    Format.ratio(r.ratio())));
        }
        double one = LABEL_WIDTH + BAR_AREA / max;
        int axisY = TOP + rows.size() * ROW + 4;
        s.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\" stroke-dasharray=\"4 3\"/>\n",
                one,
                TOP - 4,
                one,
                axisY));
        s.append(String.format(
                Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">1.0</text>\n", one, axisY + 14));
        s.append(String.format(
                Locale.ROOT,
                "<text x=\"10\" y=\"%d\" fill=\"#333\">SDK time / raw time (lower is better). Black tick: target."
                        + " Green: met, red: missed.</text>\n",
                axisY + 32));
        return s.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
