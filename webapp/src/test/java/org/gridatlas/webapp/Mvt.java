package org.gridatlas.webapp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Decodes Mapbox Vector Tiles in tests (io.github.sebasbaumh:mapbox-vector-tile-java). */
final class Mvt {

    private Mvt() {
    }

    static Map<String, JtsLayer> layers(byte[] tile) throws IOException {
        return MvtReader.loadMvt(new ByteArrayInputStream(tile), new GeometryFactory(), new TagKeyValueMapConverter())
                .getLayersByName();
    }

    /** The attribute keys of every feature in a layer (null attributes are absent from a tile). */
    static Set<String> keys(JtsLayer layer) {
        Set<String> keys = new TreeSet<>();
        for (Geometry g : layer.getGeometries()) {
            if (g.getUserData() instanceof Map<?, ?> m) {
                m.keySet().forEach(k -> keys.add(k.toString()));
            }
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> attributes(Geometry feature) {
        return (Map<String, Object>) feature.getUserData();
    }
}
