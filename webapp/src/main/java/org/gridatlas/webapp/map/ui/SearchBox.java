package org.gridatlas.webapp.map.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.gridatlas.analytics.search.SearchHit;
import org.gridatlas.analytics.search.SearchQuery;

/** Search by name, code or address; a result flies the map to it. Row-level security limits it to the user's area. */
class SearchBox extends Composite<VerticalLayout> {

    private final VerticalLayout results = new VerticalLayout();

    SearchBox(SearchQuery search, Consumer<SearchHit> onPick) {
        TextField field = new TextField();
        field.setId("map-search");
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(SearchQuery.MAX_QUERY_LENGTH);
        field.setWidthFull();
        results.setId("search-results");
        results.setPadding(false);
        results.setSpacing(false);
        field.addKeyPressListener(Key.ENTER, e -> show(search.find(field.getValue(), 8), onPick));
        field.addValueChangeListener(e -> {
            if (e.getValue().isBlank()) {
                results.removeAll();
            }
        });
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().add(field, results);
    }

    private void show(List<SearchHit> hits, Consumer<SearchHit> onPick) {
        results.removeAll();
        if (hits.isEmpty()) {
            results.add(new Span(getTranslation("search.none")));
            return;
        }
        for (SearchHit hit : hits) {
            Button b = new Button(getTranslation("search.kind." + hit.kind()) + " · " + hit.label(), e -> {
                results.removeAll();
                onPick.accept(hit);
            });
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            b.addClassName("ga-search-hit");
            results.add(b);
        }
    }
}
