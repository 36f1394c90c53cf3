package dk.regeltjek.engine;

import dk.regeltjek.rules.Ordforraad;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What every DRL file of a pack can use without an import line: the rule vocabulary — every public
 * static function of the classes in {@link Ordforraad#FUNKTIONER} and the types in
 * {@link Ordforraad#TYPER} — and the Java types rules commonly name. A file's own import of the
 * same simple name wins. A new vocabulary class is registered in {@link Ordforraad}, not here.
 */
final class StandardImports {
    static final List<Class<?>> CLASSES = Stream.concat(Ordforraad.TYPER.stream(), Stream.of(BigDecimal.class,
            LocalDate.class, List.class, Map.class, Set.class, ArrayList.class, HashSet.class, LinkedHashMap.class)).toList();
    static final List<Class<?>> FUNCTION_CLASSES = Ordforraad.FUNKTIONER;

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
