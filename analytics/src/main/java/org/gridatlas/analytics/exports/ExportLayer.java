package org.gridatlas.analytics.exports;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.gridatlas.data.base.PersonalData;

/**
 * The layers and ledgers that can be exported, each read by the .sql file of its id beside {@link ExportQuery}.
 * Column names are at most 10 characters (the Shapefile DBF limit) so that every format names them alike.
 */
public enum ExportLayer {
    TOWNS("towns", "乡镇", Shape.POLYGON, Map.of()),
    VILLAGES("villages", "村(社区)", Shape.POLYGON, Map.of()),
    GRID_AREAS("grid-areas", "网格", Shape.POLYGON, Map.of()),
    GROUPS("groups", "村民小组", Shape.POLYGON, Map.of()),
    HOUSEHOLDS("households", "农户", Shape.POINT, Map.of("head_name", PersonalData::maskName,
            "id_number", PersonalData::maskIdNumber, "phone", PersonalData::maskPhone)),
    AGENTS("agents", "代办员", Shape.POINT, Map.of("name", PersonalData::maskName,
            "id_number", PersonalData::maskIdNumber, "phone", PersonalData::maskPhone)),
    POSTS("posts", "代办站点", Shape.POINT, Map.of()),
    REQUESTS("requests", "代办事项", Shape.POINT, Map.of()),
    DISPUTES("disputes", "矛盾纠纷", Shape.POINT, Map.of()),
    VISITS("visits", "走访", Shape.POINT, Map.of());

    /** The geometry every feature of a layer has (or none). */
    public enum Shape { POINT, POLYGON }

    private final String id;
    private final String title;
    private final Shape shape;
    private final Map<String, UnaryOperator<String>> personal;

    ExportLayer(String id, String title, Shape shape, Map<String, UnaryOperator<String>> personal) {
        this.id = id;
        this.title = title;
        this.shape = shape;
        this.personal = personal;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Shape shape() {
        return shape;
    }

    /** True when the layer holds personal data (masked unless revealed). */
    public boolean hasPersonalData() {
        return !personal.isEmpty();
    }

    /** The mask of a personal column, or null for a column that is not personal. */
    UnaryOperator<String> mask(String column) {
        return personal.get(column);
    }

    public static Optional<ExportLayer> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
