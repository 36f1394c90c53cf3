package dk.regeltjek.engine;

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
 * Drools' build errors as an author can act on them: once each, at the line of the rule — for a
 * Java consequence that does not compile, at the line of the consequence where the name the
 * compiler complains about stands — in plain words, with a hint.
 */
final class BuildProblems {
    /** {@code Rule Compilation error : [Rule name='X']  pkg/Rule_X.java (8:478) : The method foo(int) is undefined …} */
    private static final Pattern RULE_COMPILATION = Pattern.compile(
            "Rule Compilation error.*?\\[Rule name='(.*?)'\\]\\s*(.*)", Pattern.DOTALL);
    private static final Pattern JAVA_MESSAGE = Pattern.compile("\\.java \\(\\d+:\\d+\\) : (.*?)(?=\\s+\\S+\\.java \\(|$)",
            Pattern.DOTALL);
    private static final Pattern MVEL_POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");
    /** The name a compiler message is about: "The method foo(int) …", "foo cannot be resolved", "… the type Bar". */
    private static final Pattern NAMED = Pattern.compile(
            "(?:The method (\\w+)\\(|^(\\w+) cannot be resolved|The field (\\w+)|type mismatch.*?from (\\w+)|token \"([^\"]+)\")",
            Pattern.CASE_INSENSITIVE);

    private BuildProblems() {
    }

    static List<Problem> of(List<DroolsInternals.BuildError> errors, Map<String, Path> files, String shownDir) {
        Set<Problem> problems = new LinkedHashSet<>();
        for (DroolsInternals.BuildError error : errors) {
            String text = error.message().trim();
            String file = error.file() == null ? shownDir : shownDir + "/" + error.file();
            Path path = error.file() == null ? null : files.get(error.file());
            Matcher compilation = RULE_COMPILATION.matcher(text);
            if (compilation.find()) {
                String rule = compilation.group(1);
                for (String message : javaMessages(compilation.group(2))) {
                    problems.add(new Problem(consequenceLine(path, file, rule, message, error.line()),
                            "rule \"" + rule + "\" does not compile: " + message,
                            "the part after 'then' is Java: check the names and argument types; the helper "
                                    + "functions are listed in docs/authoring.md"));
                }
                continue;
            }
            int line = error.line();
            int column = 0;
            Matcher position = MVEL_POSITION.matcher(text);
            if (position.find() && line <= 0) {
                line = Integer.parseInt(position.group(1));
                column = Integer.parseInt(position.group(2));
            }
            problems.add(new Problem(new SourceLocation(file, Math.max(line, 0), column), oneLine(text),
                    "fix the DRL here; docs/authoring.md shows the form of a rule"));
        }
        return new ArrayList<>(problems);
    }

    /** The compiler's messages, each once, without the generated class's name. */
    private static List<String> javaMessages(String details) {
        Set<String> messages = new LinkedHashSet<>();
        Matcher m = JAVA_MESSAGE.matcher(details);
        while (m.find()) {
            messages.add(oneLine(m.group(1)));
        }
        if (messages.isEmpty()) {
            messages.add(oneLine(details));
        }
        return new ArrayList<>(messages);
    }

    /**
     * Where in the rule's consequence the name the compiler complains about stands, or the rule's
     * own line when it cannot be found (Drools reports every consequence error at the rule).
     */
    private static SourceLocation consequenceLine(Path path, String file, String rule, String message, int ruleLine) {
        List<String> lines = path == null ? List.of() : PackLinker.readLines(path);
        int start = PackLinker.lineOf(lines, rule);
        if (start <= 0) {
            return new SourceLocation(file, Math.max(ruleLine, 0), 0);
        }
        String name = named(message);
        boolean inConsequence = false;
        for (int i = start - 1; i < lines.size(); i++) {
            String trimmed = lines.get(i).trim();
            if (i > start - 1 && trimmed.startsWith("rule ")) {
                break;
            }
            if (trimmed.equals("then") || trimmed.startsWith("then ")) {
                inConsequence = true;
                continue;
            }
            if (inConsequence && trimmed.equals("end")) {
                break;
            }
            int at = name == null ? -1 : lines.get(i).indexOf(name);
            if (inConsequence && at >= 0) {
                return new SourceLocation(file, i + 1, at + 1);
            }
        }
        return new SourceLocation(file, start, 0);
    }

    private static String named(String message) {
        Matcher m = NAMED.matcher(message);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return null;
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
