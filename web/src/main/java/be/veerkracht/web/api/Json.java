package be.veerkracht.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;

/** JSON bodies of the API: one mapper, and the error layout {@code {"error": ..., "details": [...]}}. */
public final class Json {

    public static final String CONTENT_TYPE = "application/json";

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain values always serialises", impossible);
        }
    }

    /** The tree as UTF-8 bytes, for answers kept per snapshot. */
    public static byte[] bytes(Object tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain values always serialises", impossible);
        }
    }

    public static void respond(Context ctx, int status, Object tree) {
        ctx.status(status).contentType(CONTENT_TYPE).result(write(tree));
    }

    public static void error(Context ctx, int status, String error, List<String> details) {
        ObjectNode body = object().put("error", error);
        details.forEach(body.putArray("details")::add);
        respond(ctx, status, body);
    }
}
