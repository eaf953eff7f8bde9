package vn.xuatxu.api.problem;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * The framework's own refusals (malformed JSON, a missing parameter, an unknown route, a wrong content
 * type) in the same shape and language as ours, and never with the framework's internal message for a 500.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class VietnameseErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    @Override
    public MutableHttpResponse<Problem> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.status();
        String detail = context.getErrors().isEmpty() ? null : context.getErrors().get(0).getMessage();
        Problem problem = new Problem(status.getCode(), codeOf(status), messageOf(status, detail), null);
        return response.body(problem).contentType(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE);
    }

    private static String codeOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "INVALID_INPUT";
            case UNAUTHORIZED -> "UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
            case REQUEST_ENTITY_TOO_LARGE -> "TOO_LARGE";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            default -> status.getCode() >= 500 ? "INTERNAL_ERROR" : "REQUEST_REFUSED";
        };
    }

    private static String messageOf(HttpStatus status, String detail) {
        return switch (status) {
            case BAD_REQUEST -> detail != null && detail.startsWith("Invalid JSON")
                    ? "Nội dung JSON không đọc được; hãy kiểm tra lại dấu ngoặc và dấu nháy."
                    : "Yêu cầu không hợp lệ" + (detail == null ? "." : ": " + shorten(detail));
            case UNAUTHORIZED -> "Bạn cần đăng nhập để thực hiện thao tác này.";
            case FORBIDDEN -> "Bạn không có quyền thực hiện thao tác này.";
            case NOT_FOUND -> "Không tìm thấy địa chỉ này.";
            case METHOD_NOT_ALLOWED -> "Phương thức HTTP này không được hỗ trợ cho địa chỉ này.";
            case UNSUPPORTED_MEDIA_TYPE -> "Định dạng nội dung gửi lên không được hỗ trợ (hãy gửi JSON).";
            case REQUEST_ENTITY_TOO_LARGE -> "Nội dung gửi lên quá lớn.";
            case NOT_ACCEPTABLE -> "Không có định dạng phản hồi phù hợp với yêu cầu.";
            default -> status.getCode() >= 500
                    ? "Đã có lỗi hệ thống. Dữ liệu đã lưu không bị ảnh hưởng; vui lòng thử lại."
                    : "Yêu cầu bị từ chối.";
        };
    }

    /** Framework details can be long or echo input; keep a short, single-line excerpt. */
    private static String shorten(String detail) {
        String line = detail.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
