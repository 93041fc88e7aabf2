package org.gridatlas.webapp.request;

import java.util.List;

import org.gridatlas.data.base.scope.FieldDataRefusedException;
import org.gridatlas.data.request.service.ConflictException;
import org.gridatlas.data.request.service.FieldProblem;
import org.gridatlas.data.request.service.ForbiddenException;
import org.gridatlas.data.request.service.IllegalTransitionException;
import org.gridatlas.data.request.service.InvalidInputException;
import org.gridatlas.data.request.service.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the field-work API as {@code {"errors":[{"field":…,"message":…}]}}: 400 bad input, 404 not found or
 * outside the area, 409 an illegal step or a concurrent change.
 */
@RestControllerAdvice(basePackages = {"org.gridatlas.webapp.request", "org.gridatlas.webapp.visit",
        "org.gridatlas.webapp.dispute", "org.gridatlas.webapp.worklist"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldworkApiErrors {

    record Errors(List<FieldProblem> errors) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Errors> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(new Errors(e.problems()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Errors> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(one(e.field(), e.getMessage()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Errors> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(one(e.field(), e.getMessage()));
    }

    @ExceptionHandler(FieldDataRefusedException.class)
    ResponseEntity<Errors> viewOnly(FieldDataRefusedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(one("role", e.getMessage()));
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ResponseEntity<Errors> illegal(IllegalTransitionException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(one("step", e.getMessage()));
    }

    @ExceptionHandler({ConflictException.class, ObjectOptimisticLockingFailureException.class})
    ResponseEntity<Errors> conflict(RuntimeException e) {
        String message = e instanceof ConflictException ? e.getMessage() : "已被他人修改，请刷新后重试";
        return ResponseEntity.status(HttpStatus.CONFLICT).body(one("version", message));
    }

    /** A unique key taken meanwhile (two first submissions with one Idempotency-Key racing): retry gives the answer. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Errors> integrity(DataIntegrityViolationException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(one(null, "与已有数据冲突（可能是同一 Idempotency-Key 的并发提交），请重试"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Errors> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(one("body", "JSON 无法解析：请检查字段类型（数字字段须为数字）"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Errors> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest().body(one(e.getName(), "参数格式不对：「" + e.getValue() + "」"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Errors> badArgument(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(one(null, e.getMessage()));
    }

    private static Errors one(String field, String message) {
        return new Errors(List.of(new FieldProblem(field, message)));
    }

}
