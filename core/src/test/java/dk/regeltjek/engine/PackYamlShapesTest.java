package dk.regeltjek.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Every value in a pack.yaml replaced by every odd shape — a list where a text is expected, a map
 * where a list is, an empty value, a huge number — either still loads and checks a case, or is
 * refused as a located problem (exit 2 on the command line). Never another exception, never a
 * problem without a place.
 */
class PackYamlShapesTest {
    /** Shapes unlike a text (for a text), a map (for a map) and a list (for a list). */
    private static final List<Object> INSTEAD_OF_TEXT = List.of(List.of(), Map.of(), "", "99999999999999999999999999");
    private static final List<Object> INSTEAD_OF_MAP = List.of(List.of(), "", "tekst", List.of(Map.of("x", "1")));
    private static final List<Object> INSTEAD_OF_LIST = List.of(Map.of(), "", "tekst", List.of(Map.of("x", "1")));

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyKeyRefusesOddShapesWithALocatedProblem() throws Exception {
        Fixtures fixtures = Fixtures.copyTo(tmp);
        Object pack = yaml().load(Files.readString(fixtures.rules.resolve("tilskud/pack.yaml"), StandardCharsets.UTF_8));
        List<DynamicTest> tests = new ArrayList<>();
        for (List<Object> path : paths(pack, new ArrayList<>())) {
            Object now = at(pack, path);
            for (Object shape : now instanceof Map ? INSTEAD_OF_MAP : now instanceof List ? INSTEAD_OF_LIST : INSTEAD_OF_TEXT) {
                String name = String.join(".", path.stream().map(String::valueOf).toList()) + " = " + shape;
                tests.add(DynamicTest.dynamicTest(name, () -> loadsOrIsLocated(fixtures, replaced(pack, path, shape))));
            }
        }
        return tests.stream();
    }

    /** The variants run one after another in one copy of the fixtures, each writing its own pack.yaml. */
    private static void loadsOrIsLocated(Fixtures fixtures, Object pack) throws Exception {
        Files.writeString(fixtures.rules.resolve("tilskud/pack.yaml"), yaml().dump(pack), StandardCharsets.UTF_8);
        try {
            Checker checker = Checker.load(fixtures.rules);
            checker.rules("tilskud");
            checker.checkFile(fixtures.example("tilskud", "graenser.yaml"));
        } catch (RegeltjekException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.where().file()).as("%s", p).isNotBlank();
                if (p.where().file().endsWith("pack.yaml")) {
                    assertThat(p.where().line()).as("the line of %s", p).isPositive();
                }
                assertThat(p.message()).as("%s", p).isNotBlank();
            }
        }
    }

    /** Every key and list item, as the path to it. */
    private static List<List<Object>> paths(Object node, List<Object> at) {
        List<List<Object>> found = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                List<Object> here = new ArrayList<>(at);
                here.add(key);
                found.add(here);
                found.addAll(paths(map.get(key), here));
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> here = new ArrayList<>(at);
                here.add(i);
                found.add(here);
                found.addAll(paths(list.get(i), here));
            }
        }
        return found;
    }

    private static Object at(Object node, List<Object> path) {
        for (Object step : path) {
            node = node instanceof Map<?, ?> map ? map.get(step) : ((List<?>) node).get((Integer) step);
        }
        return node;
    }

    /** A deep copy of {@code node} with the value at {@code path} replaced. */
    @SuppressWarnings("unchecked")
    private static Object replaced(Object node, List<Object> path, Object value) {
        if (path.isEmpty()) {
            return value;
        }
        Object step = path.get(0);
        List<Object> rest = path.subList(1, path.size());
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) map);
            copy.put(step, replaced(map.get(step), rest, value));
            return copy;
        }
        List<Object> copy = new ArrayList<>((List<Object>) node);
        copy.set((Integer) step, replaced(copy.get((Integer) step), rest, value));
        return copy;
    }

    /** YAML without implicit types: every scalar is text, read and written as it stands. */
    private static Yaml yaml() {
        DumperOptions dump = new DumperOptions();
        dump.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dump.setAllowUnicode(true);
        Resolver textOnly = new Resolver() {
            @Override
            protected void addImplicitResolvers() {
            }
        };
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(dump), dump, new LoaderOptions(), textOnly);
    }
}
