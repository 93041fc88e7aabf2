package org.gridatlas.analytics.exports;

import java.io.IOException;
import java.util.List;

import org.locationtech.jts.geom.Geometry;

/** Receives an export one row at a time, so that no layer is ever held in memory whole. */
public interface ExportSink {

    void start(ExportLayer layer, List<ExportColumn> columns) throws IOException;

    /** One feature: values in column order (String, Long, Double, Boolean; times as text) and its geometry or null. */
    void row(Object[] values, Geometry geometry) throws IOException;

    void finish() throws IOException;
}
