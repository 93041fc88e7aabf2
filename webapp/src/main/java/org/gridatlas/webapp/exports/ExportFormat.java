package org.gridatlas.webapp.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.gridatlas.analytics.exports.ExportSink;

/** The file formats of an export, each with its file suffix, media type and writer. */
public enum ExportFormat {
    GEOJSON("geojson", ".geojson", "application/geo+json", "GeoJSON"),
    CSV("csv", ".csv", "text/csv;charset=UTF-8", "CSV (Excel, UTF-8)"),
    XLSX("xlsx", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    GPKG("gpkg", ".gpkg", "application/geopackage+sqlite3", "GeoPackage"),
    SHAPEFILE("shp", ".shp.zip", "application/zip", "Shapefile (zip)");

    private final String id;
    private final String suffix;
    private final String mediaType;
    private final String label;

    ExportFormat(String id, String suffix, String mediaType, String label) {
        this.id = id;
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String suffix() {
        return suffix;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** A writer of this format into {@code file} (a fresh temporary file); {@code out} is the file's stream. */
    ExportSink writer(Path file, OutputStream out) throws IOException {
        return switch (this) {
            case GEOJSON -> new GeoJsonExportWriter(out);
            case CSV -> new CsvExportWriter(out);
            case XLSX -> new XlsxExportWriter(out);
            case GPKG -> new GeoPackageExportWriter(file);
            case SHAPEFILE -> new ShapefileExportWriter(out);
        };
    }

    public static Optional<ExportFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
