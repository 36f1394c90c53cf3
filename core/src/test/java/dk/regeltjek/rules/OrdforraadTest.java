package dk.regeltjek.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The vocabulary as a whole: one language, unique function names, small static classes. */
class OrdforraadTest {
    /** The English names of the vocabulary before it was written in Danish: none may come back. */
    private static final Set<String> ENGLISH = Set.of("outcome", "compare", "met", "notMet", "warning", "undetermined",
            "when", "value", "rating", "message", "num", "qty", "share", "date", "param", "paramInt", "paramDecimal",
            "paramText", "paramBool", "paramDate", "paramForYear", "windows", "isBlank", "format", "dec", "kriterier");

    @Test
    void functionNamesAreUniqueAcrossTheFunctionClasses() {
        Map<String, Class<?>> seen = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Class<?> type : Ordforraad.FUNKTIONER) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                    Class<?> other = seen.putIfAbsent(m.getName(), type);
                    if (other != null && other != type) {
                        clashes.add(m.getName() + " in " + other.getSimpleName() + " and " + type.getSimpleName());
                    }
                }
            }
        }
        assertThat(clashes).isEmpty();
        assertThat(seen).containsKeys("udfald", "parameterTal", "kr", "antal", "talICelle", "tekst", "perioder");
    }

    @Test
    void functionClassesAreStaticOnly() throws ReflectiveOperationException {
        for (Class<?> type : Ordforraad.FUNKTIONER) {
            assertThat(Modifier.isFinal(type.getModifiers())).as(type.getSimpleName()).isTrue();
            Constructor<?> constructor = type.getDeclaredConstructor();
            assertThat(Modifier.isPrivate(constructor.getModifiers())).as(type.getSimpleName()).isTrue();
        }
    }

    @Test
    void noRuleFacingNameIsEnglish() {
        List<String> english = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>(Ordforraad.FUNKTIONER);
        classes.add(Outcome.class);
        classes.add(Sammenligning.class);
        for (Class<?> type : classes) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && ENGLISH.contains(m.getName())) {
                    english.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(english).isEmpty();
    }
}
