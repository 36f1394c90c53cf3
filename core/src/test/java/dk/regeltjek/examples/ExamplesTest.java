package dk.regeltjek.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.api.Checker;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.testing.ExpectationCheck;
import dk.regeltjek.testing.Mismatch;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every case under examples/ is a regression test, named {@code <pack>/<file>: <case name>}. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("examples");

    @TestFactory
    Stream<DynamicTest> everyExampleMeetsItsExpectations() throws IOException {
        Checker checker = Checker.load(Path.of("rules"));
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted().toList()) {
                String label = EXAMPLES.relativize(file).toString().replace('\\', '/');
                URI source = file.toUri();
                List<CaseResult> results;
                try {
                    results = checker.checkFile(file);
                } catch (RegeltjekException e) {
                    tests.add(DynamicTest.dynamicTest(label + ": cannot be checked", source, () -> {
                        throw new AssertionError(e.getMessage());
                    }));
                    continue;
                }
                for (CaseResult result : results) {
                    URI at = URI.create(source + "?line=" + result.info().location().line());
                    tests.add(DynamicTest.dynamicTest(label + ": " + result.info().name(), at, () -> {
                        List<Mismatch> mismatches = ExpectationCheck.check(result);
                        assertThat(mismatches).as(() -> mismatches.stream().map(Mismatch::toString)
                                .collect(Collectors.joining("\n"))).isEmpty();
                    }));
                }
            }
        }
        assertThat(tests).as("cases under examples/").isNotEmpty();
        return tests.stream();
    }
}
