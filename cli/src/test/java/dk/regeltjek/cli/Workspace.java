package dk.regeltjek.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A scratch copy of a bundled pack plus case files, so a test can break things safely. */
public final class Workspace {
    public final Path root;
    public final Path rules;

    public Workspace(Path root, String... packs) {
        this.root = root;
        this.rules = root.resolve("rules");
        for (String pack : packs) {
            copy(Path.of("rules", pack), rules.resolve(pack));
        }
        if (packs.length > 0) {
            copy(Path.of("sources"), root.resolve("sources")); // the document the packs quote
        }
    }

    public Path write(String relative, String text) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Replaces {@code from} by {@code to} in a rule file, failing when the text is not there. */
    public void edit(String relative, String from, String to) {
        Path file = rules.resolve(relative);
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(relative + " does not contain " + from);
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String path(Path file) {
        return file.toString();
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A valid loan-pool case whose project is described by {@code projectYaml} (indented 6). */
    public static String loanCase(String projectYaml) {
        return """
                case: Et projekt til test af fejlbeskeder.
                pack: laanepulje
                facts:
                  Ansoegning:
                    kommune: Gentofte
                    godkendt: 2024-05-10
                  Projekt:
                    - navn: Testprojekt
                """ + projectYaml + """
                expect:
                  verdict: met
                """;
    }

    public static final String GOOD_PROJECT = """
                  grundlag: SEL107
                  projekttype: NYBYGGERI
                  nyePladser2025: 10
                  nyePladser2026: 10
                  pladserOmdannetFraAbl105: 0
                  pladserNedlagt: 0
                  andelAndreKommuner: 50
                  forventetAfsluttet: 2026-06-30
                  bruttoanlaeg2025: 15000000
                  bruttoanlaeg2026: 15000000
            """;
}
