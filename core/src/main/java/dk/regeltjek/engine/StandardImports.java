package dk.regeltjek.engine;

import dk.regeltjek.model.Amount;
import dk.regeltjek.model.Status;
import dk.regeltjek.rules.Comparison;
import dk.regeltjek.rules.Outcome;
import dk.regeltjek.rules.Regel;
import dk.regeltjek.rules.Window;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeSet;

/**
 * What every DRL file of a pack can use without an import line: the rule vocabulary (every
 * public function of {@link Regel}, {@link Outcome}, {@link Status}, {@link Comparison},
 * {@link Window}, {@link Amount}) and the Java types rules commonly name. A file's own import of
 * the same simple name wins.
 */
final class StandardImports {
    static final List<Class<?>> CLASSES = List.of(Outcome.class, Status.class, Comparison.class, Window.class, Amount.class,
            BigDecimal.class, LocalDate.class, List.class, Map.class, ArrayList.class);
    static final List<Class<?>> FUNCTION_CLASSES = List.of(Regel.class);

    private StandardImports() {
    }

    private static final Map<Class<?>, List<String>> FUNCTIONS = functions();

    static void addTo(DroolsInternals.Drl drl) {
        DroolsInternals.addImports(drl, CLASSES, FUNCTIONS);
    }

    private static Map<Class<?>, List<String>> functions() {
        Map<Class<?>, List<String>> functions = new LinkedHashMap<>();
        FUNCTION_CLASSES.forEach(type -> functions.put(type, functionNames(type)));
        return functions;
    }

    /** The public static methods of a vocabulary class, each name once (overloads share an import). */
    static List<String> functionNames(Class<?> functions) {
        return List.copyOf(new TreeSet<>(Arrays.stream(functions.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == functions)
                .map(Method::getName).toList()));
    }
}
