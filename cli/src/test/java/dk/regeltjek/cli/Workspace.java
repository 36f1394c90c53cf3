package dk.regeltjek.cli;

import dk.regeltjek.fixtures.Fixtures;
import java.nio.file.Path;

/**
 * A scratch folder for a test that may break things safely: empty, or with a copy of the test
 * fixtures ({@link Fixtures}: the packs {@code tilskud} and {@code udvalg}, their source documents
 * and examples). Never the bundled packs: those are tested through their examples only.
 */
public final class Workspace {
    public final Path root;
    public final Path rules;
    public final Path examples;
    private final Fixtures files;

    /** An empty workspace below {@code root}, for a test that writes its own pack. */
    public Workspace(Path root) {
        this.files = Fixtures.at(root);
        this.root = root;
        this.rules = files.rules;
        this.examples = files.examples;
    }

    /** A workspace holding a copy of the fixture packs, documents and examples. */
    public static Workspace withFixtures(Path root) {
        Fixtures.copyTo(root);
        return new Workspace(root);
    }

    /** A case file of a fixture pack, e.g. {@code example("tilskud", "graenser.yaml")}. */
    public Path example(String pack, String file) {
        return files.example(pack, file);
    }

    public Path write(String relative, String text) {
        return files.write(relative, text);
    }

    /** Replaces {@code from} by {@code to} in a file below rules/, failing when the text is not there. */
    public void edit(String relative, String from, String to) {
        files.edit("rules/" + relative, from, to);
    }

    /** The T-2 comparison turned round (same length, so only the content tells the edit): 40 % is then "ikke højst 20 %". */
    public void turnT2Round() {
        edit("tilskud/kriterier.drl", "udfald($p).mindst(\"andel almene boliger\"", "udfald($p).hoejst(\"andel almene boliger\"");
    }

    /** A valid grant case of the fixture pack whose one project is described by {@code projectYaml} (indented 6). */
    public static String grantCase(String projectYaml) {
        return """
                case: Et projekt til test af fejlbeskeder.
                pack: tilskud
                facts:
                  Ansoegning:
                    kommune: Gentofte
                    indsendt: 2025-02-01
                  Projekt:
                    - navn: Testprojekt
                """ + projectYaml + """
                expect:
                  verdict: met
                """;
    }

    /** A project that meets every criterion of the fixture pack. */
    public static final String GOOD_PROJECT = """
                  boligtype: ALMEN
                  budget: 3000000
                  andelAlmene: 40
                  afsluttet: 2026-06-30
                  aar: 2025
                  ansoegt: 1000000
            """;
}
