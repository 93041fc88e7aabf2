package org.gridatlas.webapp.imports.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import org.gridatlas.data.imports.ImportColumn;

/** One drop-down per field of an import, choosing the file column it comes from (guessed from the headings). */
class ColumnMappingPanel<F extends Enum<F> & ImportColumn> extends FormLayout {

    private static final String NONE = "—";
    private final Class<F> fields;
    private final Map<F, Select<String>> selects;
    private List<String> headers = List.of();

    ColumnMappingPanel(Class<F> fields) {
        this.fields = fields;
        this.selects = new EnumMap<>(fields);
        setId("column-mapping");
        setResponsiveSteps(new ResponsiveStep("0", 2), new ResponsiveStep("700px", 3));
    }

    void show(List<String> headers, Map<F, Integer> guessed) {
        this.headers = headers;
        removeAll();
        selects.clear();
        for (F f : fields.getEnumConstants()) {
            Select<String> s = new Select<>();
            s.setLabel(f.label() + (f.required() ? " *" : ""));
            s.setId("map-" + f.name().toLowerCase());
            s.setItems(concat(headers));
            Integer col = guessed.get(f);
            s.setValue(col == null ? NONE : headers.get(col));
            selects.put(f, s);
            add(s);
        }
    }

    Map<F, Integer> columns() {
        Map<F, Integer> map = new EnumMap<>(fields);
        selects.forEach((f, s) -> {
            int i = headers.indexOf(s.getValue());
            if (i >= 0) {
                map.put(f, i);
            }
        });
        return map;
    }

    private static List<String> concat(List<String> headers) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(NONE), headers.stream()).toList();
    }
}
