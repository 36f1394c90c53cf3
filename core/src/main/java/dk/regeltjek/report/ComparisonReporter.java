package dk.regeltjek.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.Danish;
import dk.regeltjek.model.OutcomeRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders scenario comparisons: only the cases whose outcome changed, with the evidence on each side. */
public abstract class ComparisonReporter {
    protected final String first;
    protected final String second;
    protected int cases;
    protected int changed;

    protected ComparisonReporter(String first, String second) {
        this.first = first;
        this.second = second;
    }

    public void compared(ScenarioComparison comparison) throws IOException {
        cases++;
        if (comparison.changed()) {
            changed++;
            changed(comparison);
        }
    }

    protected abstract void changed(ScenarioComparison comparison) throws IOException;

    public abstract void finish() throws IOException;

    public static ComparisonReporter text(PrintWriter out, String first, String second) {
        return new Text(out, first, second);
    }

    public static ComparisonReporter json(Writer out, String first, String second, String version) throws IOException {
        return new Json(out, first, second, version);
    }

    private static final class Text extends ComparisonReporter {
        private final PrintWriter out;

        Text(PrintWriter out, String first, String second) {
            super(first, second);
            this.out = out;
        }

        @Override
        protected void changed(ScenarioComparison c) {
            out.println(c.first().info().location() + "  " + c.first().info().name());
            out.println("  verdikt: " + first + " " + c.first().verdict().danish() + " → " + second + " "
                    + c.second().verdict().danish());
            for (ScenarioComparison.Change change : c.changes()) {
                out.println("  " + change.criterion() + " " + change.subject() + ": " + status(change.first()) + " → "
                        + status(change.second()));
                out.println("      " + first + ": " + evidence(change.first()));
                out.println("      " + second + ": " + evidence(change.second()));
            }
            out.println();
            out.flush();
        }

        private static String status(OutcomeRecord o) {
            return o == null ? "(intet udfald)" : o.status().danish();
        }

        private static String evidence(OutcomeRecord o) {
            if (o == null) {
                return "(intet udfald)";
            }
            String values = o.values().stream().map(v -> v.label() + " = " + v.text()).collect(Collectors.joining("; "));
            return o.message() + (values.isEmpty() ? "" : " [" + values + "]");
        }

        @Override
        public void finish() {
            out.println(changed + " af " + Danish.count(cases, "sag", "sager") + " får et andet udfald under " + second + " end under " + first);
            out.flush();
        }
    }

    private static final class Json extends ComparisonReporter {
        private static final ObjectMapper MAPPER = new ObjectMapper();
        private final JsonGenerator json;

        Json(Writer out, String first, String second, String version) throws IOException {
            super(first, second);
            json = MAPPER.getFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", JsonReporter.SCHEMA_VERSION);
            json.writeObjectField("tool", JsonReporter.ordered("name", "regeltjek", "version", version));
            json.writeStringField("command", "compare");
            json.writeObjectField("scenarios", List.of(first, second));
            json.writeArrayFieldStart("changedCases");
        }

        @Override
        protected void changed(ScenarioComparison c) throws IOException {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", c.first().info().location().file());
            m.put("line", c.first().info().location().line());
            m.put("name", c.first().info().name());
            m.put("pack", c.first().info().pack());
            m.put("verdicts", List.of(c.first().verdict().key(), c.second().verdict().key()));
            m.put("changes", c.changes().stream().map(ch -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("criterion", ch.criterion());
                x.put("subject", ch.subject());
                x.put(first, ch.first() == null ? null : JsonReporter.outcome(ch.first()));
                x.put(second, ch.second() == null ? null : JsonReporter.outcome(ch.second()));
                return x;
            }).toList());
            MAPPER.writeValue(json, m);
        }

        @Override
        public void finish() throws IOException {
            json.writeEndArray();
            json.writeObjectField("summary", JsonReporter.ordered("cases", cases, "changed", changed));
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        }
    }
}
