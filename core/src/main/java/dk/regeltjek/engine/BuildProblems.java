package dk.regeltjek.engine;

import dk.regeltjek.facts.Fields;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' build errors as an author can act on them: once each, in plain words, with a hint, at
 * the place to fix — for a consequence (the Java after {@code then}) that does not compile, the
 * rule, the line of the consequence and the name the compiler complains about; for a pattern on a
 * field the type does not have, that field, with the fields it does have.
 */
final class BuildProblems {
    /** MVEL's "unable to resolve method using strict-mode: pkg.Projekt.budgett()" for a field a pattern names. */
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unable to resolve method using strict-mode: (?:[\\w$]+\\.)*?([A-Z][\\w$]*)\\.(\\w+)\\(\\)");
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line \\d+:\\d+ ");
    private static final Pattern MISMATCHED = Pattern.compile("^mismatched input '(.*?)'(?: expecting (.*?))? in rule(?: \"(.*)\")?$");

    private BuildProblems() {
    }

    /**
     * @param sources  the DRL files of the pack (and those it includes rules from), by the paths Drools knows them by
     * @param declared the fields of each type the pack declares, for the "did you mean" of a misspelt field
     */
    static List<Problem> of(List<DroolsInternals.BuildError> errors, PackSources sources,
                            Map<String, List<String>> declared) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (DroolsInternals.BuildError error : errors) {
            Path path = error.file() == null ? null : sources.files.get(error.file());
            String file = error.file() == null ? sources.shownDir : sources.shown(error.file());
            List<String> lines = path == null ? List.of() : PackLinker.readLines(path);
            if (!error.javaProblems().isEmpty()) {
                for (DroolsInternals.JavaProblem javaProblem : error.javaProblems()) {
                    problems.add(consequenceProblem(file, lines, error, javaProblem));
                }
            } else {
                problems.add(patternProblem(file, lines, error, declared));
            }
        }
        return new ArrayList<>(problems);
    }

    /** A consequence that does not compile: at the line of the consequence the compiler complains about. */
    private static Problem consequenceProblem(String file, List<String> lines, DroolsInternals.BuildError error,
                                              DroolsInternals.JavaProblem javaProblem) {
        ConsequenceMessage plain = ConsequenceMessage.of(javaProblem.message(), bindings(lines, error.line(), error.thenLine()));
        int first = firstConsequenceLine(lines, error.thenLine());
        // the generated class holds the consequence after the methods the rule's accumulates, evals and froms need
        int line = first + javaProblem.generatedLine() - error.firstConsequenceLineGenerated();
        if (first <= 0 || line < first || line > lastConsequenceLine(lines, first)) {
            line = lineNaming(lines, first, plain.name()); // the template moved: find the name instead
        }
        int column = 0;
        if (line > 0 && plain.name() != null) {
            column = lines.get(line - 1).indexOf(plain.name()) + 1;
        }
        String where = line > 0 && first > 0 ? " (line " + (line - first + 1) + " of its consequence)" : "";
        SourceLocation at = line > 0 ? new SourceLocation(file, line, column) : new SourceLocation(file, Math.max(error.line(), 0), 0);
        return new Problem(at, "rule \"" + error.rule() + "\" does not compile" + where + ": " + plain.what(), plain.hint());
    }

    /** A pattern or other DRL Drools cannot build; a field the type does not have is named, with the ones it has. */
    private static Problem patternProblem(String file, List<String> lines, DroolsInternals.BuildError error,
                                          Map<String, List<String>> declared) {
        String text = oneLine(error.message());
        int line = error.line();
        int column = 0;
        Matcher position = MVEL_POSITION.matcher(text);
        if (position.find() && line <= 0) {
            line = Integer.parseInt(position.group(1));
            column = Integer.parseInt(position.group(2));
        }
        Matcher field = UNKNOWN_FIELD.matcher(text);
        if (field.find()) {
            String type = field.group(1);
            String name = field.group(2);
            List<String> fields = declared.getOrDefault(type, List.of());
            if (line > 0 && line <= lines.size() && lines.get(line - 1).contains(name)) {
                column = lines.get(line - 1).indexOf(name) + 1;
            }
            return new Problem(new SourceLocation(file, Math.max(line, 0), column), type + " has no field \"" + name + "\""
                    + Fields.closest(name, fields), fields.isEmpty() ? "check the name against the type's declare block"
                    : "its fields are: " + String.join(", ", fields));
        }
        return new Problem(new SourceLocation(file, Math.max(line, 0), column), text,
                "fix the DRL here; docs/authoring.md shows the form of a rule");
    }

    /**
     * A parser's complaint in plain words: "[ERR 102] Line 10:0 mismatched input 'then' in rule "X""
     * becomes "rule "X": 'then' was not expected here".
     */
    static String parserMessage(String message) {
        String text = PARSER_PREFIX.matcher(oneLine(message)).replaceFirst("");
        Matcher m = MISMATCHED.matcher(text);
        if (m.find()) {
            String rule = m.group(3) == null ? "" : "rule \"" + m.group(3) + "\": ";
            return rule + "'" + m.group(1) + "' was not expected here" + (m.group(2) == null ? "" : " (expected " + m.group(2) + ")");
        }
        return text;
    }

    /** The line of the consequence's first text: after "then" on its own line, else the next line that is not blank. */
    private static int firstConsequenceLine(List<String> lines, int thenLine) {
        if (thenLine <= 0 || thenLine > lines.size()) {
            return 0;
        }
        String then = lines.get(thenLine - 1);
        int at = then.indexOf("then");
        if (at >= 0 && !then.substring(at + 4).isBlank()) {
            return thenLine;
        }
        for (int i = thenLine; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int lastConsequenceLine(List<String> lines, int first) {
        for (int i = first - 1; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("end")) {
                return i;
            }
        }
        return lines.size();
    }

    /** The consequence line where {@code name} stands, or 0. */
    private static int lineNaming(List<String> lines, int first, String name) {
        if (first <= 0 || name == null) {
            return 0;
        }
        int last = lastConsequenceLine(lines, first);
        for (int i = first; i <= last; i++) {
            if (lines.get(i - 1).contains(name)) {
                return i;
            }
        }
        return 0;
    }

    /** The {@code $names} the rule binds between its own line and its {@code then}. */
    private static List<String> bindings(List<String> lines, int ruleLine, int thenLine) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = Pattern.compile("(\\$\\w+)\\s*:").matcher("");
        for (int i = Math.max(ruleLine, 1); i < Math.min(thenLine, lines.size() + 1); i++) {
            m.reset(lines.get(i - 1));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return new ArrayList<>(names);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
