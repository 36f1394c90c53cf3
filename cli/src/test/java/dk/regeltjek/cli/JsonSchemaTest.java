package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON output of run and test over every bundled example matches the documented schema. */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Error> errors(String output) throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/result.schema.json"), StandardCharsets.UTF_8));
        JsonNode node = JSON.readTree(output);
        return schema.validate(node);
    }

    @Test
    void runOutputMatchesTheSchema() throws Exception {
        Cli.Result r = Cli.run("run", "--format", "json", "examples");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(errors(r.out())).isEmpty();
    }

    @Test
    void testOutputMatchesTheSchema() throws Exception {
        Cli.Result r = Cli.run("test", "--format", "json", "examples");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(errors(r.out())).isEmpty();
        assertThat(JSON.readTree(r.out()).at("/summary/failed").asInt()).isZero();
    }
}
