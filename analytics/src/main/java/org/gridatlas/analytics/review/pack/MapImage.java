package org.gridatlas.analytics.review.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A review map drawn with Java2D from JTS geometries in a metric CRS (x east, y north, metres): filled shapes, the
 * area's outline, a legend (title, classes, unit and notes), a north arrow and a scale bar. Used for the PDF pack and
 * the PNG downloads.
 */
public final class MapImage {

    /** One filled shape; {@code fill} as #rrggbb. */
    public record Shape(Geometry geometry, String fill) {
    }

    /** The legend: title, one label per colour, and free notes (unit, radius, method, period). */
    public record Key(String title, List<String> colors, List<String> labels, List<String> notes) {
    }

    private MapImage() {
    }

    public static BufferedImage draw(PackFonts fonts, Geometry outline, List<Shape> shapes, Key key, int width,
            int height) {
        BufferedImage img = canvas(width, height);
        Graphics2D g = graphics(img);
        int legendWidth = Math.max(180, width / 4);
        panel(g, fonts, outline, shapes, 0, 0, width - legendWidth, height);
        legend(g, fonts, key, width - legendWidth + 8, 16, legendWidth - 16, 1);
        g.dispose();
        return img;
    }

    /**
     * Small multiples: one panel per list of shapes (two columns), each with its caption, north arrow and scale bar,
     * under ONE legend (the caller's legend must be locked over every panel).
     */
    public static BufferedImage multiples(PackFonts fonts, Geometry outline, List<List<Shape>> panels,
            List<String> captions, Key key, int width, int height) {
        BufferedImage img = canvas(width, height);
        Graphics2D g = graphics(img);
        int legendWidth = Math.max(180, width / 5);
        int cols = panels.size() == 1 ? 1 : 2;
        int rows = (panels.size() + cols - 1) / cols;
        int pw = (width - legendWidth) / cols;
        int ph = height / rows;
        for (int i = 0; i < panels.size(); i++) {
            int x = (i % cols) * pw;
            int y = (i / cols) * ph;
            panel(g, fonts, outline, panels.get(i), x, y + 20, pw, ph - 20);
            g.setColor(Color.BLACK);
            g.setFont(fonts.awt(15, true));
            g.drawString(captions.get(i), x + 16, y + 20);
            g.setColor(new Color(0xdddddd));
            g.setStroke(new BasicStroke(1f));
            g.drawRect(x + 2, y + 2, pw - 4, ph - 4);
        }
        legend(g, fonts, key, width - legendWidth + 8, 16, legendWidth - 16, 1.5f);
        g.dispose();
        return img;
    }

    private static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        return g;
    }

    /** The shapes and the outline fitted into the rectangle, with a north arrow and a scale bar. */
    private static void panel(Graphics2D g, PackFonts fonts, Geometry outline, List<Shape> shapes, int x0, int y0,
            int mapW, int height) {
        int pad = 16;
        Envelope env = outline.getEnvelopeInternal();
        double scale = Math.min((mapW - 2.0 * pad) / env.getWidth(), (height - 2.0 * pad) / env.getHeight());
        double ox = x0 + pad + (mapW - 2 * pad - env.getWidth() * scale) / 2;
        double oy = y0 + pad + (height - 2 * pad - env.getHeight() * scale) / 2;
        Projector p = (x, y) -> new double[] {ox + (x - env.getMinX()) * scale, oy + (env.getMaxY() - y) * scale};

        g.setColor(new Color(0xf4f1ea));
        g.fill(path(outline, p));
        for (Shape s : shapes) {
            if (s.geometry() == null) {
                continue;
            }
            Path2D path = path(s.geometry(), p);
            g.setColor(Color.decode(s.fill()));
            g.fill(path);
            g.setColor(new Color(255, 255, 255, 120));
            g.setStroke(new BasicStroke(0.5f));
            g.draw(path);
        }
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(path(outline, p));

        northArrow(g, fonts, x0 + mapW - pad - 24, y0 + pad + 8);
        scaleBar(g, fonts, x0 + pad + 8, y0 + height - pad - 8, scale, mapW / 4.0);
    }

    public static byte[] png(BufferedImage img) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The longest 1, 2 or 5 × 10ⁿ metres that fits in {@code maxPx}. */
    static double niceLength(double metresPerPx, double maxPx) {
        double max = metresPerPx * maxPx;
        double best = 1;
        for (double pow = 1; pow <= 1e7; pow *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                if (m * pow <= max) {
                    best = m * pow;
                }
            }
        }
        return best;
    }

    private static void scaleBar(Graphics2D g, PackFonts fonts, int x, int y, double pxPerMetre, double maxPx) {
        double metres = niceLength(1 / pxPerMetre, maxPx);
        int len = (int) Math.round(metres * pxPerMetre);
        g.setColor(Color.WHITE);
        g.fillRect(x - 4, y - 22, len + 8, 28);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1.2f));
        g.fillRect(x, y - 4, len / 2, 4);
        g.drawRect(x, y - 4, len, 4);
        g.setFont(fonts.awt(11, false));
        String label = metres >= 1000 ? String.format(Locale.ROOT, "%.0f km", metres / 1000)
                : String.format(Locale.ROOT, "%.0f m", metres);
        g.drawString("0", x - 3, y - 8);
        g.drawString(label, x + len - g.getFontMetrics().stringWidth(label) / 2, y - 8);
    }

    private static void northArrow(Graphics2D g, PackFonts fonts, int x, int y) {
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(x, y + 8);
        arrow.lineTo(x + 9, y + 36);
        arrow.lineTo(x, y + 29);
        arrow.lineTo(x - 9, y + 36);
        arrow.closePath();
        g.setColor(Color.BLACK);
        g.fill(arrow);
        g.setFont(fonts.awt(12, true));
        g.drawString("N", x - g.getFontMetrics().stringWidth("N") / 2, y + 6);
    }

    /** The legend at (x, y), {@code w} wide; {@code z} scales type and swatches (a big image printed small). */
    private static void legend(Graphics2D g, PackFonts fonts, Key key, int x, int y, int w, float z) {
        g.setColor(Color.BLACK);
        g.setFont(fonts.awt(13 * z, true));
        int line = y + Math.round(14 * z);
        for (String part : wrap(g, key.title(), w)) {
            g.drawString(part, x, line);
            line += Math.round(16 * z);
        }
        g.setFont(fonts.awt(11 * z, false));
        line -= Math.round(6 * z);
        int sw = Math.round(18 * z);
        int sh = Math.round(12 * z);
        for (int i = 0; i < key.colors().size(); i++) {
            g.setColor(Color.decode(key.colors().get(i)));
            g.fillRect(x, line, sw, sh);
            g.setColor(Color.GRAY);
            g.drawRect(x, line, sw, sh);
            g.setColor(Color.BLACK);
            g.drawString(key.labels().get(i), x + sw + Math.round(6 * z), line + sh - 1);
            line += Math.round(17 * z);
        }
        line += Math.round(6 * z);
        for (String note : key.notes()) {
            for (String part : wrap(g, note, w)) {
                g.drawString(part, x, line + Math.round(11 * z));
                line += Math.round(15 * z);
            }
        }
    }

    private static List<String> wrap(Graphics2D g, String text, int w) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (g.getFontMetrics().stringWidth(cur.toString() + c) > w && !cur.isEmpty()) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(c);
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    private interface Projector {
        double[] at(double x, double y);
    }

    private static Path2D path(Geometry geom, Projector p) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int n = 0; n < geom.getNumGeometries(); n++) {
            Geometry part = geom.getGeometryN(n);
            if (part instanceof Polygon poly) {
                ring(path, poly.getExteriorRing().getCoordinates(), p);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) {
                    ring(path, poly.getInteriorRingN(h).getCoordinates(), p);
                }
            }
        }
        return path;
    }

    private static void ring(Path2D path, Coordinate[] cs, Projector p) {
        for (int i = 0; i < cs.length; i++) {
            double[] xy = p.at(cs[i].x, cs[i].y);
            if (i == 0) {
                path.moveTo(xy[0], xy[1]);
            } else {
                path.lineTo(xy[0], xy[1]);
            }
        }
        path.closePath();
    }
}
