package org.gridatlas.webapp.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.gridatlas.analytics.base.AreaCode;
import org.gridatlas.analytics.dashboard.Quarter;
import org.gridatlas.analytics.division.DivisionNode;
import org.gridatlas.analytics.division.DivisionQuery;

/**
 * Quarter and area pickers: the quarters holding requests, newest first (DashboardQueries.quartersWithData), and the
 * user's area with the towns (or villages) under it. Fires the listener with the chosen pair.
 */
public class AreaQuarterPicker extends HorizontalLayout {

    /** A choosable area: its code and display name. */
    public record Area(String code, String name) {
    }

    private final Select<Quarter> quarter = new Select<>();
    private final ComboBox<Area> area = new ComboBox<>();
    private final List<Area> areas;

    public AreaQuarterPicker(DivisionQuery divisions, AreaCode viewArea, List<Quarter> quarters, String quarterLabel,
                             String areaLabel) {
        areas = areas(divisions, viewArea);
        quarter.setId("quarter-picker");
        quarter.setLabel(quarterLabel);
        quarter.setItems(new ArrayList<>(quarters));
        quarter.setItemLabelGenerator(Quarter::toString);
        area.setId("area-picker");
        area.setLabel(areaLabel);
        area.setItems(areas);
        area.setItemLabelGenerator(Area::name);
        area.setWidth("16em");
        setAlignItems(Alignment.BASELINE);
        add(quarter, area);
    }

    /** Every area the picker offers, the user's own first. */
    public List<Area> areas() {
        return areas;
    }

    public Quarter quarter() {
        return quarter.getValue();
    }

    public String area() {
        return area.getValue() == null ? areas.getFirst().code() : area.getValue().code();
    }

    public void select(Quarter q, String code) {
        if (!quarter.getListDataView().contains(q)) {
            quarter.getListDataView().addItem(q);
        }
        quarter.setValue(q);
        area.setValue(areas.stream().filter(a -> a.code().equals(code)).findFirst().orElse(areas.getFirst()));
    }

    public void onChange(BiConsumer<Quarter, String> listener) {
        quarter.addValueChangeListener(e -> {
            if (e.isFromClient() && area.getValue() != null) {
                listener.accept(e.getValue(), area.getValue().code());
            }
        });
        area.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                listener.accept(quarter.getValue(), e.getValue().code());
            }
        });
    }

    static List<Area> areas(DivisionQuery divisions, AreaCode viewArea) {
        List<DivisionNode> tree = divisions.tree(viewArea);
        List<Area> out = new ArrayList<>();
        int own = viewArea.code().length();
        tree.stream().filter(n -> n.code().equals(viewArea.code())).findFirst()
                .ifPresent(n -> out.add(new Area(n.code(), n.name())));
        int child = own == 6 ? 9 : 12;
        tree.stream().filter(n -> n.code().length() == child && n.code().startsWith(viewArea.code()) && n.holdsHouseholds())
                .forEach(n -> out.add(new Area(n.code(), "　" + n.name())));
        if (out.isEmpty()) {
            out.add(new Area(viewArea.code(), viewArea.code()));
        }
        return out;
    }
}
