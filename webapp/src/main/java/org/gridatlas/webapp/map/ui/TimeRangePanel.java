package org.gridatlas.webapp.map.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The time range of the map's dated layers (requests, disputes, visits): two dates, inclusive, either open. Empty
 * means each layer's default (visits: the latest week). A range ending before it starts is refused on the field
 * and not applied.
 */
class TimeRangePanel extends Composite<VerticalLayout> {

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    TimeRangePanel(LocalDate start, LocalDate end, BiConsumer<LocalDate, LocalDate> onChange) {
        VerticalLayout box = getContent();
        box.setId("time-range");
        box.setPadding(false);
        box.setSpacing(false);
        Span title = new Span(getTranslation("time.title"));
        title.addClassName("ga-time-title");
        HorizontalLayout dates = new HorizontalLayout(from, to);
        dates.setWidthFull();
        from.setId("time-from");
        to.setId("time-to");
        from.setLabel(getTranslation("time.from"));
        to.setLabel(getTranslation("time.to"));
        for (DatePicker p : List.of(from, to)) {
            p.setI18n(chinese());
            p.setClearButtonVisible(true);
            p.setWidth("50%");
        }
        from.setValue(start);
        to.setValue(end);
        from.addValueChangeListener(e -> apply(onChange));
        to.addValueChangeListener(e -> apply(onChange));
        box.add(title, dates);
    }

    private void apply(BiConsumer<LocalDate, LocalDate> onChange) {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        boolean bad = f != null && t != null && t.isBefore(f);
        to.setInvalid(bad);
        to.setErrorMessage(bad ? getTranslation("time.to-before-from") : null);
        if (!bad) {
            onChange.accept(f, t);
        }
    }

    private static DatePicker.DatePickerI18n chinese() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"))
                .setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"))
                .setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"))
                .setFirstDayOfWeek(1).setToday("今天").setCancel("取消")
                .setDateFormat("yyyy-MM-dd");
    }
}
