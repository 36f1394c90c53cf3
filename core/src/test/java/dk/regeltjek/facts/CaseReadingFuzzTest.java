package dk.regeltjek.facts;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reading any bytes as a case file ends in cases or a {@link RegeltjekException}: anything else
 * (another exception, an error, a hang) is a crash. {@code mvn test} replays the inputs under
 * {@code CaseReadingFuzzTestInputs/} (the bundled examples and every crash found so far);
 * {@code JAZZER_FUZZ=1} fuzzes (see README.md).
 */
class CaseReadingFuzzTest {
    /** Everything after this line of an input is the case's {@code rows.csv}. */
    static final byte[] CSV_MARKER = "\n#rows.csv\n".getBytes(StandardCharsets.UTF_8);
    private static final List<Class<?>> TYPES = List.of(String.class, BigDecimal.class, Integer.class, Long.class,
            Double.class, Boolean.class, LocalDate.class, Farve.class, List.class);
    private static final Path FOLDER = folder();

    enum Farve { ROED, GROEN }

    private static Path folder() {
        try {
            return Files.createTempDirectory("regeltjek-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A case file (JSON when it starts with '{'), optionally with a CSV file beside it, and every value in it converted to every type. */
    @FuzzTest(maxDuration = "10m")
    void readsAnyCaseFile(byte[] input) throws IOException {
        int marker = indexOf(input, CSV_MARKER);
        byte[] caseBytes = marker < 0 ? input : Arrays.copyOfRange(input, 0, marker);
        Path csv = FOLDER.resolve("rows.csv");
        Files.deleteIfExists(csv);
        if (marker >= 0) {
            Files.write(csv, Arrays.copyOfRange(input, marker + CSV_MARKER.length, input.length));
        }
        boolean json = caseBytes.length > 0 && caseBytes[0] == '{';
        Path file = Files.write(FOLDER.resolve(json ? "case.json" : "case.yaml"), caseBytes);
        List<RawCase> cases;
        try {
            cases = CaseReader.read(file, file.getFileName().toString());
        } catch (RegeltjekException expected) {
            return;
        }
        for (RawCase rawCase : cases) {
            for (RawCase.TypedFacts typed : rawCase.facts().values()) {
                for (Node.Mapping fact : typed.objects()) {
                    fact.entries().values().forEach(entry -> convertToEveryType(entry.value()));
                }
            }
        }
    }

    /**
     * A bulk file: JSON Lines, or CSV when the input starts with a letter other than '{' — its
     * columns mapped to a made-up pack's fields — and every value in it converted to every type.
     * Problems are collected (the other rows go on); any exception thrown is a crash.
     */
    @FuzzTest(maxDuration = "10m")
    void readsAnyBulkFile(byte[] input) throws IOException {
        boolean csv = input.length > 0 && input[0] != '{';
        Path file = Files.write(FOLDER.resolve(csv ? "sager.csv" : "sager.jsonl"), input);
        Map<String, List<String>> fields = Map.of("Ansoegning", List.of("kommune", "indsendt"),
                "Projekt", List.of("navn", "budget", "andel"));
        try (BulkReader cases = BulkReader.open(file, file.getFileName().toString(), (pack, where) -> fields, problem -> { })) {
            int read = 0;
            while (cases.hasNext() && read++ < 10_000) {
                for (RawCase.TypedFacts typed : cases.next().facts().values()) {
                    for (Node.Mapping fact : typed.objects()) {
                        fact.entries().values().forEach(entry -> convertToEveryType(entry.value()));
                    }
                }
            }
        }
    }

    /** One value, written in any notation, converted to every supported type. */
    @FuzzTest(maxDuration = "10m")
    void convertsAnyValue(FuzzedDataProvider data) {
        Node.Notation notation = data.pickValue(Node.Notation.values());
        String text = data.consumeRemainingAsString();
        convertToEveryType(new Node.Scalar(text, false, SourceLocation.of("fuzz"), null, notation));
        BigDecimal danish;
        try {
            danish = Numbers.parseDanish(text);
        } catch (Numbers.Refusal expected) {
            return; // refused with a reason: fine
        }
        Numbers.requireBounded(danish); // a value that passed must be within the limits
    }

    private static void convertToEveryType(Node value) {
        for (Class<?> type : TYPES) {
            try {
                Object converted = ValueConverter.convert(value, type, () -> "Fuzz.felt");
                if (converted instanceof BigDecimal d) {
                    Numbers.requireBounded(d); // a value that passed must be within the limits
                }
            } catch (RegeltjekException expected) {
                // refused, located: fine
            }
        }
    }

    static int indexOf(byte[] input, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= input.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (input[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
