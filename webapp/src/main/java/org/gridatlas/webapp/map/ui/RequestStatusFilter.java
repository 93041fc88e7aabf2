package org.gridatlas.webapp.map.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import org.gridatlas.data.request.domain.RequestStatus;

/** The map's request-status filter: every status, or one (its code goes into the URL and the requests tiles). */
class RequestStatusFilter extends Composite<Select<String>> {

    private static final String ALL = "";

    RequestStatusFilter(String initial, Consumer<String> onChange) {
        Select<String> select = getContent();
        select.setId("request-status");
        select.setLabel(getTranslation("filter.request-status"));
        List<String> items = new ArrayList<>();
        items.add(ALL);
        Arrays.stream(RequestStatus.values()).map(Enum::name).forEach(items::add);
        select.setItems(items);
        select.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("filter.all")
                : RequestStatus.valueOf(s).label());
        select.setValue(initial != null && items.contains(initial) ? initial : ALL);
        select.setWidthFull();
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.accept(e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue());
            }
        });
    }
}
