package dk.regeltjek.engine;

import dk.regeltjek.model.Citation;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactType;

/**
 * Joins a compiled rule base with its {@code pack.yaml} and checks that they agree: every rule
 * names a declared criterion and cites its passage (verified against the source document, as are
 * the parameters' sources), every criterion has a rule and a declared subject, verdicts sit in the
 * "verdikt" group, and every parameter a rule reads is declared with the type it is read as.
 * Rules included from another pack are reported in their own file and cite that pack's document.
 */
final class PackLinker {
    private PackLinker() {
    }

    /** @param packs the other packs of the rules folder, for what the pack includes from them */
    static CompiledPack link(PackSources sources, KieBase kieBase, Function<String, PackInfo> packs) {
        PackInfo pack = sources.pack;
        Map<String, DeclaredType> types = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        Map<RuleInfo, String> files = new LinkedHashMap<>();
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
                scoped &= DroolsInternals.declares(rule, CaseScoping.CASE_BINDING);
                RuleInfo info = ruleInfo(sources, rule, fileLines, problems);
                rules.add(info);
                files.put(info, DroolsInternals.fileOf(rule));
            }
        }
        // included rules first, as their criteria come first in pack.yaml's order
        rules.sort(Comparator.comparing((RuleInfo r) -> !sources.included.containsKey(files.get(r)))
                .thenComparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        Map<String, RuleInfo> byName = new LinkedHashMap<>();
        Map<String, RuleInfo> byCriterion = new LinkedHashMap<>();
        for (RuleInfo rule : rules) {
            byName.put(rule.name(), rule);
            if (rule.criterion() != null) {
                byCriterion.putIfAbsent(rule.criterion(), rule);
            }
        }
        for (PackInfo.Criterion criterion : pack.criteria().values()) {
            if (!byCriterion.containsKey(criterion.id())) {
                problems.add(new Problem(criterion.location(), "criterion " + criterion.id() + " has no rule",
                        "write a rule with @id(\"" + criterion.id() + "\") or remove the criterion"));
            }
            if (!types.containsKey(criterion.subject())) {
                PackInfo.Include include = pack.includeOfCriterion(criterion.id());
                problems.add(new Problem(include == null ? criterion.location() : include.location(), "criterion "
                        + criterion.id() + " is decided for \"" + criterion.subject() + "\", which no DRL file of "
                        + pack.id() + " declares", "declared types: " + types.keySet()));
            }
        }
        QuoteChecks.check(sources, files, packs, problems);
        problems.addAll(ParameterReferences.check(sources, files));
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, problems);
        }
        return new CompiledPack(pack, kieBase, types, byName, byCriterion, scoped && !rules.isEmpty());
    }

    /** A type a case can fill: declared in the pack, not an enum, not one of regeltjek's own classes. */
    private static boolean isCaseFactType(FactType type) {
        Class<?> c = type.getFactClass();
        return c != null && !c.isEnum() && !c.getName().startsWith("dk.regeltjek.");
    }

    private static RuleInfo ruleInfo(PackSources sources, Rule rule, Map<Path, List<String>> fileLines,
                                     List<Problem> problems) {
        PackInfo pack = sources.pack;
        String inPack = DroolsInternals.fileOf(rule);
        String file = inPack == null ? sources.shownDir : sources.shown(inPack);
        Path path = inPack == null ? null : sources.files.get(inPack);
        int line = path == null ? 0 : lineOf(fileLines.computeIfAbsent(path, PackLinker::readLines), rule.getName());
        SourceLocation where = new SourceLocation(file, line, 0);
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        // an included rule cites the document of the pack it is written in
        Citation citation = new Citation(sources.writtenBy(inPack).document(), text(meta.get("source")),
                text(meta.get("lines")), text(meta.get("quote")));
        PackInfo.Include include = id == null ? null : pack.includeOfCriterion(id);
        if (include != null && !sources.included.containsKey(inPack)) {
            problems.add(new Problem(where, "rule \"" + rule.getName() + "\" decides " + id + ", which " + pack.id()
                    + " includes from " + include.pack() + ": an included criterion is decided by the rules written for it "
                    + "there only", "give this rule a criterion of its own, or take " + id + " out of the include ("
                    + include.location() + ")"));
        }
        if (id == null) {
            problems.add(new Problem(where, "rule \"" + rule.getName() + "\" has no @id",
                    "every rule names the criterion it serves: @id(\"…\") with an id from pack.yaml"));
        } else {
            PackInfo.Criterion criterion = pack.criteria().get(id);
            if (criterion == null) {
                problems.add(new Problem(where, "rule \"" + rule.getName() + "\" has @id(\"" + id
                        + "\"), which pack.yaml does not declare", "declared criteria: " + pack.criteria().keySet()));
            } else {
                // pack.yaml's own string: every outcome carries it, and the engine's lookups by criterion
                // then compare by identity instead of character by character
                id = criterion.id();
                boolean inVerdictGroup = PackCompiler.VERDICT_GROUP.equals(DroolsInternals.agendaGroupOf(rule));
                if (criterion.verdict() != inVerdictGroup) {
                    problems.add(new Problem(where, "rule \"" + rule.getName() + "\" decides " + (criterion.verdict()
                            ? "the verdict " + id + " but is not in" : "the criterion " + id + " but is in")
                            + " ruleflow-group \"" + PackCompiler.VERDICT_GROUP + "\"", criterion.verdict()
                            ? "add: ruleflow-group \"verdikt\" (verdicts fire after all criteria)"
                            : "remove the ruleflow-group, or mark the criterion verdict: true in pack.yaml"));
                }
            }
        }
        if (citation.quote() == null || citation.lines() == null || citation.section() == null) {
            problems.add(new Problem(where, "rule \"" + rule.getName() + "\" does not cite its passage",
                    "add @source(\"section\"), @lines(\"L92\") and @quote(\"the Danish text, verbatim\")"));
        }
        return new RuleInfo(pack.id(), rule.getName(), id, citation, file, line);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** The line of {@code rule "name"} in the file, for messages that point at a rule. */
    static int lineOf(List<String> lines, String ruleName) {
        String needle = "\"" + ruleName + "\"";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith("rule") && line.contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }
}
