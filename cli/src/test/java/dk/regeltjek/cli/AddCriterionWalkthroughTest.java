package dk.regeltjek.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows "Add a criterion, step by step" in docs/authoring.md literally, with the snippets as the
 * document gives them, on a copy of the fixture pack: if the walkthrough stops being true, this fails.
 */
class AddCriterionWalkthroughTest {
    private static final Pattern SNIPPET = Pattern.compile("<!-- walkthrough: (\\w+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path tmp;

    private String snippet(String doc, String name) {
        Matcher m = SNIPPET.matcher(doc);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new AssertionError("docs/authoring.md has no snippet \"" + name + "\"");
    }

    private static void insertBefore(Path file, String marker, String text) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int at = content.indexOf(marker);
        assertThat(at).as("%s in %s", marker, file).isPositive();
        Files.writeString(file, content.substring(0, at) + text + content.substring(at), StandardCharsets.UTF_8);
    }

    private Cli.Result test(Workspace ws, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("test", "--no-cache", "--color", "never", "--rules", ws.rules.toString()));
        args.addAll(List.of(more));
        args.add(ws.examples.resolve("tilskud").toString());
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theWalkthroughAddsACriterionThatItsExamplesAndTheApprovedOlderExamplesTest() throws IOException {
        String doc = Files.readString(Path.of("docs/authoring.md"), StandardCharsets.UTF_8);
        doc = doc.substring(doc.indexOf("## Add a criterion, step by step"));
        Workspace ws = Workspace.withFixtures(tmp);
        assertThat(test(ws).exitCode()).as("all pass before we start").isZero();

        // 1. the line in the document, as the walkthrough's grep shows it
        List<String> document = Files.readAllLines(ws.root.resolve("sources/tilskud.txt"), StandardCharsets.UTF_8);
        assertThat(doc).contains("# 16:" + document.get(15)).contains("That is line **L16**");

        // 2. the field, inside declare Projekt
        Path types = ws.rules.resolve("tilskud/typer.drl");
        String typesText = Files.readString(types);
        int projekt = typesText.indexOf("declare Projekt");
        int end = typesText.indexOf("\nend", projekt) + 1;
        Files.writeString(types, typesText.substring(0, end) + snippet(doc, "field") + typesText.substring(end));

        // 3. the criterion under criteria:, and T-4 in the verdict's list
        Path pack = ws.rules.resolve("tilskud/pack.yaml");
        insertBefore(pack, "parameters:\n", snippet(doc, "criterion"));
        ws.edit("tilskud/pack.yaml", "    from: [T-1, T-2, T-3]\n", snippet(doc, "verdict"));

        // 4. the parameter, with its source, under parameters:
        insertBefore(pack, "scenarios:\n", snippet(doc, "parameter"));

        // 5. the rule at the end of kriterier.drl
        Path rules = ws.rules.resolve("tilskud/kriterier.drl");
        Files.writeString(rules, Files.readString(rules) + "\n" + snippet(doc, "rule"));

        // 6. two examples, one on each side of the limit
        ws.write("examples/tilskud/boliger.yaml", snippet(doc, "examples"));

        // 7. test: the new examples pass, older ones fail or are warned about
        Cli.Result first = test(ws);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("PASS tilskud/boliger.yaml: Et projekt med præcis 10 boliger opfylder kravet")
                .contains("PASS tilskud/boliger.yaml: Et projekt med 9 boliger får ikke tilskud.")
                .contains("FAIL tilskud/alle-kriterier.yaml");
        assertThat(first.err()).contains("udfald er nu uafgjort, selv om sagens forventninger holder: T-4 for ");

        // 8. approve the changed expectations of the older examples
        Cli.Result update = test(ws, "--update");
        assertThat(update.exitCode()).as(update.out() + update.err()).isZero();
        assertThat(update.out()).contains("+++ ").contains("-  verdict: met\n+  verdict: undetermined").contains("Godkendt: expect er opdateret i ");

        // 9. everything passes, and the new rule is covered
        Cli.Result after = test(ws);
        assertThat(after.exitCode()).as(after.out()).isZero();
        assertThat(after.out()).contains(" passed, 0 failed");
        String uncovered = after.out().contains("Regler som intet eksempel") ? after.out().substring(after.out()
                .indexOf("Regler som intet eksempel")) : "";
        assertThat(uncovered).doesNotContain("T-4 mindst 10 boliger");
    }
}
