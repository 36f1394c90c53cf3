package dk.regeltjek.testing;

import dk.regeltjek.facts.BulkReader;
import dk.regeltjek.facts.CaseReader;
import dk.regeltjek.facts.Node;
import dk.regeltjek.facts.RawCase;
import dk.regeltjek.facts.TreeReader;
import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Approving changed expectations ({@code regeltjek test --update}): the expect blocks of a file's
 * failing cases rewritten to what the rules now give, by targeted edits of the text (comments and
 * layout stay), checked before anything is written: the new file is read back and every rewritten
 * case must then meet its expectations. A case that cannot be rewritten safely is left as it is,
 * with the reason.
 */
public final class ExpectUpdate {
    /** Why the cases of a bulk file are left as they are. */
    public static final String NOT_IN_BULK_FILES = "en fil med mange sager (.jsonl, .csv) opdateres ikke af --update; "
            + "ret sagens expect i filen selv";

    private ExpectUpdate() {
    }

    /**
     * What updating {@code file} would change, given the results of checking it (every case the
     * file holds that could be checked). {@code shownAs} is the path as its user typed it.
     *
     * @throws IOException when the file cannot be read, or the check's temporary file not written
     */
    public static FileUpdate plan(Path file, String shownAs, List<CaseResult> results) throws IOException {
        String before = Files.readString(file, StandardCharsets.UTF_8);
        List<CaseResult> failing = results.stream().filter(r -> !ExpectationCheck.check(r).isEmpty()).toList();
        if (failing.isEmpty()) {
            return new FileUpdate(file, shownAs, before, before, List.of(), List.of());
        }
        if (BulkReader.isBulk(file)) {
            // a row holds its case on one line (or several CSV rows): no expect block to rewrite in place
            return refusedAll(file, shownAs, before, failing, NOT_IN_BULK_FILES);
        }
        YamlSource source = new YamlSource(before);
        List<Node> documents;
        try {
            documents = TreeReader.readDocuments(file, shownAs);
        } catch (RegeltjekException e) {
            return refusedAll(file, shownAs, before, failing, "filen kan ikke længere læses (" + e.getMessage() + ")");
        }
        List<String> refused = new ArrayList<>();
        Map<CaseResult, Rewritten> rewrites = new LinkedHashMap<>();
        for (CaseResult result : failing) {
            int document = documentOf(documents, result);
            if (document < 0) {
                refused.add(name(result) + ": filen er ændret, siden den blev tjekket; kør testen igen");
                continue;
            }
            ExpectRewrite.Result rewrite = ExpectRewrite.of(source, (Node.Mapping) documents.get(document), result);
            if (rewrite.refusal() != null) {
                refused.add(name(result) + ": " + rewrite.refusal());
            } else {
                rewrites.put(result, new Rewritten(document, rewrite.edits()));
            }
        }
        while (true) {
            String after = apply(before, rewrites.values());
            Map<CaseResult, String> wrong = verify(file, shownAs, after, documents.size(), rewrites);
            if (wrong.isEmpty()) {
                List<String> updated = rewrites.keySet().stream().map(ExpectUpdate::name).toList();
                return new FileUpdate(file, shownAs, before, after, updated, refused);
            }
            wrong.forEach((result, why) -> {
                rewrites.remove(result);
                refused.add(name(result) + ": " + why);
            });
        }
    }

    /** A case's rewrite: which document of the file it is, and the edits of its text. */
    private record Rewritten(int document, List<ExpectRewrite.Edit> edits) {
    }

    private static FileUpdate refusedAll(Path file, String shownAs, String text, List<CaseResult> failing, String why) {
        return new FileUpdate(file, shownAs, text, text, List.of(), failing.stream().map(r -> name(r) + ": " + why).toList());
    }

    /** The document a result was read from: the one that starts where the case does and has its expect block. */
    private static int documentOf(List<Node> documents, CaseResult result) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i) instanceof Node.Mapping root && samePlace(root.location(), result.info().location())) {
                Node expect = root.get("expect");
                boolean expected = result.info().expect() != null;
                if (expected ? expect != null && samePlace(expect.location(), result.info().expect().location()) : expect == null) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean samePlace(SourceLocation a, SourceLocation b) {
        return a.line() == b.line() && a.column() == b.column();
    }

    private static String apply(String text, Iterable<Rewritten> rewrites) {
        List<ExpectRewrite.Edit> edits = new ArrayList<>();
        rewrites.forEach(r -> edits.addAll(r.edits()));
        edits.sort(Comparator.comparingInt(ExpectRewrite.Edit::start).reversed());
        StringBuilder out = new StringBuilder(text);
        int limit = text.length();
        for (ExpectRewrite.Edit edit : edits) {
            if (edit.end() > limit) {
                throw new IllegalStateException("overlapping edits of an expect block at offset " + edit.start());
            }
            out.replace(edit.start(), edit.end(), edit.text());
            limit = edit.start();
        }
        return out.toString();
    }

    /**
     * Reads the new text back (from a temporary file beside the case file, so CSV facts beside it are
     * found) and checks every rewritten case against its new expect block: the cases for which it
     * would not hold, each with why. Empty when the rewrite is right.
     */
    private static Map<CaseResult, String> verify(Path file, String shownAs, String after, int documents,
                                                  Map<CaseResult, Rewritten> rewrites) throws IOException {
        Map<CaseResult, String> wrong = new LinkedHashMap<>();
        if (rewrites.isEmpty()) {
            return wrong;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + (dot > 0 ? name.substring(0, dot) : name) + "-",
                dot > 0 ? name.substring(dot) : ".yaml");
        try {
            Files.writeString(temp, after, StandardCharsets.UTF_8);
            List<RawCase> cases;
            try {
                cases = CaseReader.read(temp, shownAs);
            } catch (RegeltjekException e) {
                rewrites.keySet().forEach(r -> wrong.put(r, "den omskrevne fil kunne ikke læses (" + e.getMessage() + "); ret expect i hånden"));
                return wrong;
            }
            if (cases.size() != documents) {
                rewrites.keySet().forEach(r -> wrong.put(r, "den omskrevne fil har et andet antal sager; ret expect i hånden"));
                return wrong;
            }
            rewrites.forEach((result, rewritten) -> {
                CaseInfo info = result.info();
                CaseInfo updated = new CaseInfo(info.name(), info.pack(), info.scenario(), info.date(), info.parameters(),
                        info.location(), cases.get(rewritten.document()).expect());
                List<Mismatch> still = ExpectationCheck.check(new CaseResult(updated, result.verdict(), result.outcomes(),
                        result.firedRules()));
                if (!still.isEmpty()) {
                    wrong.put(result, "den omskrevne expect-blok ville stadig ikke holde (" + still.get(0).what() + "); ret den i hånden");
                }
            });
            return wrong;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The refusals for the failing cases among {@code results}, each naming its case, for {@code why}. */
    public static List<String> refusals(List<CaseResult> results, String why) {
        return results.stream().filter(r -> !ExpectationCheck.check(r).isEmpty()).map(r -> name(r) + ": " + why).toList();
    }

    private static String name(CaseResult result) {
        SourceLocation at = result.info().location();
        return at.file() + ":" + at.line() + ": " + result.info().name();
    }
}
