package org.gridatlas.webapp.map.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import org.gridatlas.analytics.division.DivisionNode;

/** The county → town → village tree beside the map; selecting a node reports it to the map. */
class DivisionTreePanel extends Composite<TreeGrid<DivisionNode>> {

    private final Map<String, DivisionNode> byCode;

    DivisionTreePanel(List<DivisionNode> nodes, Consumer<DivisionNode> onSelect) {
        byCode = nodes.stream().collect(Collectors.toMap(DivisionNode::code, n -> n));
        TreeGrid<DivisionNode> grid = getContent();
        grid.setId("division-tree");
        grid.addHierarchyColumn(DivisionNode::name).setHeader(getTranslation("tree.name")).setFlexGrow(3);
        grid.addColumn(n -> n.holdsHouseholds() ? String.format("%,d", n.households()) : "—")
                .setHeader(getTranslation("tree.households")).setFlexGrow(1);
        TreeData<DivisionNode> data = new TreeData<>();
        for (DivisionNode n : nodes) {
            DivisionNode parent = n.parentCode() == null ? null : byCode.get(n.parentCode());
            data.addItem(parent, n);
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        data.getRootItems().forEach(grid::expand);
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(onSelect));
        // clicking a town's name expands it: that is a drill-down too; villages (leaves) select on click
        grid.addExpandListener(e -> {
            if (e.isFromClient()) {
                e.getItems().stream().findFirst().ifPresent(grid::select);
            }
        });
        grid.setSizeFull();
    }

    /** Selects a node by code (used by the breadcrumb and by map clicks), expanding its ancestors. */
    void select(String code) {
        DivisionNode node = byCode.get(code);
        if (node == null) {
            return;
        }
        DivisionNode parent = node.parentCode() == null ? null : byCode.get(node.parentCode());
        if (parent != null) {
            getContent().expand(parent);
        }
        getContent().select(node);
        getContent().scrollToItem(node);
    }

    DivisionNode node(String code) {
        return byCode.get(code);
    }
}
