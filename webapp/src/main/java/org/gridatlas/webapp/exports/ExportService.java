package org.gridatlas.webapp.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gridatlas.analytics.exports.ExportArea;
import org.gridatlas.analytics.exports.ExportLayer;
import org.gridatlas.analytics.exports.ExportQuery;
import org.gridatlas.analytics.exports.ExportSink;
import org.gridatlas.data.audit.AuditAction;
import org.gridatlas.data.audit.AuditService;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.gridatlas.data.household.service.HouseholdService;
import org.gridatlas.data.household.service.RevealRefusedException;
import org.springframework.stereotype.Service;

/**
 * Exports a layer to a temporary file in the chosen format, for the REST endpoint and the export panel. The rows are
 * read through the scoped DataSource (row-level security: only the user's area) and streamed to the file, never held
 * in memory. Personal data stays masked unless the role may reveal it and the user gives a reason; every export is
 * audited as EXPORT with its layer, format, area and row count.
 */
@Service
public class ExportService {

    private final ExportQuery query;
    private final AuditService audit;

    ExportService(ExportQuery query, AuditService audit) {
        this.query = query;
        this.audit = audit;
    }

    /** The file of an export: delete it once sent. */
    public record ExportFile(Path path, String filename, String mediaType, long rows) {
        public void delete() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                path.toFile().deleteOnExit();
            }
        }
    }

    public ExportFile export(ExportLayer layer, ExportFormat format, ExportArea area, boolean reveal, String reason,
                             String clientIp) {
        boolean unmasked = reveal && layer.hasPersonalData();
        if (unmasked) {
            checkReveal(layer, reason, clientIp);
        }
        Path file;
        try {
            file = Files.createTempFile("ga-export-", format.suffix());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long rows;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ExportSink sink = format.writer(file, out);
            rows = query.stream(layer, area, unmasked, sink);
        } catch (IOException | RuntimeException e) {
            new ExportFile(file, "", "", 0).delete();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        String where = area.code().code().isEmpty() ? "all" : area.code().code();
        audit.record(AuditAction.EXPORT, "export:" + layer.id() + "." + format.id(),
                "area " + where + (area.hasPolygon() ? " + polygon" : "") + ", " + rows + " rows, "
                        + (unmasked ? "personal data revealed: " + reason.strip() : "masked"), clientIp);
        return new ExportFile(file, layer.id() + "-" + where + format.suffix(), format.mediaType(), rows);
    }

    private void checkReveal(ExportLayer layer, String reason, String clientIp) {
        Scope scope = Scopes.current();
        if (!HouseholdService.mayReveal(scope)) {
            audit.record(AuditAction.ACCESS_DENIED, "export:" + layer.id(), "reveal refused for role " + scope.role(), clientIp);
            throw new RevealRefusedException("role " + scope.role() + " may not export personal data");
        }
        if (reason == null || reason.strip().length() < HouseholdService.MIN_REASON_LENGTH) {
            throw new RevealRefusedException("reason: at least " + HouseholdService.MIN_REASON_LENGTH
                    + " characters are required to export personal data");
        }
    }
}
