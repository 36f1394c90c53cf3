package dk.regeltjek.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP status and a JSON body. */
record Reply(int status, String body) {

    /** An error the caller can act on: {@code {"error": "…", "problems": []}}. */
    static Reply error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        body.put("problems", List.of());
        return new Reply(status, Endpoints.json(body));
    }
}
