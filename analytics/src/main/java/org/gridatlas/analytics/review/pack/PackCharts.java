package org.gridatlas.analytics.review.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;

/**
 * The pack's charts, drawn with Java2D on any {@link Graphics2D} (the PDF's vector graphics, or an image): horizontal
 * bars with their values, and the monthly trend (requests as bars, rates as lines on a 0–100 % axis). Colours follow
 * the dashboard's screen palette, so a chart in the pack looks like its ECharts twin.
 */
final class PackCharts {

    /** The dashboard's screen palette (DashboardCharts.Palette.SCREEN). */
    static final List<Color> SERIES = List.of(new Color(0x1f6fb2), new Color(0x2e7d32), new Color(0xf57c00),
            new Color(0xc62828), new Color(0x6a1b9a), new Color(0x00838f));
    private static final Color TEXT = new Color(0x333333);
    private static final Color GRID = new Color(0xe0e0e0);
    /** Axis intervals: 0–100 % in steps of 20. */
    private static final int TICKS = 5;

    /** One series of the trend: name, values per month, and whether it is a rate in % (right axis). */
    record Series(String name, List<Double> values, boolean percent, boolean bars) {
    }

    private PackCharts() {
    }

    /** Horizontal bars, one per label, value written at the bar's end with {@code format} (e.g. "%.1f%%"). */
    static void bars(Graphics2D g, PackFonts fonts, float w, float h, String title, List<String> labels,
            List<Double> values, String format, double axisMax) {
        g.setColor(TEXT);
        g.setFont(fonts.awt(11, true));
        centred(g, title, w / 2, 14);
        if (labels.isEmpty()) {
            return;
        }
        float fontSize = Math.max(5, Math.min(9, (h - 26) / labels.size() * 0.7f));
        g.setFont(fonts.awt(fontSize, false));
        FontMetrics fm = g.getFontMetrics();
        float labelW = 0;
        for (String l : labels) {
            labelW = Math.max(labelW, fm.stringWidth(l));
        }
        labelW = Math.min(labelW + 6, w * 0.35f);
        double max = axisMax > 0 ? axisMax
                : values.stream().mapToDouble(Double::doubleValue).filter(v -> !Double.isNaN(v)).max().orElse(1);
        float valueW = fm.stringWidth(String.format(Locale.ROOT, format, max)) + 8;
        float top = 24;
        float rowH = Math.min(20, (h - top - 2) / labels.size());
        float x0 = labelW;
        float barMax = w - x0 - valueW;
        if (max <= 0) {
            max = 1;
        }
        g.setColor(GRID);
        g.setStroke(new BasicStroke(0.5f));
        for (int i = 0; i <= 4; i++) {
            float x = x0 + barMax * i / 4;
            g.draw(new Line2D.Float(x, top, x, top + rowH * labels.size()));
        }
        for (int i = 0; i < labels.size(); i++) {
            float y = top + i * rowH;
            double v = values.get(i);
            boolean none = Double.isNaN(v);   // no data: no bar, a dash
            float len = none ? 0 : (float) (barMax * Math.max(0, v) / max);
            g.setColor(SERIES.getFirst());
            g.fill(new Rectangle2D.Float(x0, y + rowH * 0.15f, len, rowH * 0.7f));
            g.setColor(TEXT);
            String label = clip(fm, labels.get(i), labelW - 4);
            g.drawString(label, x0 - 4 - fm.stringWidth(label), y + rowH / 2 + fm.getAscent() / 2f - 1);
            g.drawString(none ? "—" : String.format(Locale.ROOT, format, v), x0 + len + 3,
                    y + rowH / 2 + fm.getAscent() / 2f - 1);
        }
    }

    /** Monthly trend: bar series on the left axis (counts), percent series as lines on the right axis (0–100 %). */
    static void trend(Graphics2D g, PackFonts fonts, float w, float h, String title, List<String> months,
            List<Series> series) {
        g.setColor(TEXT);
        g.setFont(fonts.awt(11, true));
        centred(g, title, w / 2, 14);
        g.setFont(fonts.awt(8, false));
        FontMetrics fm = g.getFontMetrics();
        float lx = 10;
        for (int s = 0; s < series.size(); s++) {
            g.setColor(SERIES.get(s % SERIES.size()));
            g.fill(new Rectangle2D.Float(lx, 22, 14, 7));
            g.setColor(TEXT);
            g.drawString(series.get(s).name(), lx + 17, 29);
            lx += 17 + fm.stringWidth(series.get(s).name()) + 12;
        }
        double countMax = 1;
        for (Series s : series) {
            if (!s.percent()) {
                for (double v : s.values()) {
                    countMax = Math.max(countMax, v);
                }
            }
        }
        countMax = niceCeiling(countMax);
        float left = fm.stringWidth(String.format(Locale.ROOT, "%.0f", countMax)) + 8;
        float right = fm.stringWidth("100%") + 8;
        float top = 40;
        float bottom = h - 16;
        float plotW = w - left - right;
        int n = months.size();
        float step = plotW / Math.max(1, n);
        g.setStroke(new BasicStroke(0.5f));
        for (int i = 0; i <= TICKS; i++) {
            float y = bottom - (bottom - top) * i / TICKS;
            g.setColor(GRID);
            g.draw(new Line2D.Float(left, y, left + plotW, y));
            g.setColor(TEXT);
            double tick = countMax * i / TICKS;
            String c = tick == Math.rint(tick) ? String.format(Locale.ROOT, "%.0f", tick)
                    : String.format(Locale.ROOT, "%.1f", tick);
            g.drawString(c, left - 4 - fm.stringWidth(c), y + 3);
            g.drawString(100 / TICKS * i + "%", left + plotW + 4, y + 3);
        }
        for (int m = 0; m < n; m++) {
            String label = months.get(m);
            centred(g, label.length() > 5 ? label.substring(2) : label, left + step * m + step / 2, h - 4);
        }
        int barSeries = (int) series.stream().filter(Series::bars).count();
        int b = 0;
        for (int s = 0; s < series.size(); s++) {
            Series ser = series.get(s);
            g.setColor(SERIES.get(s % SERIES.size()));
            double max = ser.percent() ? 100 : countMax;
            if (ser.bars()) {
                float bw = step * 0.7f / Math.max(1, barSeries);
                for (int m = 0; m < n; m++) {
                    double v = ser.values().get(m);
                    float bh = (float) ((bottom - top) * v / max);
                    g.fill(new Rectangle2D.Float(left + step * m + step * 0.15f + b * bw, bottom - bh, bw, bh));
                }
                b++;
            } else {
                g.setStroke(new BasicStroke(1.6f));
                Path2D line = new Path2D.Float();
                boolean started = false;
                for (int m = 0; m < n; m++) {
                    double v = ser.values().get(m);
                    if (Double.isNaN(v)) {
                        started = false;
                        continue;
                    }
                    float x = left + step * m + step / 2;
                    float y = (float) (bottom - (bottom - top) * v / max);
                    if (started) {
                        line.lineTo(x, y);
                    } else {
                        line.moveTo(x, y);
                        started = true;
                    }
                    g.fill(new Rectangle2D.Float(x - 1.8f, y - 1.8f, 3.6f, 3.6f));
                }
                g.draw(line);
            }
        }
        g.setColor(TEXT);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Line2D.Float(left, bottom, left + plotW, bottom));
    }

    /** 1, 2, 2.5 or 5 × 10ⁿ at or above {@code v} (divides into {@link #TICKS} round steps from 5 up). */
    static double niceCeiling(double v) {
        double pow = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1e-9))));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * pow >= v) {
                return m * pow;
            }
        }
        return 10 * pow;
    }

    private static void centred(Graphics2D g, String s, float x, float y) {
        g.drawString(s, x - g.getFontMetrics().stringWidth(s) / 2f, y);
    }

    private static String clip(FontMetrics fm, String s, float w) {
        if (fm.stringWidth(s) <= w) {
            return s;
        }
        String t = s;
        while (t.length() > 1 && fm.stringWidth(t + "…") > w) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
