package dk.regeltjek.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;

/**
 * One JSON document written as it goes: the header, arrays whose items stream out one by one (a
 * run of many cases never holds them all), then the closing fields.
 */
final class JsonDocument {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            // numbers read back exactly as written (12.50 stays 12.50), for JsonResults.read
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private final JsonGenerator json;

    /** {@code pretty}: indented for people (at a terminal); compact for files and pipes, where size is speed. */
    JsonDocument(Writer out, boolean pretty) throws IOException {
        json = MAPPER.getFactory().createGenerator(out);
        if (pretty) {
            json.useDefaultPrettyPrinter();
        }
    }

    /** Opens the document: schemaVersion, tool, command and the time the command ran. */
    JsonDocument begin(int schemaVersion, Command command, String toolVersion, Instant createdAt) throws IOException {
        json.writeStartObject();
        json.writeNumberField("schemaVersion", schemaVersion);
        field("tool", JsonShapes.tool(toolVersion));
        json.writeStringField("command", command.key());
        json.writeStringField("createdAt", createdAt.toString());
        return this;
    }

    void field(String name, Object value) throws IOException {
        json.writeFieldName(name);
        MAPPER.writeValue(json, value);
    }

    void startArray(String name) throws IOException {
        json.writeArrayFieldStart(name);
    }

    /** One array item; no flush per item: the writer's buffer streams it out. */
    void item(Object value) throws IOException {
        MAPPER.writeValue(json, value);
    }

    void endArray() throws IOException {
        json.writeEndArray();
    }

    /** Closes the document with a final newline and flushes. */
    void end() throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }
}
