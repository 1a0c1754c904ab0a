package appraisal.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem document: {@code type} names the code as a URN, {@code detail} says in
 * English what is wrong and how to fix it, {@code detail_th} says it in Thai, {@code code} is the
 * stable machine code, {@code field} the field or JSON pointer in error when known.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String detailTh, String code, String field,
                      String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static String typeOf(String code) {
        return "urn:appraisal:problem:" + code;
    }
}
