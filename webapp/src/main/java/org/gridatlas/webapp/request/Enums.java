package org.gridatlas.webapp.request;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.InvalidInputException;

/** Enum values from JSON strings, with a field-level message listing the accepted values. */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value, boolean required) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        E e = collect(type, field, value, required, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return e;
    }

    static <E extends Enum<E>> E collect(Class<E> type, String field, String value, boolean required,
                                         List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "必填，可选值：" + values(type)));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            problems.add(new FieldProblem(field, "不认识「" + value + "」，可选值：" + values(type)));
            return null;
        }
    }

    private static <E extends Enum<E>> String values(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
