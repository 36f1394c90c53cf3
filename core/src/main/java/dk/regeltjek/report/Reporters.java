package dk.regeltjek.report;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one registry of reporters: which format each command can write, and the reporter that
 * writes it. A format a command cannot write is refused by name, never replaced by another.
 */
public final class Reporters {

    /** Makes a reporter writing to {@code out}. */
    @FunctionalInterface
    public interface Factory<R> {
        R create(Writer out, ReportSettings settings) throws IOException;
    }

    /** The reporters of one format, per command; null where the format does not serve the command. */
    private record Entry(Factory<Reporter<CaseResult, RunSummary>> run, Factory<Reporter<TestResult, TestSummary>> test,
                         Factory<Reporter<ScenarioComparison, ComparisonSummary>> compare, Factory<PacksReporter> packs) {

        Object forCommand(Command command) {
            return switch (command) {
                case RUN -> run;
                case TEST -> test;
                case COMPARE -> compare;
                case PACKS -> packs;
            };
        }
    }

    private static final Map<Format, Entry> REGISTRY = new EnumMap<>(Format.class);

    static {
        REGISTRY.put(Format.TEXT, new Entry(TextRunReporter::new, TextTestReporter::new, TextComparisonReporter::new,
                TextPacksReporter::new));
        REGISTRY.put(Format.JSON, new Entry(JsonRunReporter::new, JsonTestReporter::new, JsonComparisonReporter::new,
                JsonPacksReporter::new));
        REGISTRY.put(Format.JUNIT, new Entry(JunitReporters.Run::new, JunitReporters.Test::new, JunitReporters.Compare::new,
                null));
        REGISTRY.put(Format.GITHUB, new Entry(GithubReporters.Run::new, GithubReporters.Test::new, GithubReporters.Compare::new,
                null));
        REGISTRY.put(Format.SARIF, new Entry(SarifReporters.Run::new, SarifReporters.Test::new, null, null));
        REGISTRY.put(Format.HTML, new Entry(HtmlReporters.Run::new, HtmlReporters.Test::new, HtmlReporters.Compare::new, null));
    }

    private Reporters() {
    }

    /** The formats {@code command} can write, in the order of {@link Format}. */
    public static List<Format> formats(Command command) {
        List<Format> formats = new ArrayList<>();
        REGISTRY.forEach((format, entry) -> {
            if (entry.forCommand(command) != null) {
                formats.add(format);
            }
        });
        return formats;
    }

    /** Whether {@code command} can write {@code format}. */
    public static boolean writes(Command command, Format format) {
        return REGISTRY.get(format).forCommand(command) != null;
    }

    /** {@code packs cannot write junit; it writes text, json} */
    public static String refusal(Command command, Format format) {
        return command.key() + " cannot write " + format.key() + "; it writes "
                + formats(command).stream().map(Format::key).collect(Collectors.joining(", "));
    }

    public static Reporter<CaseResult, RunSummary> run(Format format, Writer out, ReportSettings settings) throws IOException {
        return factory(Command.RUN, format, REGISTRY.get(format).run()).create(out, settings);
    }

    public static Reporter<TestResult, TestSummary> test(Format format, Writer out, ReportSettings settings) throws IOException {
        return factory(Command.TEST, format, REGISTRY.get(format).test()).create(out, settings);
    }

    public static Reporter<ScenarioComparison, ComparisonSummary> compare(Format format, Writer out, ReportSettings settings)
            throws IOException {
        return factory(Command.COMPARE, format, REGISTRY.get(format).compare()).create(out, settings);
    }

    public static PacksReporter packs(Format format, Writer out, ReportSettings settings) throws IOException {
        return factory(Command.PACKS, format, REGISTRY.get(format).packs()).create(out, settings);
    }

    private static <R> Factory<R> factory(Command command, Format format, Factory<R> factory) {
        if (factory == null) {
            throw new IllegalArgumentException(refusal(command, format));
        }
        return factory;
    }
}
