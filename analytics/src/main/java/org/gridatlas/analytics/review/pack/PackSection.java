package org.gridatlas.analytics.review.pack;

/**
 * One part of the review pack. The pack is the list of every {@code PackSection} bean, ordered by {@link #order()}:
 * each contributes figures (exact, reconcilable, hashed into the archive) and a drawing that prints them. The
 * dashboard half (KPI tiles, trend, categories, towns ranked, quota compliance, star ratings) is sections 50–70.
 */
public interface PackSection {

    /** Position in the pack (this package uses 10–70; leave room between). */
    int order();

    /** A short id, the prefix of every figure key of this section ("summary", "village", …). */
    String id();

    /** Gathers this section's figures and returns how to draw them; {@code ctx} holds shared data and fonts. */
    Rendered render(PackContext ctx);

    /** The figures of a section and its drawing. */
    record Rendered(Figures figures, java.util.function.Consumer<PackPdf> drawing) {
    }
}
