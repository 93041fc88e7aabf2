package org.gridatlas.webapp.worklist.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.gridatlas.data.request.service.RequestQueries;
import org.gridatlas.data.request.service.RequestSummary;
import org.gridatlas.data.request.service.Worklist;
import org.gridatlas.webapp.request.ui.RequestCard;

/**
 * 我的待办 on a phone: four tabs (我的待办, 今日到期, 已逾期, 待评价), each a list of request cards. An account linked to
 * an agent sees its own requests; other accounts see their area's.
 */
@Route("worklist")
@PermitAll
class WorklistView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 100;

    private final RequestQueries queries;
    private final Div list = new Div();

    WorklistView(RequestQueries queries) {
        this.queries = queries;
        setPadding(true);
        setMaxWidth("760px");
        Tabs tabs = new Tabs();
        for (Worklist w : Worklist.values()) {
            Tab tab = new Tab(getTranslation("worklist." + w.name()));
            tab.setId("tab-" + w.name());
            tabs.add(tab);
        }
        tabs.setWidthFull();
        tabs.addThemeName("small");
        list.setId("worklist");
        list.setWidthFull();
        tabs.addSelectedChangeListener(e -> show(Worklist.values()[tabs.getSelectedIndex()]));
        add(tabs, list);
        show(Worklist.MY_OPEN);
    }

    private void show(Worklist w) {
        list.removeAll();
        List<RequestSummary> items = queries.worklist(w, LIMIT);
        if (items.isEmpty()) {
            list.add(new Span(getTranslation("worklist.empty")));
        }
        items.forEach(r -> list.add(new RequestCard(r)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worklist.title") + " · " + getTranslation("app.title");
    }
}
