package dk.regeltjek.engine;

import dk.regeltjek.facts.Fields;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, when a pack loads, every parameter a rule reads by name ({@code parameterTal("x")}):
 * the name must be declared in pack.yaml and the accessor must match its type — so a misspelt or
 * mistyped parameter is a located problem before any case runs, not an error when a rule fires.
 * A rule included from another pack must read the very definition its own pack gives it (included
 * with it), never a same-named parameter of the including pack: that could hold another number.
 */
final class ParameterReferences {
    private static final Pattern CALL = Pattern.compile(
            "\\b(parameter|parameterHeltal|parameterTal|parameterTekst|parameterJaNej|parameterDato|parameterForAar)\\s*\\(\\s*\"([^\"]*)\"");
    /** The type each typed accessor reads; {@code parameter} reads any. */
    private static final Map<String, String> ACCESSOR_TYPES = Map.of("parameterHeltal", "integer", "parameterTal", "decimal",
            "parameterTekst", "text", "parameterJaNej", "boolean", "parameterDato", "date");

    private ParameterReferences() {
    }

    /**
     * @param rules the pack's rules, each with the path Drools knows its file by: of an included
     *              pack's file only the lines of the included rules are read
     */
    static List<Problem> check(PackSources sources, Map<RuleInfo, String> rules) {
        PackInfo pack = sources.pack;
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Path> file : sources.files.entrySet()) {
            PackInfo writer = sources.included.containsKey(file.getKey()) ? sources.writtenBy(file.getKey()) : null;
            List<String> lines = PackLinker.readLines(file.getValue());
            RuleInfo[] included = writer == null ? null : includedLines(lines, file.getKey(), rules);
            for (int i = 0; i < lines.size(); i++) {
                if (included != null && included[i] == null) {
                    continue;
                }
                Matcher m = CALL.matcher(withoutComment(lines.get(i)));
                while (m.find()) {
                    SourceLocation at = new SourceLocation(sources.shown(file.getKey()), i + 1, m.start() + 1);
                    String name = m.group(2);
                    String problem = writer == null ? null : notTheWritersOwn(pack, writer, name);
                    if (problem != null) {
                        PackInfo.Include include = pack.includeOfCriterion(included[i].criterion());
                        problems.add(new Problem(at, problem, "take it with the rule: add " + name + " to the parameters "
                                + "of the include from " + (include == null ? writer.id() : include.pack()) + " ("
                                + (include == null ? pack.location() : include.location()) + ")"
                                + (pack.parameters().containsKey(name) && pack.includeOfParameter(name) == null
                                        ? " and remove the pack's own " + name : "")));
                    } else if ((problem = problem(pack, m.group(1), name)) != null) {
                        problems.add(new Problem(at, problem, hint(pack, name)));
                    }
                }
            }
        }
        return problems;
    }

    /** An included rule reads a parameter that is not, in the including pack, the definition the rule's own pack has. */
    private static String notTheWritersOwn(PackInfo pack, PackInfo writer, String name) {
        PackInfo.Parameter theirs = writer.parameters().get(name);
        PackInfo.Parameter ours = pack.parameters().get(name);
        if (theirs == null || theirs.equals(ours)) {
            return null; // the same definition — or one the writing pack lacks too, which the usual check reports
        }
        return "the rule, included from " + writer.id() + ", reads the parameter " + name + " as " + writer.id()
                + " defines it (" + theirs.location() + "), but " + pack.id() + (ours == null ? " does not include it"
                : " has another " + name + " (" + ours.location() + ")");
    }

    /**
     * The included rule on each line of an included file (null outside them): from {@code rule "…"}
     * to its {@code end} — a line that is only {@code end} cannot stand inside a rule's Java.
     */
    private static RuleInfo[] includedLines(List<String> lines, String key, Map<RuleInfo, String> rules) {
        RuleInfo[] read = new RuleInfo[lines.size()];
        rules.forEach((rule, file) -> {
            if (key.equals(file) && rule.line() > 0) {
                for (int i = rule.line() - 1; i < lines.size(); i++) {
                    read[i] = rule;
                    if (lines.get(i).trim().equals("end")) {
                        break;
                    }
                }
            }
        });
        return read;
    }

    private static String problem(PackInfo pack, String accessor, String name) {
        PackInfo.Parameter parameter = pack.parameters().get(name);
        if (parameter == null) {
            return "the rule reads the parameter \"" + name + "\", which pack.yaml does not declare"
                    + Fields.closest(name, pack.parameters().keySet());
        }
        if (accessor.equals("parameterForAar") != parameter.isByYear()) {
            return parameter.isByYear()
                    ? "parameter " + name + " holds a value per year: read it with parameterForAar(\"" + name + "\", year)"
                    : "parameter " + name + " has no values per year (byYear): read it with parameter(\"" + name + "\")";
        }
        String wanted = ACCESSOR_TYPES.get(accessor);
        if (wanted != null && !wanted.equals(parameter.type())) {
            return accessor + "(\"" + name + "\") reads a " + wanted + ", but parameter " + name + " is declared as "
                    + parameter.type();
        }
        return null;
    }

    private static String hint(PackInfo pack, String name) {
        PackInfo.Parameter parameter = pack.parameters().get(name);
        if (parameter == null) {
            return "declared parameters: " + (pack.parameters().isEmpty() ? "none" : String.join(", ", pack.parameters().keySet()));
        }
        return "for a " + parameter.type() + " use " + ACCESSOR_TYPES.entrySet().stream()
                .filter(e -> e.getValue().equals(parameter.type())).map(Map.Entry::getKey).findFirst().orElse("parameter");
    }

    /** The line without a trailing {@code //} comment (a {@code //} inside a string literal stays). */
    private static String withoutComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && line.charAt(i + 1) == '/') {
                return line.substring(0, i);
            }
        }
        return line;
    }
}
