package org.gridatlas.analytics.review.pack;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.review.AreaInfo;
import org.gridatlas.analytics.review.Quarter;
import org.gridatlas.analytics.review.ReviewQueries;
import org.gridatlas.data.base.scope.Scope;
import org.gridatlas.data.base.scope.Scopes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Makes the review pack of a quarter and an area: every {@link PackSection} contributes figures and pages; the PDF
 * and the figures (canonical JSON + SHA-256) are archived in {@code review_pack}. Regenerating compares with the
 * latest archived pack of the same quarter and area: same hash, or the list of figures that changed.
 * Whoever may view an area may archive its pack (the insert runs with the capture area narrowed to that area).
 */
@Service
public class ReviewPackService {

    /** A generated pack; {@code changes} against {@code previousId} (empty when the figures are the same). */
    public record Pack(long id, Quarter quarter, String area, Figures figures, String figuresSha256, byte[] pdf,
            Optional<Long> previousId, List<String> changes) {
    }

    /** An archived pack, without its PDF. */
    public record Archived(long id, String quarter, String divisionCode, String figuresSha256, Instant createdAt,
            String createdBy, int bytes) {
    }

    private final List<PackSection> sections;
    private final ReviewQueries queries;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final String fontSetting;
    private volatile PackFonts fonts;

    ReviewPackService(List<PackSection> sections, ReviewQueries queries, NamedParameterJdbcTemplate jdbc, Clock clock,
            @Value("${gridatlas.review.font:}") String fontSetting) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(PackSection::order)).toList();
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.fontSetting = fontSetting;
    }

    public PackFonts fonts() {
        if (fonts == null) {
            fonts = PackFonts.find(fontSetting);
        }
        return fonts;
    }

    /** The sections in pack order (ids), e.g. for the UI's progress text. */
    public List<String> sectionIds() {
        return sections.stream().map(PackSection::id).toList();
    }

    /** Builds, archives and returns the pack; {@code progress} receives 0..1 as sections finish. */
    public Pack generate(AreaCode area, Quarter quarter, DoubleConsumer progress) {
        Scope scope = Scopes.current();
        if (area.code().length() < 6 || !scope.canView(area.code())) {
            throw new IllegalArgumentException("area: " + area.code() + " is not a county, town or village in your scope");
        }
        PackFonts f = fonts();
        progress.accept(0.02);
        AreaInfo info = queries.area(area);
        PackContext ctx = new PackContext(area, info, quarter, clock.instant(), f);
        Figures figures = new Figures();
        List<PackSection.Rendered> rendered = new ArrayList<>();
        int steps = sections.size() + 2;
        for (int i = 0; i < sections.size(); i++) {
            PackSection s = sections.get(i);
            PackSection.Rendered r = s.render(ctx);
            r.figures().asMap().keySet().forEach(k -> {
                if (!k.startsWith(s.id() + ".")) {
                    throw new IllegalStateException("section " + s.id() + " gave figure " + k + " outside its prefix");
                }
            });
            figures.putAll(r.figures());
            rendered.add(r);
            progress.accept((i + 1.0) / steps);
        }
        String sha = figures.sha256();
        PackPdf pdf = new PackPdf(f, "季度点评 " + info.name() + " " + quarter);
        for (PackSection.Rendered r : rendered) {
            pdf.newPage();
            r.drawing().accept(pdf);
        }
        pdf.note("图中数字的 SHA-256 Figures hash: " + sha + " · " + figures.asMap().size() + " figures · "
                + "font " + f.source().replaceFirst(".*/", ""));
        byte[] bytes = pdf.finish();
        progress.accept((steps - 1.0) / steps);

        Optional<Archived> previous = latest(area, quarter);
        List<String> changes = previous.map(p -> figures.changesSince(figuresOf(p.id()))).orElse(List.of());
        long id = archive(scope, info, quarter, figures, sha, bytes);
        progress.accept(1.0);
        return new Pack(id, quarter, area.code(), figures, sha, bytes, previous.map(Archived::id), changes);
    }

    public List<Archived> archive(AreaCode area) {
        return jdbc.query("""
                SELECT id, quarter, division_code, figures_sha256, created_at, created_by, octet_length(pdf) AS bytes
                FROM review_pack WHERE division_code LIKE :area || '%' ORDER BY created_at DESC, id DESC LIMIT 50
                """, new MapSqlParameterSource("area", area.code()), (rs, i) -> new Archived(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getString(6),
                rs.getInt(7)));
    }

    public Optional<byte[]> pdf(long id) {
        return jdbc.query("SELECT pdf FROM review_pack WHERE id = :id", new MapSqlParameterSource("id", id),
                (rs, i) -> rs.getBytes(1)).stream().findFirst();
    }

    public Figures figuresOf(long id) {
        return jdbc.query("SELECT figures_json FROM review_pack WHERE id = :id", new MapSqlParameterSource("id", id),
                (rs, i) -> Figures.fromJson(rs.getString(1))).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no review pack " + id));
    }

    private Optional<Archived> latest(AreaCode area, Quarter quarter) {
        return jdbc.query("""
                SELECT id, quarter, division_code, figures_sha256, created_at, created_by, octet_length(pdf)
                FROM review_pack WHERE division_code = :area AND quarter = :quarter ORDER BY created_at DESC, id DESC LIMIT 1
                """, new MapSqlParameterSource("area", area.code()).addValue("quarter", quarter.toString()),
                (rs, i) -> new Archived(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getInt(7))).stream().findFirst();
    }

    private long archive(Scope scope, AreaInfo info, Quarter quarter, Figures figures, String sha, byte[] pdf) {
        Scope archiving = scope.isSystem() ? scope
                : new Scope(scope.username(), scope.role(), scope.viewArea(), info.code());
        return Scopes.runAs(archiving, () -> {
            Long id = jdbc.queryForObject("""
                    INSERT INTO review_pack (county_code, division_code, quarter, figures_json, figures_sha256, pdf,
                                             pdf_sha256, created_at, created_by)
                    VALUES (:county, :division, :quarter, :json, :sha, :pdf, :pdfSha, :at, :by) RETURNING id
                    """, new MapSqlParameterSource("county", info.code().substring(0, 6))
                    .addValue("division", info.code()).addValue("quarter", quarter.toString())
                    .addValue("json", figures.toJson()).addValue("sha", sha).addValue("pdf", pdf)
                    .addValue("pdfSha", Figures.sha256(pdf)).addValue("at", Timestamp.from(clock.instant()))
                    .addValue("by", scope.username()), Long.class);
            return id == null ? -1 : id;
        });
    }
}
