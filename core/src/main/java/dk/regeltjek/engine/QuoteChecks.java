package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every rule's {@code @quote} and every parameter's quote must be in the source document, near the
 * lines cited — the document of the pack that writes it: an included rule or parameter quotes the
 * document of the pack it comes from, whichever pack runs it.
 */
final class QuoteChecks {
    private final PackSources sources;
    private final Function<String, PackInfo> packs;
    private final List<Problem> problems;
    /** Each pack's document, read once: null when the pack names none or it cannot be read. */
    private final Map<String, SourceText> documents = new HashMap<>();

    private QuoteChecks(PackSources sources, Function<String, PackInfo> packs, List<Problem> problems) {
        this.sources = sources;
        this.packs = packs;
        this.problems = problems;
    }

    /** @param rules each rule with the path Drools knows its file by */
    static void check(PackSources sources, Map<RuleInfo, String> rules, Function<String, PackInfo> packs,
                      List<Problem> problems) {
        QuoteChecks checks = new QuoteChecks(sources, packs, problems);
        rules.forEach(checks::rule);
        sources.pack.parameters().values().forEach(checks::parameter);
    }

    private void rule(RuleInfo rule, String key) {
        SourceText source = document(sources.writtenBy(key), sources.packDirOf(key));
        if (source != null && rule.citation().quote() != null) {
            SourceText.Misquote wrong = source.check(rule.citation().quote(), rule.citation().lines());
            if (wrong != null) {
                problems.add(new Problem(new SourceLocation(rule.file(), rule.line(), 0), "the @quote of rule \""
                        + rule.name() + "\" " + wrong.what(), wrong.hint(documentName(sources.writtenBy(key)))));
            }
        }
    }

    private void parameter(PackInfo.Parameter parameter) {
        PackInfo definer = PackIncludes.definerOf(sources.pack, parameter.name(), packs);
        SourceText source = document(definer, sources.dir.resolveSibling(definer.id()));
        if (source != null) {
            SourceText.Misquote wrong = source.check(parameter.source().quote(), parameter.source().lines());
            if (wrong != null) {
                problems.add(new Problem(parameter.location(), "the source quote of parameter " + parameter.name() + " "
                        + wrong.what(), wrong.hint(documentName(definer))));
            }
        }
    }

    private SourceText document(PackInfo pack, Path packDir) {
        if (pack.source() == null) {
            return null;
        }
        if (!documents.containsKey(pack.id())) {
            SourceText text = null;
            try {
                text = SourceText.read(packDir.resolve(pack.source()).normalize());
            } catch (IOException e) {
                problems.add(new Problem(pack.location(), "the source document " + pack.source() + " cannot be read",
                        "give source: as a path relative to the pack folder, or remove it"));
            }
            documents.put(pack.id(), text);
        }
        return documents.get(pack.id());
    }

    private static String documentName(PackInfo pack) {
        return Path.of(pack.source()).getFileName().toString();
    }
}
