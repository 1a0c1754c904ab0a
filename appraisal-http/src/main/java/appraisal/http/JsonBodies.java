package appraisal.http;

import appraisal.domain.model.shared.DomainException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Request and response records as JSON, strictly: unknown fields, wrong types (a number for a
 * text, a text for a number), duplicate keys, trailing content and nulls for required values are
 * refused with a problem that names the field as a JSON pointer. Field names are snake_case.
 */
public final class JsonBodies {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    public <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new ApiProblem(400, "request.empty-body", "the request has no body; send a JSON object");
        }
        try {
            T read = mapper.readValue(body, type);
            if (read == null) {
                // JSON's null is valid JSON but no request: refused here rather than met as a null in a handler
                throw new ApiProblem(400, "request.null-body", "the body is JSON null; send a JSON object");
            }
            return read;
        } catch (UnrecognizedPropertyException e) {
            throw new ApiProblem(400, "request.unknown-field", "unknown field '" + e.getPropertyName() + "' at "
                    + pointer(e) + "; the fields of this request are " + e.getKnownPropertyIds(), pointer(e));
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof DomainException d) {
                throw d;
            }
            throw new ApiProblem(400, "request.wrong-type", "the value at " + pointer(e) + " is not valid: "
                    + e.getOriginalMessage(), pointer(e));
        } catch (InvalidFormatException e) {
            throw new ApiProblem(400, "request.wrong-type", "the value at " + pointer(e) + " is not a valid "
                    + e.getTargetType().getSimpleName() + ": '" + e.getValue() + "'", pointer(e));
        } catch (MismatchedInputException e) {
            String target = e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName();
            throw new ApiProblem(400, "request.wrong-type", "the value at " + pointer(e) + " has the wrong type (expected "
                    + readable(target) + ")", pointer(e));
        } catch (JsonParseException e) {
            throw new ApiProblem(400, "request.malformed-json", "the body is not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
        } catch (JsonMappingException e) {
            throw new ApiProblem(400, "request.wrong-type", "the value at " + pointer(e) + " cannot be read: "
                    + e.getOriginalMessage(), pointer(e));
        } catch (JsonProcessingException e) {
            throw new ApiProblem(400, "request.malformed-json", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static String readable(String target) {
        switch (target) {
            case "String":
                return "text";
            case "BigDecimal":
            case "int":
            case "Integer":
            case "long":
            case "Long":
                return "a number";
            case "boolean":
            case "Boolean":
                return "true or false";
            default:
                return target;
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            p.append('/');
            if (r.getFieldName() != null) {
                p.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (r.getIndex() >= 0) {
                p.append(r.getIndex());
            }
        }
        return p.length() == 0 ? "/" : p.toString();
    }
}
