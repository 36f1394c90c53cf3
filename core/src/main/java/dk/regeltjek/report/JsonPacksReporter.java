package dk.regeltjek.report;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code packs} as JSON (docs/packs.schema.json): each pack as its pack.yaml describes it, with checksums and rules. */
final class JsonPacksReporter implements PacksReporter {
    /** The version of docs/packs.schema.json written here. */
    static final int SCHEMA_VERSION = 1;

    private final Writer out;
    private final ReportSettings settings;

    JsonPacksReporter(Writer out, ReportSettings settings) {
        this.out = out;
        this.settings = settings;
    }

    @Override
    public void write(List<Listing> packs) throws IOException {
        JsonDocument json = new JsonDocument(out, settings.pretty()).begin(SCHEMA_VERSION, Command.PACKS,
                settings.toolVersion(), settings.createdAt());
        json.startArray("packs");
        for (Listing listing : packs) {
            json.item(pack(listing.pack(), listing.rules()));
        }
        json.endArray();
        json.end();
    }

    private static Map<String, Object> pack(PackInfo p, List<RuleInfo> rules) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("document", p.document());
        m.put("source", p.source());
        m.put("contentHash", p.contentHash());
        m.put("sourceChecksum", p.sourceChecksum());
        m.put("file", p.location() == null ? null : p.location().file());
        m.put("caseVerdict", p.caseVerdict());
        m.put("referenceDate", p.referenceDate() == null ? null : p.referenceDate().toString());
        m.put("defaultScenario", p.defaultScenario());
        m.put("includes", p.includes().stream().map(i -> JsonShapes.ordered("pack", i.pack(), "criteria", i.criteria(),
                "parameters", i.parameters(), "at", String.valueOf(i.location()))).toList());
        m.put("criteria", p.criteria().values().stream().map(c -> JsonShapes.ordered("id", c.id(), "title", c.title(),
                "subject", c.subject(), "needs", c.needs(), "derived", c.verdict(), "from", c.from())).toList());
        m.put("parameters", p.parameters().values().stream().map(JsonPacksReporter::parameter).toList());
        m.put("scenarios", p.scenarios().values().stream().map(s -> JsonShapes.ordered("name", s.name(),
                "description", s.description(), "default", s.name().equals(p.defaultScenario()),
                "parameters", JsonShapes.plain(s.parameters()))).toList());
        m.put("rules", rules.stream().map(JsonShapes::rule).toList());
        return m;
    }

    private static Map<String, Object> parameter(PackInfo.Parameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("type", p.type());
        m.put("unit", p.unit());
        m.put("value", p.isDated() || p.isByYear() ? null : JsonShapes.plain(p.value()));
        m.put("dated", p.isDated() ? JsonShapes.plain(p.dated()) : null);
        m.put("byYear", p.isByYear() ? JsonShapes.plain(p.byYear()) : null);
        m.put("meaning", p.meaning());
        m.put("source", p.source() == null ? null : JsonShapes.ordered("lines", p.source().lines(),
                "quote", p.source().quote(), "note", p.source().note()));
        m.put("allowed", p.allowed());
        return m;
    }
}
