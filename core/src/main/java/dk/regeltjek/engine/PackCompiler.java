package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.KieBase;

/**
 * Compiles a pack's DRL files (and the rules it includes from other packs) into a rule base: parses
 * them, adds the standard imports, scopes the rules so that a session can hold many cases (see
 * {@link CaseScoping}), builds them, and hands the result to {@link PackLinker}, which checks that
 * rules and {@code pack.yaml} agree.
 * Problems are always reported against the rules as their author wrote them.
 */
final class PackCompiler {
    static final String VERDICT_GROUP = "verdikt";

    private PackCompiler() {
    }

    /**
     * Compiles the pack, or loads it from {@code cache} (may be null) when its rules are unchanged;
     * {@code packs} gives the other packs of the rules folder, for the criteria it includes.
     */
    static CompiledPack compile(PackInfo pack, Path dir, String shownDir, CompiledPackCache cache,
                                Function<String, PackInfo> packs) {
        PackSources sources = PackSources.of(pack, dir, shownDir, packs);
        String key = cache == null ? null : cacheKey(pack, sources);
        KieBase cached = key == null ? null : cache.load(pack.id(), key);
        if (cached != null) {
            return PackLinker.link(sources, cached, packs);
        }
        Map<String, DroolsInternals.Drl> scoped = parse(sources);
        CaseScoping.scope(scoped.values().stream().map(DroolsInternals.Drl::descr).toList());
        DroolsInternals.Built built = DroolsInternals.build(scoped);
        if (!built.errors().isEmpty()) {
            Map<String, DroolsInternals.Drl> own = parse(sources); // the author's own rules, for the author's own errors
            built = DroolsInternals.build(own);
            if (!built.errors().isEmpty()) {
                throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, BuildProblems.of(built.errors(), sources,
                        DroolsInternals.declaredFields(own.values())));
            }
        }
        CompiledPack compiled = PackLinker.link(sources, DroolsInternals.newKieBase(built.packages()), packs);
        if (key != null && built.declaredTypes() != null) {
            cache.store(pack.id(), key, built.declaredTypes(), built.packages());
        }
        return compiled;
    }

    /**
     * Every file parsed, with the standard imports added; syntax errors of all files are reported
     * together. Of an included pack's file only the included criteria's rules are kept, moved into
     * this pack's package so that they match its declared types (see {@link IncludedRules}).
     */
    private static Map<String, DroolsInternals.Drl> parse(PackSources sources) {
        Map<String, DroolsInternals.Drl> descrs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Path> file : sources.files.entrySet()) {
            DroolsInternals.Parsed parsed = DroolsInternals.parse(file.getValue(), file.getKey());
            for (DroolsInternals.SyntaxError error : parsed.errors()) {
                problems.add(new Problem(new SourceLocation(sources.shown(file.getKey()), error.line(), error.column()),
                        "the DRL cannot be read here: " + BuildProblems.parserMessage(error.message()),
                        "a bracket or quote opened before this place and not closed is the usual cause (often on the line "
                                + "above); docs/authoring.md shows the form of a rule"));
            }
            if (parsed.drl() != null) {
                descrs.put(file.getKey(), parsed.drl());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, problems);
        }
        IncludedRules.select(sources, descrs);
        for (DroolsInternals.Drl drl : descrs.values()) {
            StandardImports.addTo(drl);
            DroolsInternals.addLoopCheckpoints(drl);
        }
        return descrs;
    }

    /** Not the folder the run started from: compiled rules know their files by the paths Drools was given. */
    private static String cacheKey(PackInfo pack, PackSources sources) {
        try {
            return CompiledPackCache.key(pack.id(), sources.files, sources.selection());
        } catch (IOException e) {
            return null;
        }
    }

    /** The rules of a compiled pack, for {@code packs} and coverage. */
    static List<RuleInfo> rules(CompiledPack pack) {
        return List.copyOf(pack.rules.values());
    }
}
