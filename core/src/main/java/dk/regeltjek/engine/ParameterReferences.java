package dk.regeltjek.engine;

import dk.regeltjek.facts.Fields;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
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
 */
final class ParameterReferences {
    private static final Pattern CALL = Pattern.compile(
            "\\b(parameter|parameterHeltal|parameterTal|parameterTekst|parameterJaNej|parameterDato|parameterForAar)\\s*\\(\\s*\"([^\"]*)\"");
    /** The type each typed accessor reads; {@code parameter} reads any. */
    private static final Map<String, String> ACCESSOR_TYPES = Map.of("parameterHeltal", "integer", "parameterTal", "decimal",
            "parameterTekst", "text", "parameterJaNej", "boolean", "parameterDato", "date");

    private ParameterReferences() {
    }

    static List<Problem> check(PackInfo pack, Map<String, Path> files, String shownDir) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            List<String> lines = PackLinker.readLines(file.getValue());
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = CALL.matcher(withoutComment(lines.get(i)));
                while (m.find()) {
                    SourceLocation at = new SourceLocation(shownDir + "/" + file.getKey(), i + 1, m.start() + 1);
                    String problem = problem(pack, m.group(1), m.group(2));
                    if (problem != null) {
                        problems.add(new Problem(at, problem, hint(pack, m.group(2))));
                    }
                }
            }
        }
        return problems;
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
