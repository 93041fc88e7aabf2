package org.gridatlas.webapp.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import org.gridatlas.data.dispute.domain.DisputeLevel;
import org.gridatlas.data.dispute.domain.DisputeOutcome;
import org.gridatlas.data.dispute.domain.DisputeStatus;
import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.RequestStatus;

/** A request's or dispute's summary from its tile attributes (no personal data travels in tiles). */
class FeatureSummaryDialog extends Dialog {

    FeatureSummaryDialog(String layer, String propertiesJson) {
        setId("feature-summary");
        String code = MapFeature.text(propertiesJson, "code");
        setHeaderTitle(getTranslation("summary." + layer, code == null ? "" : code));
        FormLayout form = new FormLayout();
        for (String key : layer.equals("requests")
                ? new String[] {"status", "case_type", "category", "item", "overdue"}
                : new String[] {"kind", "level", "status", "outcome"}) {
            String value = MapFeature.text(propertiesJson, key);
            form.addFormItem(new Span(label(layer, key, value)), getTranslation("field." + key));
        }
        add(form);
        Long id = MapFeature.id(propertiesJson);
        if (layer.equals("requests") && id != null) {
            getFooter().add(new Anchor("requests/" + id, getTranslation("summary.open-request")));
        }
        getFooter().add(new Button(getTranslation("household.close"), e -> close()));
    }

    /** A coded value in words: the domain's own Chinese labels, the bundle's words, or the code as it is. */
    private String label(String layer, String key, String value) {
        if (value == null) {
            return "—";
        }
        if (!getLocale().getLanguage().equals("en")) {
            try {
                String chinese = switch (key) {
                    case "status" -> layer.equals("requests") ? RequestStatus.valueOf(value).label()
                            : DisputeStatus.valueOf(value).label();
                    case "case_type" -> CaseType.valueOf(value).label();
                    case "level" -> DisputeLevel.valueOf(value).label();
                    case "outcome" -> DisputeOutcome.valueOf(value).label();
                    default -> null;
                };
                if (chinese != null) {
                    return chinese;
                }
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        String words = getTranslation("value." + key + "." + value);
        return words.startsWith("!") ? value : words;
    }
}
