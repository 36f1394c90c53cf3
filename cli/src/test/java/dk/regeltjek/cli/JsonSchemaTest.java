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
import org.junit.jupiter.api.io.TempDir;

/** The JSON output of run and test over every fixture example (all statuses, warnings, scenarios, dates) matches the documented schema. */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static List<Error> errors(String output) throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(Path.of("docs/result.schema.json"), StandardCharsets.UTF_8));
        JsonNode node = JSON.readTree(output);
        return schema.validate(node);
    }

    @Test
    void runOutputMatchesTheSchema() throws Exception {
        Workspace ws = Workspace.withFixtures(tmp);
        Cli.Result r = Cli.run("run", "--no-cache", "--format", "json", "--rules", ws.rules.toString(), ws.examples.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).at("/summary/not_met").asInt()).isPositive();
        assertThat(errors(r.out())).isEmpty();
    }

    @Test
    void testOutputMatchesTheSchema() throws Exception {
        Workspace ws = Workspace.withFixtures(tmp);
        Cli.Result r = Cli.run("test", "--no-cache", "--format", "json", "--rules", ws.rules.toString(), ws.examples.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(errors(r.out())).isEmpty();
        assertThat(JSON.readTree(r.out()).at("/summary/failed").asInt()).isZero();
    }
}
