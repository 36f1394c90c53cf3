package dk.regeltjek.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The documented JSON schemas (docs/*.schema.json, by their $id) and the official SARIF 2.1.0 schema. */
final class Schemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> DOCS = Map.of(
            "https://regeltjek.dk/schema/result-2.json", "docs/result.schema.json",
            "https://regeltjek.dk/schema/compare-2.json", "docs/compare.schema.json",
            "https://regeltjek.dk/schema/packs-1.json", "docs/packs.schema.json");

    private Schemas() {
    }

    static List<Error> result(String json) {
        return validate("https://regeltjek.dk/schema/result-2.json", json);
    }

    static List<Error> compare(String json) {
        return validate("https://regeltjek.dk/schema/compare-2.json", json);
    }

    static List<Error> packs(String json) {
        return validate("https://regeltjek.dk/schema/packs-1.json", json);
    }

    /** Against the OASIS SARIF 2.1.0 schema (errata 01), a copy in src/test/resources/sarif. */
    static List<Error> sarif(String json) {
        try {
            String schema = Files.readString(Path.of("cli/src/test/resources/sarif/sarif-schema-2.1.0.json"), StandardCharsets.UTF_8);
            Schema sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
            return sarif.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> validate(String id, String json) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(Schemas::read));
        try {
            return registry.getSchema(com.networknt.schema.SchemaLocation.of(id)).validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String id) {
        String file = DOCS.get(id);
        if (file == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
