package io.fiscaltrail.query.pages;

import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A page asked with a bad parameter, or for something unknown, answers an error page naming it. */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler(InvalidParameter.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String invalid(InvalidParameter e, Model model) {
    return page(model, HttpStatus.BAD_REQUEST, e.parameter(), e.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String mistyped(MethodArgumentTypeMismatchException e, Model model) {
    return page(model, HttpStatus.BAD_REQUEST, e.getName(), "cannot read " + e.getValue());
  }

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFound e, Model model) {
    return page(model, HttpStatus.NOT_FOUND, e.field(), e.getMessage());
  }

  private static String page(Model model, HttpStatus status, String parameter, String reason) {
    model.addAttribute("status", status.value());
    model.addAttribute("parameter", parameter);
    model.addAttribute("reason", reason);
    return "page-error";
  }
}
