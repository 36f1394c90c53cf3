package dk.regeltjek.rules;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a named field of a declared fact through its getter, for helpers that take field names
 * ({@link Datoer#perioder}, {@link Regning#kolonne}, {@link Regning#tabeltotaler}). Getters are
 * looked up once per class and name.
 */
final class Felter {
    /** Getters per declared class; a ClassValue so rule bases loaded later do not collide or leak. */
    private static final ClassValue<Map<String, Optional<Method>>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Felter() {
    }

    /** The getter of {@code field} ({@code getX} or {@code isX}), or an error naming the type and field. */
    static Method getter(Class<?> type, String field) {
        Method getter = getterOrNull(type, field);
        if (getter == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " har intet felt \"" + field + "\"");
        }
        return getter;
    }

    static Method getterOrNull(Class<?> type, String field) {
        return GETTERS.get(type).computeIfAbsent(field, key -> find(type, field)).orElse(null);
    }

    /** The value of {@code field} in {@code fact}. */
    static Object read(Object fact, String field) {
        return invoke(getter(fact.getClass(), field), fact, field);
    }

    /** The values of {@code field} in each fact, in order (missing values stay null). */
    static List<Object> column(Collection<?> facts, String field) {
        List<Object> values = new ArrayList<>(facts.size());
        Class<?> type = null;
        Method getter = null;
        for (Object fact : facts) {
            if (fact.getClass() != type) { // resolve the getter once per class, not once per fact
                type = fact.getClass();
                getter = getter(type, field);
            }
            values.add(invoke(getter, fact, field));
        }
        return values;
    }

    static Object invoke(Method getter, Object fact, String field) {
        try {
            return getter.invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("kan ikke læse feltet \"" + field + "\" i " + fact.getClass().getSimpleName(), e);
        }
    }

    private static Optional<Method> find(Class<?> type, String field) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : List.of("get" + suffix, "is" + suffix)) {
            try {
                Method getter = type.getMethod(name);
                getter.trySetAccessible(); // skips the access check on every call; a public getter either way
                return Optional.of(getter);
            } catch (NoSuchMethodException ignored) {
                // try the next spelling
            }
        }
        return Optional.empty();
    }
}
