package org.gridatlas.webapp.request.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.gridatlas.data.request.domain.CaseType;
import org.gridatlas.data.request.domain.Rating;
import org.gridatlas.data.request.domain.RequestStepKind;
import org.gridatlas.data.request.service.StepCommand;

/** The next-step buttons of a request; picking one shows a note (and case type or rating) and a confirm button. */
class StepForm extends Div {

    StepForm(List<RequestStepKind> allowed, int version, Consumer<StepCommand> onSubmit) {
        setId("step-form");
        setWidthFull();
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "6px");
        Div editor = new Div();
        editor.setWidthFull();
        for (RequestStepKind kind : allowed) {
            Button b = new Button(kind.label(), e -> editor.removeAll());
            b.setId("step-" + kind.name());
            b.addClickListener(e -> editor.add(editor(kind, version, onSubmit)));
            buttons.add(b);
        }
        add(buttons, editor);
    }

    private Div editor(RequestStepKind kind, int version, Consumer<StepCommand> onSubmit) {
        TextArea note = new TextArea(getTranslation("request.note"));
        note.setId("step-note");
        note.setWidthFull();
        note.setMaxLength(2000);
        Select<CaseType> caseType = new Select<>();
        caseType.setLabel(getTranslation("request.case-type"));
        caseType.setItems(CaseType.values());
        caseType.setItemLabelGenerator(CaseType::label);
        caseType.setId("step-case-type");
        Select<Rating> rating = new Select<>();
        rating.setLabel(getTranslation("request.rating"));
        rating.setItems(Rating.values());
        rating.setItemLabelGenerator(Rating::label);
        rating.setId("step-rating");
        Button ok = new Button(kind.label() + " · " + getTranslation("request.submit-step"), e -> onSubmit.accept(
                new StepCommand(kind, caseType.getValue(), null, rating.getValue(), note.getValue(), version)));
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        ok.setId("step-submit");
        Div d = new Div();
        d.setWidthFull();
        if (kind == RequestStepKind.ACCEPT) {
            d.add(caseType);
        }
        if (kind == RequestStepKind.RATE) {
            d.add(rating);
        }
        d.add(note, ok);
        return d;
    }
}
