package org.gridatlas.webapp.map.ui;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the attributes of a clicked vector-tile feature. */
final class MapFeature {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MapFeature() {
    }

    static Long id(String propertiesJson) {
        try {
            JsonNode id = JSON.readTree(propertiesJson).get("id");
            return id == null || !id.isNumber() ? null : id.asLong();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String text(String propertiesJson, String key) {
        try {
            JsonNode v = JSON.readTree(propertiesJson).get(key);
            return v == null || v.isNull() ? null : v.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static String code(String propertiesJson) {
        try {
            JsonNode node = JSON.readTree(propertiesJson);
            JsonNode code = node.get("code");
            return code == null || code.isNull() ? null : code.asString();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
