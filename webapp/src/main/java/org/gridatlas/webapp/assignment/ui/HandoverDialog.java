package org.gridatlas.webapp.assignment.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.gridatlas.data.assignment.service.AssignmentConflictException;
import org.gridatlas.data.assignment.service.ChangeResult;
import org.gridatlas.data.assignment.service.HandoverPlan;
import org.gridatlas.webapp.assignment.AssignmentScreen;
import org.gridatlas.webapp.assignment.AssignmentScreen.AgentLine;

/**
 * 代办员离任: choose the receiving agents (none = the neighbouring agents of the grid area, nearest first within the
 * agent maximum), preview which liaison goes where and every receiver's load before → after, then confirm: all the
 * agent's liaisons and households move in one step and the agent becomes inactive. Nothing is written before confirm.
 */
class HandoverDialog extends Dialog {

    private final AssignmentScreen screen;
    private final AgentLine agent;
    private final MultiSelectComboBox<AgentLine> targets = new MultiSelectComboBox<>();
    private final Grid<HandoverPlan.Row> rows = new Grid<>();
    private final Div summary = new Div();
    private final TextField reason = new TextField();
    private final Button apply = new Button();
    private HandoverPlan plan;

    HandoverDialog(AssignmentScreen screen, AgentLine agent, List<AgentLine> others, Consumer<ChangeResult> done,
            Consumer<String> error) {
        this.screen = screen;
        this.agent = agent;
        setHeaderTitle(getTranslation("assignment.handover-title", agent.code() + " " + agent.name()));
        setWidth("760px");
        targets.setId("handover-targets");
        targets.setLabel(getTranslation("assignment.handover-targets"));
        targets.setHelperText(getTranslation("assignment.handover-auto"));
        targets.setItems(others);
        targets.setItemLabelGenerator(a -> a.code() + " " + a.name());
        targets.setWidthFull();
        targets.addValueChangeListener(e -> preview(error));
        rows.setId("handover-rows");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT);
        rows.addColumn(HandoverPlan.Row::liaisonCode).setHeader(getTranslation("assignment.liaisons"));
        rows.addColumn(HandoverPlan.Row::households).setHeader(getTranslation("assignment.households"));
        rows.addColumn(r -> "→ " + r.toAgentCode()).setHeader(getTranslation("assignment.agent"));
        rows.addColumn(r -> Double.isNaN(r.metres()) ? "—" : String.format(Locale.ROOT, "%.0f m", r.metres()))
                .setHeader(getTranslation("assignment.distance"));
        rows.setHeight("260px");
        summary.setId("handover-summary");
        reason.setId("handover-reason");
        reason.setLabel(getTranslation("assignment.reason"));
        reason.setValue(getTranslation("assignment.agent-leaves-reason"));
        reason.setWidthFull();
        apply.setText(getTranslation("assignment.apply"));
        apply.setId("handover-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        apply.addClickListener(e -> {
            try {
                done.accept(screen.agentLeaves(plan, reason.getValue()));
                close();
            } catch (AssignmentConflictException | IllegalArgumentException ex) {
                error.accept(ex.getMessage());
            }
        });
        Button cancel = new Button(getTranslation("assignment.cancel"), e -> close());
        cancel.setId("handover-cancel");
        add(targets, summary, rows, reason);
        getFooter().add(cancel, apply);
        preview(error);
    }

    private void preview(Consumer<String> error) {
        try {
            plan = screen.handoverPlan(agent.id(), targets.getValue().stream().map(AgentLine::id).toList());
        } catch (IllegalArgumentException ex) {
            plan = null;
            rows.setItems(List.of());
            summary.setText(ex.getMessage());
            apply.setEnabled(false);
            error.accept(ex.getMessage());
            return;
        }
        rows.setItems(plan.rows());
        String loads = plan.targets().stream().filter(t -> t.liaisonsAfter() != t.liaisonsBefore())
                .map(t -> getTranslation("assignment.handover-load", t.code(), t.liaisonsBefore(), t.liaisonsAfter(),
                        t.householdsAfter())).collect(Collectors.joining("；"));
        String text = getTranslation("assignment.handover-summary", plan.rows().size(), plan.households(), loads);
        if (!plan.overCapacity().isEmpty()) {
            text += " " + getTranslation("assignment.handover-over", screen.rules().agentMaxLiaisons(),
                    String.join("、", plan.overCapacity()));
        }
        summary.setText(text);
        apply.setEnabled(true);
    }
}
