package org.gridatlas.webapp.assignment.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.gridatlas.analytics.assignment.AssignmentMapQuery.Village;
import org.gridatlas.data.assignment.service.AssignmentConflictException;
import org.gridatlas.webapp.assignment.AssignMap;
import org.gridatlas.webapp.assignment.AssignmentScreen;
import org.gridatlas.webapp.assignment.AssignmentScreen.Area;
import org.gridatlas.webapp.assignment.AssignmentScreen.LiaisonLine;
import org.gridatlas.webapp.security.CurrentUser;

/** 分派: who looks after which households, on the map; select, assign, auto-balance. */
@Route("assignment")
@RolesAllowed({"SUPERVISOR", "TOWN_SECRETARY", "ADMIN"})
class AssignmentView extends SplitLayout implements HasDynamicTitle {

    private final AssignmentScreen screen;
    private final AssignMap map = new AssignMap();
    private final AgentPanel agents = new AgentPanel(this::agentLeaves);
    private final ComboBox<Village> village = new ComboBox<>();
    private final ComboBox<Village> gridArea = new ComboBox<>();
    private final ComboBox<LiaisonLine> liaison = new ComboBox<>();
    private final ComboBox<AssignmentScreen.AgentLine> toAgent = new ComboBox<>();
    private List<AssignmentScreen.AgentLine> agentLines = List.of();
    private final TextField reason = new TextField();
    private final Checkbox keepLinks = new Checkbox();
    private final Span selectionInfo = new Span();
    private final Span areaInfo = new Span();
    private final Span status = new Span();
    private Map<Long, Long> selection = new LinkedHashMap<>();

    AssignmentView(AssignmentScreen screen) {
        this.screen = screen;
        map.setId("assign-map");
        village.setId("village");
        village.setLabel(getTranslation("assignment.village"));
        village.setItemLabelGenerator(v -> v.name() + " " + v.code());
        village.setItems(screen.villages(CurrentUser.viewArea().code()));
        village.addValueChangeListener(e -> {
            gridArea.setItems(e.getValue() == null ? List.of() : screen.gridAreas(e.getValue().code()));
            gridArea.clear();
            reload(true);
        });
        gridArea.setId("grid-area");
        gridArea.setLabel(getTranslation("assignment.grid-area"));
        gridArea.setClearButtonVisible(true);
        gridArea.setItemLabelGenerator(Village::name);
        gridArea.addValueChangeListener(e -> reload(true));
        map.addToggleListener(e -> {
            if (selection.remove(e.householdId()) == null) {
                selection.putAll(screen.seen(List.of(e.householdId())));
            }
            showSelection();
        });
        map.addPolygonListener(e -> {
            selection = new LinkedHashMap<>(screen.select(area(), e.geoJson()));
            showSelection();
        });
        Div mapBox = new Div(map);
        mapBox.setSizeFull();
        addToPrimary(mapBox);
        addToSecondary(side());
        setSplitterPosition(62);
        setSizeFull();
        village.getListDataView().getItems().findFirst().ifPresent(village::setValue);
    }

    private VerticalLayout side() {
        RadioButtonGroup<AssignMap.Mode> mode = new RadioButtonGroup<>();
        mode.setId("select-mode");
        mode.setItems(AssignMap.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("assignment.mode." + m.name().toLowerCase()));
        mode.setValue(AssignMap.Mode.CLICK);
        mode.addValueChangeListener(e -> map.setMode(e.getValue()));
        Button clear = new Button(getTranslation("assignment.clear"), e -> {
            selection.clear();
            map.clearDrawing();
            showSelection();
        });
        clear.setId("clear-selection");
        liaison.setId("liaison");
        liaison.setLabel(getTranslation("assignment.to-liaison"));
        liaison.setItemLabelGenerator(l -> l.label() + " · " + l.households() + (l.outOfRange() ? " ⚠" : ""));
        reason.setId("reason");
        reason.setLabel(getTranslation("assignment.reason"));
        Button assign = new Button(getTranslation("assignment.assign"), e -> assign(false));
        assign.setId("assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toAgent.setId("to-agent");
        toAgent.setLabel(getTranslation("assignment.to-agent"));
        toAgent.setHelperText(getTranslation("assignment.to-agent-rule", screen.rules().liaisonMaxHouseholds()));
        toAgent.setItemLabelGenerator(a -> getTranslation("assignment.agent-room", a.code() + " " + a.name(),
                a.liaisons(), a.room()));
        Button assignAgent = new Button(getTranslation("assignment.assign"), e -> assign(true));
        assignAgent.setId("assign-agent");
        keepLinks.setId("keep-links");
        keepLinks.setLabel(getTranslation("assignment.keep-links"));
        Button balance = new Button(getTranslation("assignment.auto-balance"), e -> preview(false));
        balance.setId("auto-balance");
        Button balanceAgents = new Button(getTranslation("assignment.auto-balance-agents"), e -> preview(true));
        balanceAgents.setId("auto-balance-agents");
        selectionInfo.setId("selection-count");
        areaInfo.setId("area-info");
        status.setId("assign-status");
        HorizontalLayout areaRow = new HorizontalLayout(village, gridArea);
        HorizontalLayout assignRow = new HorizontalLayout(liaison, reason, assign);
        assignRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        HorizontalLayout agentRow = new HorizontalLayout(toAgent, assignAgent);
        agentRow.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        VerticalLayout side = new VerticalLayout(areaRow, areaInfo, mode, new HorizontalLayout(selectionInfo, clear),
                assignRow, agentRow, status, new HorizontalLayout(balance, balanceAgents, keepLinks), agents);
        side.setSizeFull();
        side.getStyle().set("overflow", "auto");
        agents.setMinHeight("340px");
        side.expand(agents);
        return side;
    }

    private Area area() {
        return new Area(village.getValue() == null ? "" : village.getValue().code(),
                gridArea.getValue() == null ? null : Long.valueOf(gridArea.getValue().code()));
    }

    private void reload(boolean fit) {
        if (village.getValue() == null) {
            return;
        }
        Area a = area();
        var layers = screen.layers(a);
        map.setData(layers.households(), layers.territories(), fit);
        areaInfo.setText(getTranslation("assignment.area-info", layers.householdCount(), layers.unassigned()));
        List<LiaisonLine> liaisons = screen.liaisons(a);
        liaison.setItems(liaisons);
        agentLines = screen.agents(a);
        toAgent.setItems(agentLines);
        agents.show(agentLines, liaisons.stream().filter(LiaisonLine::outOfRange).map(LiaisonLine::label).toList(),
                screen.agentCountOutOfRange(agentLines, a), screen.rules());
        selection.clear();
        showSelection();
    }

    private void showSelection() {
        map.setSelection(selection.keySet());
        selectionInfo.setText(getTranslation("assignment.selected", selection.size()));
    }

    private void assign(boolean agent) {
        if ((agent ? toAgent.getValue() : liaison.getValue()) == null || selection.isEmpty()) {
            error(getTranslation(agent ? "assignment.need-selection-agent" : "assignment.need-selection"));
            return;
        }
        try {
            var r = agent ? screen.assignToAgent(selection, toAgent.getValue().id(), reason.getValue())
                    : screen.assign(selection, liaison.getValue().id(), reason.getValue());
            notice(getTranslation("assignment.assigned", r.opened(), r.unchanged()));
            map.clearDrawing();
            reload(false);
        } catch (AssignmentConflictException | IllegalArgumentException ex) {
            error(ex.getMessage());
        }
    }

    /** Targets, preview and confirmation in the dialog; the plan's link ids are the "seen" of the change. */
    private void agentLeaves(AssignmentScreen.AgentLine agent) {
        new HandoverDialog(screen, agent, agentLines.stream().filter(x -> x.id() != agent.id()).toList(), r -> {
            notice(getTranslation("assignment.agent-left", r.opened()));
            reload(false);
        }, this::error).open();
    }

    private void preview(boolean agentLevel) {
        if (village.getValue() == null) {
            return;
        }
        var p = screen.preview(area(), agentLevel, keepLinks.getValue());
        new BalanceDialog(screen, p, () -> {
            try {
                var r = screen.apply(p, reason.getValue().isBlank() ? getTranslation("assignment.auto-reason")
                        : reason.getValue());
                notice(getTranslation(agentLevel ? "assignment.applied-agents" : "assignment.applied", r.opened()));
                reload(false);
            } catch (AssignmentConflictException | IllegalArgumentException ex) {
                error(ex.getMessage());
            }
        }).open();
    }

    private void notice(String text) {
        status.setText(text);
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String text) {
        status.setText(text);
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("assignment.title") + " · " + getTranslation("app.title");
    }
}
