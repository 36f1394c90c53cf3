package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kie.api.KieBase;

/**
 * Compiles a pack's DRL files into a rule base: parses them, adds the standard imports, scopes
 * the rules so that a session can hold many cases (see {@link CaseScoping}), builds them, and
 * hands the result to {@link PackLinker}, which checks that rules and {@code pack.yaml} agree.
 * Problems are always reported against the rules as their author wrote them.
 */
final class PackCompiler {
    static final String VERDICT_GROUP = "verdikt";

    private PackCompiler() {
    }

    /** Compiles the pack, or loads it from {@code cache} (may be null) when its rules are unchanged. */
    static CompiledPack compile(PackInfo pack, Path dir, String shownDir, CompiledPackCache cache) {
        List<Path> drlFiles = drlFiles(dir, shownDir);
        if (drlFiles.isEmpty()) {
            throw RegeltjekException.badRules(SourceLocation.of(shownDir), "the pack has no .drl files",
                    "add the rules beside pack.yaml");
        }
        // Drools is given each file's path inside the pack, so compiled (and cached) rules do not depend
        // on the folder a run was started from; the path as the user sees it is put in front when linking.
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path file : drlFiles) {
            files.put(dir.relativize(file).toString().replace('\\', '/'), file);
        }
        String key = cache == null ? null : cacheKey(pack, dir, drlFiles);
        KieBase cached = key == null ? null : cache.load(pack.id(), key);
        if (cached != null) {
            return PackLinker.link(pack, cached, files, shownDir);
        }
        Map<String, DroolsInternals.Drl> scoped = parse(files, shownDir);
        CaseScoping.scope(scoped.values().stream().map(DroolsInternals.Drl::descr).toList());
        DroolsInternals.Built built = DroolsInternals.build(scoped);
        if (!built.errors().isEmpty()) {
            Map<String, DroolsInternals.Drl> own = parse(files, shownDir); // the author's own rules, for the author's own errors
            built = DroolsInternals.build(own);
            if (!built.errors().isEmpty()) {
                throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, BuildProblems.of(built.errors(), files, shownDir,
                        DroolsInternals.declaredFields(own.values())));
            }
        }
        CompiledPack compiled = PackLinker.link(pack, DroolsInternals.newKieBase(built.packages()), files, shownDir);
        if (key != null && built.declaredTypes() != null) {
            cache.store(pack.id(), key, built.declaredTypes(), built.packages());
        }
        return compiled;
    }

    /** Every file parsed, with the standard imports added; syntax errors of all files are reported together. */
    private static Map<String, DroolsInternals.Drl> parse(Map<String, Path> files, String shownDir) {
        Map<String, DroolsInternals.Drl> descrs = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            DroolsInternals.Parsed parsed = DroolsInternals.parse(file.getValue(), file.getKey());
            for (DroolsInternals.SyntaxError error : parsed.errors()) {
                problems.add(new Problem(new SourceLocation(shownDir + "/" + file.getKey(), error.line(), error.column()),
                        "the DRL cannot be read here: " + BuildProblems.parserMessage(error.message()),
                        "a bracket or quote opened before this place and not closed is the usual cause (often on the line "
                                + "above); docs/authoring.md shows the form of a rule"));
            }
            if (parsed.drl() != null) {
                StandardImports.addTo(parsed.drl());
                DroolsInternals.addLoopCheckpoints(parsed.drl());
                descrs.put(file.getKey(), parsed.drl());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, problems);
        }
        return descrs;
    }

    /** Not the folder the run started from: compiled rules know their files by their paths inside the pack. */
    private static String cacheKey(PackInfo pack, Path dir, List<Path> drlFiles) {
        try {
            return CompiledPackCache.key(pack.id(), dir, drlFiles);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Path> drlFiles(Path dir, String shownDir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw RegeltjekException.badRules(SourceLocation.of(shownDir), "cannot read the pack: " + e.getMessage(), null);
        }
    }

    /** The rules of a compiled pack, for {@code packs} and coverage. */
    static List<RuleInfo> rules(CompiledPack pack) {
        return List.copyOf(pack.rules.values());
    }
}
