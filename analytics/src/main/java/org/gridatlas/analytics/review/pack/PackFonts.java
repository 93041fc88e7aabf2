package org.gridatlas.analytics.review.pack;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;

/**
 * The Chinese font of the review pack, embedded (subset) in every PDF and used by the Java2D map renderer. Found at
 * the configured path ({@code gridatlas.review.font}), else at Debian's fonts-noto-cjk or fonts-wqy locations; a
 * missing font is a clear error naming what to install.
 */
public final class PackFonts {

    /** Where Debian's packages put them; for .ttc collections the index of the Simplified Chinese face. */
    static final List<String> KNOWN = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0");

    private final BaseFont pdfFont;
    private final Font awtFont;
    private final String source;

    private PackFonts(String spec) {
        this.source = spec;
        try {
            this.pdfFont = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            String file = spec.replaceFirst(",\\d+$", "");
            int index = spec.matches(".*,\\d+$") ? Integer.parseInt(spec.replaceFirst(".*,", "")) : 0;
            Font[] faces = Font.createFonts(new File(file));
            this.awtFont = faces[Math.min(index, faces.length - 1)];
        } catch (IOException | FontFormatException | RuntimeException e) {
            throw new IllegalStateException("review pack font " + spec + " cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The configured font ({@code path} or {@code path.ttc,index}; blank = search the known locations).
     *
     * @throws IllegalStateException naming the package to install when no Chinese font is found
     */
    public static PackFonts find(String configured) {
        if (configured != null && !configured.isBlank()) {
            if (!Files.isRegularFile(Path.of(configured.strip().replaceFirst(",\\d+$", "")))) {
                throw new IllegalStateException("review pack font: gridatlas.review.font=" + configured
                        + " is not a readable file");
            }
            return new PackFonts(configured.strip());
        }
        for (String spec : KNOWN) {
            if (Files.isRegularFile(Path.of(spec.replaceFirst(",\\d+$", "")))) {
                return new PackFonts(spec);
            }
        }
        throw new IllegalStateException("review pack: no Chinese font found. Install one (Debian/Ubuntu: "
                + "apt-get install fonts-noto-cjk, or fonts-wqy-microhei) or set gridatlas.review.font to a "
                + ".ttf/.otf/.ttc file (for a collection append ,index of the Simplified Chinese face)");
    }

    public BaseFont pdf() {
        return pdfFont;
    }

    public Font awt(float size, boolean bold) {
        return awtFont.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
    }

    public String source() {
        return source;
    }
}
