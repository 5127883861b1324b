package be.veerkracht.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Test helper for the API tests: a call with a bearer token and a JSON body, and an answer read as JSON. */
public final class ApiCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiCalls() {
    }

    /** {@code method path} with {@code Authorization: Bearer token} and {@code body} (none when null) as JSON. */
    public static HttpResponse<String> call(TestServer server, String token, String method, String path,
                                            String body) {
        Browser client = server.newBrowser();
        HttpRequest.Builder request = client.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request);
    }

    /** The answer's body as JSON; a body that is not JSON fails the test, showing it. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }
}
