package dk.regeltjek.engine;

import java.util.Locale;
import dk.regeltjek.facts.Fields;
import dk.regeltjek.rules.Outcome;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java compiler's complaint about a rule's consequence in an analyst's words: what is wrong,
 * a hint with what would be right (the functions and outcome methods there are, the names the rule
 * binds), and the name it is about, so the message can point at it. Messages it does not know pass
 * through as the compiler wrote them.
 */
record ConsequenceMessage(String what, String hint, String name) {
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("^The method (\\w+)\\((.*?)\\) is undefined for the type (\\S+)$");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "^The method (\\w+)\\((.*?)\\) in the type (\\S+) is not applicable for the arguments \\((.*?)\\)$");
    private static final Pattern UNKNOWN_VARIABLE = Pattern.compile("^(\\S+) cannot be resolved(?: to a variable)?$");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^(\\S+) cannot be resolved to a type$");
    private static final Pattern MISMATCH = Pattern.compile("^Type mismatch: cannot convert from (.+) to (.+)$");
    private static final Pattern INSERT = Pattern.compile("^Syntax error, insert \"(.+)\" to complete (\\w+)$");
    private static final Pattern ON_TOKEN = Pattern.compile("^Syntax error on token \"(.+?)\", (.+)$");
    private static final String SYNTAX_HINT = "the part after 'then' is Java: each statement ends with ';', each '(' needs its ')'";
    /** Every function of the vocabulary ({@code Ordforraad}), as the engine imports them into each DRL file. */
    private static final List<String> FUNCTIONS = List.copyOf(new TreeSet<>(StandardImports.FUNCTION_CLASSES.stream()
            .flatMap(type -> StandardImports.functionNames(type).stream()).toList()));
    /** The same, by vocabulary class: "Regel: udfald, parameter, …; Enheder: kr, pct, …". */
    private static final String FUNCTIONS_BY_CLASS = String.join("; ", StandardImports.FUNCTION_CLASSES.stream()
            .map(type -> type.getSimpleName() + ": " + String.join(", ", StandardImports.functionNames(type))).toList());
    /** The types a rule names without an import line, by simple name. */
    private static final String TYPES = String.join(", ", StandardImports.CLASSES.stream().map(Class::getSimpleName).toList());
    private static final List<String> OUTCOME_METHODS = List.copyOf(new TreeSet<>(Arrays.stream(Outcome.class.getMethods())
            .filter(m -> m.getDeclaringClass() == Outcome.class && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getReturnType() == Outcome.class) // the calls that build an outcome, not its getters
            .map(Method::getName).toList()));

    /** {@code bindings}: the {@code $names} the rule binds, for a "did you mean". */
    static ConsequenceMessage of(String compiler, List<String> bindings) {
        String message = BuildProblems.oneLine(compiler);
        Matcher m = UNDEFINED_METHOD.matcher(message);
        if (m.find()) {
            String call = m.group(1) + "(" + m.group(2) + ")";
            if (m.group(3).startsWith("Rule_")) { // a call without an object: the rule's own class was searched
                return new ConsequenceMessage("there is no function " + call + Fields.closest(m.group(1), FUNCTIONS),
                        "the functions a rule can call — " + FUNCTIONS_BY_CLASS + " (docs/authoring.md, \"The rule vocabulary\")", m.group(1));
            }
            if (m.group(3).equals("Outcome")) {
                return new ConsequenceMessage("an outcome has no method " + call + Fields.closest(m.group(1), OUTCOME_METHODS),
                        "an outcome's methods: " + String.join(", ", OUTCOME_METHODS) + " (docs/authoring.md)", m.group(1));
            }
            return new ConsequenceMessage(m.group(3) + " has no method " + call, "check the spelling and the types of the arguments",
                    m.group(1));
        }
        m = NOT_APPLICABLE.matcher(message);
        if (m.find()) {
            return new ConsequenceMessage(m.group(1) + " cannot be called with (" + m.group(4) + ")",
                    "it takes (" + m.group(2) + "): check the number, order and types of the arguments", m.group(1));
        }
        m = UNKNOWN_TYPE.matcher(message);
        if (m.find()) {
            return new ConsequenceMessage("there is no type " + m.group(1), "the pack's declared types and " + TYPES
                    + " need no import; others need an import line", m.group(1));
        }
        m = UNKNOWN_VARIABLE.matcher(message);
        if (m.find()) {
            return new ConsequenceMessage("\"" + m.group(1) + "\" is not known here" + Fields.closest(m.group(1), bindings),
                    "bind it in the when part ($p : Projekt( … )) or declare it above in the consequence; names are case-sensitive"
                            + (bindings.isEmpty() ? "" : "; this rule binds " + String.join(", ", bindings)), m.group(1));
        }
        m = MISMATCH.matcher(message);
        if (m.find()) {
            return new ConsequenceMessage("a value of type " + m.group(1) + " cannot be used where " + m.group(2) + " is needed",
                    "convert it (a BigDecimal to a whole number: .intValue(); anything to text: String.valueOf(…)) or give the "
                            + "variable the type " + m.group(1), null);
        }
        m = INSERT.matcher(message);
        if (m.find()) {
            return new ConsequenceMessage("a '" + m.group(1) + "' is missing (to complete the " + m.group(2).toLowerCase(Locale.ROOT) + ")",
                    SYNTAX_HINT, null);
        }
        m = ON_TOKEN.matcher(message);
        if (m.find()) {
            return new ConsequenceMessage("'" + m.group(1) + "' does not fit here: " + m.group(2), SYNTAX_HINT, m.group(1));
        }
        return new ConsequenceMessage(message, "the part after 'then' is Java; docs/authoring.md lists the functions a rule can call",
                null);
    }
}
