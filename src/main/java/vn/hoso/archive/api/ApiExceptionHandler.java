package vn.hoso.archive.api;

import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns refusals into problem details whose {@code detail} is in the caller's language (Vietnamese by default). */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ApiProblem.class)
    ProblemDetail refused(ApiProblem problem) {
        ProblemDetail detail = problem(problem.status(), problem.code(), problem.arguments());
        problem.properties().forEach(detail::setProperty);
        return detail;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        String fields = e.getBindingResult().getFieldErrors().stream()
                .map(error -> error.getField())
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
        return problem(HttpStatus.BAD_REQUEST, "INVALID_FIELDS", fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "UNREADABLE_BODY");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", e.getParameterName());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalidParameter(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", e.getName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "MISSING_PARAMETER", e.getRequestPartName());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "FILE_TOO_LARGE");
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail badMultipart(MultipartException e) {
        log.info("Refused a multipart request", e);
        return problem(HttpStatus.BAD_REQUEST, "BAD_MULTIPART");
    }

    private ProblemDetail problem(HttpStatus status, String code, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem." + code, arguments, locale));
        detail.setProperty("code", code);
        return detail;
    }
}
