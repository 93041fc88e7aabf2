package org.gridatlas.analytics.review.pack;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.AreaInfo;
import org.gridatlas.analytics.review.Quarter;

/** What a pack is about (area, quarter), when it was made, its fonts, and data shared between sections. */
public final class PackContext {

    private final AreaCode areaCode;
    private final AreaInfo area;
    private final Quarter quarter;
    private final Instant generatedAt;
    private final PackFonts fonts;
    private final Map<String, Object> shared = new HashMap<>();

    PackContext(AreaCode areaCode, AreaInfo area, Quarter quarter, Instant generatedAt, PackFonts fonts) {
        this.areaCode = areaCode;
        this.area = area;
        this.quarter = quarter;
        this.generatedAt = generatedAt;
        this.fonts = fonts;
    }

    public AreaCode areaCode() {
        return areaCode;
    }

    public AreaInfo area() {
        return area;
    }

    public Quarter quarter() {
        return quarter;
    }

    public Instant generatedAt() {
        return generatedAt;
    }

    public PackFonts fonts() {
        return fonts;
    }

    /** Data computed once per pack and shared by sections (e.g. the rates by village). */
    @SuppressWarnings("unchecked")
    public <T> T shared(String key, Supplier<T> compute) {
        return (T) shared.computeIfAbsent(key, k -> compute.get());
    }
}
