package org.gridatlas.webapp.assignment.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.gridatlas.data.assignment.service.CapacityRules;
import org.gridatlas.webapp.assignment.AssignmentScreen.AgentLine;

/** Agents with households, liaisons, open items and last quarter's coverage; capacity warnings above. */
class AgentPanel extends VerticalLayout {

    private final Grid<AgentLine> grid = new Grid<>();
    private final Span warnings = new Span();

    private final com.vaadin.flow.component.button.Button leaves = new com.vaadin.flow.component.button.Button();

    AgentPanel(java.util.function.Consumer<AgentLine> onLeave) {
        setPadding(false);
        warnings.setId("capacity-warnings");
        warnings.getStyle().set("color", "var(--lumo-warning-text-color, #b26b00)").set("font-size", "var(--lumo-font-size-s)");
        grid.setId("agent-panel");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(a -> {
            Span dot = new Span("●");
            dot.getStyle().set("color", a.color());
            return dot;
        }).setWidth("32px").setFlexGrow(0);
        grid.addColumn(a -> a.code() + " " + a.name()).setHeader(getTranslation("assignment.agent")).setFlexGrow(3);
        grid.addColumn(AgentLine::households).setHeader(getTranslation("assignment.households"));
        grid.addColumn(a -> a.liaisons() + (a.liaisonWarning() ? " ⚠" : "")).setHeader(getTranslation("assignment.liaisons"));
        grid.addColumn(AgentLine::openItems).setHeader(getTranslation("assignment.open-items"));
        grid.addColumn(a -> a.coverage() == null ? "—" : Math.round(a.coverage() * 100) + "%")
                .setHeader(getTranslation("assignment.coverage"));
        grid.setAllRowsVisible(false);
        leaves.setText(getTranslation("assignment.agent-leaves"));
        leaves.setId("agent-leaves");
        leaves.setEnabled(false);
        grid.addSelectionListener(e -> leaves.setEnabled(e.getFirstSelectedItem().isPresent()));
        leaves.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(onLeave));
        add(warnings, grid, leaves);
        expand(grid);
    }

    void show(List<AgentLine> agents, List<String> liaisonWarnings, boolean agentCountWarning, CapacityRules rules) {
        grid.setItems(agents);
        StringBuilder w = new StringBuilder();
        if (agentCountWarning) {
            w.append(getTranslation("assignment.warn-agents", agents.size(), rules.areaMinAgents(),
                    rules.areaMaxAgents())).append(' ');
        }
        List<String> agentWarnings = agents.stream().filter(a -> rules.agentOutOfRange(a.liaisons()))
                .map(AgentLine::code).toList();
        if (!agentWarnings.isEmpty()) {
            w.append(getTranslation("assignment.warn-agent-liaisons", agentWarnings.size(), rules.agentMinLiaisons(),
                    rules.agentMaxLiaisons(), String.join("、", agentWarnings.subList(0,
                            Math.min(5, agentWarnings.size()))))).append(' ');
        }
        if (!liaisonWarnings.isEmpty()) {
            w.append(getTranslation("assignment.warn-liaisons", liaisonWarnings.size(), rules.liaisonMinHouseholds(),
                    rules.liaisonMaxHouseholds(), String.join("、", liaisonWarnings.subList(0,
                            Math.min(5, liaisonWarnings.size())))));
        }
        warnings.setText(w.toString());
    }
}
