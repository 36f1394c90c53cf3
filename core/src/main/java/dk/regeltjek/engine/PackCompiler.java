package dk.regeltjek.engine;

import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Citation;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.wiring.api.classloader.ProjectClassLoader;

/**
 * Compiles a pack's DRL files into a rule base and checks that the rules and {@code pack.yaml}
 * agree: every rule with an outcome names a declared criterion and cites its passage, every
 * criterion has a rule, verdict rules sit in the "verdikt" agenda group.
 */
final class PackCompiler {
    static final String VERDICT_GROUP = "verdikt";
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");

    private PackCompiler() {
    }

    /** Compiles the pack, or loads it from {@code cache} (may be null) when its rules are unchanged. */
    static CompiledPack compile(PackDescriptor descriptor, Path dir, String shownDir, CompiledPackCache cache) {
        List<Path> drlFiles = drlFiles(dir);
        if (drlFiles.isEmpty()) {
            throw RegeltjekException.badRules(SourceLocation.of(shownDir), "the pack has no .drl files", "add the rules beside pack.yaml");
        }
        // Drools is given each file's path inside the pack, so compiled (and cached) rules do not depend
        // on the folder a run was started from; the path as the user sees it is put in front when linking.
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path file : drlFiles) {
            files.put(dir.relativize(file).toString().replace('\\', '/'), file);
        }
        String key = cache == null ? null : cacheKey(descriptor, dir, drlFiles);
        KieBase cached = key == null ? null : cache.load(descriptor.id(), key);
        if (cached != null) {
            return link(descriptor, cached, files, shownDir);
        }
        Map<String, PackageDescr> scoped = scopedDescrs(files);
        KnowledgeBuilder builder = scoped == null ? null : buildScoped(scoped);
        if (builder == null || builder.hasErrors()) {
            // Problems are reported against the rules as the author wrote them, never the scoped copy.
            builder = buildAsWritten(files);
        }
        if (builder.hasErrors()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, problems(builder, shownDir));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        CompiledPack pack = link(descriptor, kieBase, files, shownDir);
        if (key != null) {
            cache.store(descriptor.id(), key, declaredTypeBytecode(builder), builder.getKnowledgePackages());
        }
        return pack;
    }

    /** Builds the scoped rules; each file's descriptions keep its path in the pack, so rules still name their file. */
    private static KnowledgeBuilder buildScoped(Map<String, PackageDescr> descrs) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        descrs.forEach((shown, descr) -> batch.add(ResourceFactory.newDescrResource(descr).setSourcePath(shown),
                ResourceType.DESCR));
        batch.build();
        return builder;
    }

    private static KnowledgeBuilder buildAsWritten(Map<String, Path> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        files.forEach((inPack, file) ->
                batch.add(ResourceFactory.newFileResource(file.toFile()).setSourcePath(inPack), ResourceType.DRL));
        batch.build();
        return builder;
    }

    /** The pack's rules parsed and scoped to one case each (see {@link CaseScoping}), or null if any file does not parse. */
    private static Map<String, PackageDescr> scopedDescrs(Map<String, Path> files) {
        Map<String, PackageDescr> descrs = new LinkedHashMap<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            DrlParser parser = new DrlParser();
            try {
                PackageDescr descr = parser.parse(ResourceFactory.newFileResource(file.getValue().toFile())
                        .setSourcePath(file.getKey()));
                if (descr == null || parser.hasErrors()) {
                    return null;
                }
                descrs.put(file.getKey(), descr);
            } catch (DroolsParserException | IOException | RuntimeException e) {
                return null;
            }
        }
        CaseScoping.scope(List.copyOf(descrs.values()));
        return descrs;
    }

    /** Not the folder the run started from: compiled rules know their files by their paths inside the pack. */
    private static String cacheKey(PackDescriptor descriptor, Path dir, List<Path> drlFiles) {
        try {
            return CompiledPackCache.key(descriptor.id(), dir, drlFiles);
        } catch (IOException e) {
            return null;
        }
    }

    /** The bytecode of the types the pack declares, which the cache must restore before its packages. */
    private static Map<String, byte[]> declaredTypeBytecode(KnowledgeBuilder builder) {
        if (builder instanceof KnowledgeBuilderImpl impl && impl.getRootClassLoader() instanceof ProjectClassLoader loader) {
            return loader.getStore();
        }
        return null;
    }

    private static List<Path> drlFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw RegeltjekException.badRules(SourceLocation.of(dir.toString()), "cannot read the pack: " + e.getMessage(), null);
        }
    }

    private static List<Problem> problems(KnowledgeBuilder builder, String shownDir) {
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String text = error.getMessage() == null ? "" : error.getMessage().trim();
            if (text.startsWith("Parser returned a null Package")) {
                continue;
            }
            int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            int column = 0;
            Matcher position = MVEL_POSITION.matcher(text);
            if (position.find() && line <= 0) {
                line = Integer.parseInt(position.group(1));
                column = Integer.parseInt(position.group(2));
            }
            String path = error.getResource() != null && error.getResource().getSourcePath() != null
                    ? shownDir + "/" + error.getResource().getSourcePath() : shownDir;
            problems.add(new Problem(new SourceLocation(path, Math.max(line, 0), column), oneLine(text),
                    "fix the DRL here; docs/authoring.md shows the form of a rule"));
        }
        // A parse error makes every rule that uses the broken declaration fail too; show the cause only.
        List<Problem> parseErrors = problems.stream().filter(p -> p.message().startsWith("[ERR")).toList();
        return parseErrors.isEmpty() ? problems : parseErrors;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").trim();
    }

    private static CompiledPack link(PackDescriptor descriptor, KieBase kieBase, Map<String, Path> files, String shownDir) {
        Map<String, DeclaredType> types = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        boolean scoped = true;
        Map<Path, List<String>> fileLines = new HashMap<>();
        Map<String, FactType> byClassName = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            kiePackage.getFactTypes().forEach(type -> byClassName.put(type.getName(), type));
        }
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (FactType type : kiePackage.getFactTypes()) {
                if (isCaseFactType(type)) {
                    types.put(type.getSimpleName(), new DeclaredType(type, byClassName::get));
                }
            }
            for (Rule rule : kiePackage.getRules()) {
                scoped &= ((RuleImpl) rule).getDeclaration(CaseScoping.CASE_BINDING) != null;
                rules.add(ruleInfo(descriptor, (RuleImpl) rule, files, shownDir, fileLines, problems));
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        checkQuotes(descriptor, files, rules, problems);
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        Map<String, RuleInfo> byCriterion = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            byName.put(rule.name(), rule);
            if (rule.criterion() != null) {
                byCriterion.putIfAbsent(rule.criterion(), rule);
            }
        }
        for (PackDescriptor.Criterion criterion : descriptor.criteria().values()) {
            if (!byCriterion.containsKey(criterion.id())) {
                problems.add(new Problem(criterion.location(), "criterion " + criterion.id() + " has no rule",
                        "write a rule with @id(\"" + criterion.id() + "\") or remove the criterion"));
            }
            if (!types.containsKey(criterion.subject())) {
                problems.add(new Problem(criterion.location(), "criterion " + criterion.id() + " is decided for \""
                        + criterion.subject() + "\", which no DRL file declares", "declared types: " + types.keySet()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, problems);
        }
        Map<String, DeclaredType> sorted = new java.util.TreeMap<>(types);
        return new CompiledPack(descriptor, kieBase, sorted, byName, byCriterion, scoped && !rules.isEmpty());
    }

    /** Every rule's @quote must be in the pack's source document, near the @lines it cites. */
    private static void checkQuotes(PackDescriptor descriptor, Map<String, Path> files, List<RuleInfo> rules,
                                    List<Problem> problems) {
        if (descriptor.source() == null || files.isEmpty()) {
            return;
        }
        Path packDir = files.values().iterator().next().getParent();
        Path file = packDir.resolve(descriptor.source()).normalize();
        SourceText source;
        try {
            source = SourceText.read(file);
        } catch (IOException e) {
            problems.add(new Problem(descriptor.location(), "the source document " + descriptor.source() + " cannot be read",
                    "give source: as a path relative to the pack folder, or remove it"));
            return;
        }
        for (RuleInfo rule : rules) {
            if (rule.citation().quote() != null) {
                String wrong = source.check(rule.citation().quote(), rule.citation().lines());
                if (wrong != null) {
                    problems.add(new Problem(new SourceLocation(rule.file(), rule.line(), 0), "the @quote of rule \""
                            + rule.name() + "\" " + wrong, "quote " + file.getFileName() + " verbatim; mark left-out text with […]"));
                }
            }
        }
    }

    /** A type a case can fill: declared in the pack, not an enum, not one of regeltjek's own classes. */
    private static boolean isCaseFactType(FactType type) {
        Class<?> c = type.getFactClass();
        return c != null && !c.isEnum() && !c.getName().startsWith("dk.regeltjek.");
    }

    private static RuleInfo ruleInfo(PackDescriptor descriptor, RuleImpl rule, Map<String, Path> files, String shownDir,
                                     Map<Path, List<String>> fileLines, List<Problem> problems) {
        String inPack = rule.getResource() != null ? rule.getResource().getSourcePath() : null;
        String file = inPack == null ? shownDir : shownDir + "/" + inPack;
        Path path = inPack == null ? null : files.get(inPack);
        int line = path == null ? 0 : lineOf(fileLines.computeIfAbsent(path, PackCompiler::readLines), rule.getName());
        SourceLocation where = new SourceLocation(file, line, 0);
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        Citation citation = new Citation(descriptor.document(), text(meta.get("source")), text(meta.get("lines")),
                text(meta.get("quote")));
        if (id == null) {
            problems.add(new Problem(where, "rule \"" + rule.getName() + "\" has no @id",
                    "every rule names the criterion it serves: @id(\"…\") with an id from pack.yaml"));
        } else {
            PackDescriptor.Criterion criterion = descriptor.criteria().get(id);
            if (criterion == null) {
                problems.add(new Problem(where, "rule \"" + rule.getName() + "\" has @id(\"" + id
                        + "\"), which pack.yaml does not declare", "declared criteria: " + descriptor.criteria().keySet()));
            } else {
                // pack.yaml's own string: every outcome carries it, and the engine's lookups by criterion
                // then compare by identity instead of character by character
                id = criterion.id();
                boolean inVerdictGroup = VERDICT_GROUP.equals(rule.getAgendaGroup());
                if (criterion.verdict() != inVerdictGroup) {
                    problems.add(new Problem(where, "rule \"" + rule.getName() + "\" decides " + (criterion.verdict()
                            ? "the verdict " + id + " but is not in" : "the criterion " + id + " but is in")
                            + " ruleflow-group \"" + VERDICT_GROUP + "\"", criterion.verdict()
                            ? "add: ruleflow-group \"verdikt\" (verdicts fire after all criteria)"
                            : "remove the ruleflow-group, or mark the criterion verdict: true in pack.yaml"));
                }
            }
        }
        if (citation.quote() == null || citation.lines() == null || citation.section() == null) {
            problems.add(new Problem(where, "rule \"" + rule.getName() + "\" does not cite its passage",
                    "add @source(\"section\"), @lines(\"L92\") and @quote(\"the Danish text, verbatim\")"));
        }
        return new RuleInfo(descriptor.id(), rule.getName(), id, citation, file, line);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The line of {@code rule "name"} in the file, for messages that point at a rule. */
    private static int lineOf(List<String> lines, String ruleName) {
        String needle = "\"" + ruleName + "\"";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("rule") && line.contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
