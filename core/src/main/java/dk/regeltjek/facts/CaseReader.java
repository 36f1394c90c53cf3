package dk.regeltjek.facts;

import dk.regeltjek.model.ExpectedOutcome;
import dk.regeltjek.model.Expectation;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads case files: one case per YAML document (several separated by {@code ---}) or JSON file.
 * Facts stay untyped here; the engine types them by the pack's declarations.
 */
public final class CaseReader {
    private static final Set<String> CASE_KEYS = Set.of("case", "pack", "scenario", "dato", "parameters", "facts", "expect");
    private static final Set<String> EXPECT_KEYS = Set.of("verdict", "outcomes", "fired", "notFired");
    private static final Set<String> DETAIL_KEYS = Set.of("status", "rating", "message");
    private static final String STATUSES = Arrays.stream(Status.values()).map(Status::key).collect(Collectors.joining(", "));

    private CaseReader() {
    }

    /**
     * All cases in {@code file}; {@code shownAs} is the path used in messages and reports. Its
     * {@code csv:} references may name files in its folder (or below), never outside it. A file with
     * mistakes is refused with all of them, in every case it holds.
     */
    public static List<RawCase> read(Path file, String shownAs) {
        return orRefused(problems -> read(file, shownAs, problems));
    }

    /**
     * The cases of {@code file} that can be read; the mistakes of the others (every one of them, not
     * just the first of each case) go to {@code problems}. An unreadable file is one problem.
     */
    public static List<RawCase> read(Path file, String shownAs, Consumer<RegeltjekException> problems) {
        byte[] content;
        try {
            content = TextFiles.read(file, shownAs, ReadLimits.MAX_CASE_FILE_BYTES, "a case file",
                    "split the cases over several files, or give long lists of rows as CSV files (csv: rows.csv)");
        } catch (RegeltjekException e) {
            problems.accept(e);
            return List.of();
        }
        return read(content, CaseSource.file(file, shownAs), problems);
    }

    /**
     * All cases in {@code content}, read from {@code source} (e.g. standard input or a request):
     * at most {@link ReadLimits#MAX_CASE_FILE_BYTES} are read, and {@code csv:} references resolve in
     * {@code source.folder()}, or are refused when it is null. Mistakes are refused all at once.
     */
    public static List<RawCase> read(InputStream content, CaseSource source) throws IOException {
        byte[] bytes = TextFiles.read(content, source.shownAs(), ReadLimits.MAX_CASE_FILE_BYTES, "a case file",
                "split the cases over several files");
        return orRefused(problems -> read(bytes, source, problems));
    }

    private static List<RawCase> orRefused(java.util.function.Function<Consumer<RegeltjekException>, List<RawCase>> reading) {
        List<Problem> problems = new ArrayList<>();
        List<RawCase> cases = reading.apply(e -> problems.addAll(e.problems()));
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, problems);
        }
        return cases;
    }

    private static List<RawCase> read(byte[] content, CaseSource source, Consumer<RegeltjekException> problems) {
        ReadBudget budget = new ReadBudget();
        List<Node> documents;
        try {
            documents = TreeReader.readDocuments(content, source.shownAs(), source.json(), budget);
        } catch (RegeltjekException e) {
            problems.accept(e);
            return List.of();
        }
        if (documents.isEmpty()) {
            problems.accept(RegeltjekException.badInput(SourceLocation.of(source.shownAs()), "the file holds no case",
                    "write at least: case, pack and facts"));
        }
        List<RawCase> cases = new ArrayList<>();
        for (Node document : documents) {
            Mistakes mistakes = new Mistakes();
            RawCase rawCase = mistakes.attempt(() -> readCase(document, source, budget, mistakes));
            if (mistakes.found()) {
                problems.accept(mistakes.exception());
            } else {
                cases.add(rawCase);
            }
        }
        return cases;
    }

    /** The mistakes found in one case: each part of it is read on after a mistake in another, so all are reported. */
    private static final class Mistakes {
        private final List<Problem> problems = new ArrayList<>();

        <T> T attempt(Supplier<T> part) {
            try {
                return part.get();
            } catch (RegeltjekException e) {
                problems.addAll(e.problems());
                return null;
            }
        }

        boolean found() {
            return !problems.isEmpty();
        }

        RegeltjekException exception() {
            return new RegeltjekException(RegeltjekException.Kind.BAD_INPUT, problems);
        }
    }

    /** One case of a JSON Lines file: a line read as a JSON case file is; every mistake of it in one exception. */
    static RawCase readCase(Node document, CaseSource source, ReadBudget budget) {
        Mistakes mistakes = new Mistakes();
        RawCase rawCase = mistakes.attempt(() -> readCase(document, source, budget, mistakes));
        if (mistakes.found()) {
            throw mistakes.exception();
        }
        return rawCase;
    }

    private static RawCase readCase(Node document, CaseSource source, ReadBudget budget, Mistakes mistakes) {
        Node.Mapping root = Fields.mapping(document, "a case");
        mistakes.attempt(() -> {
            Fields.onlyAllowed(root, CASE_KEYS, "key");
            return null;
        });
        String name = mistakes.attempt(() -> Fields.requiredText(root, "case", root.location(),
                "name the case with a full sentence: case: Et projekt på præcis 20 mio. kr. får ikke låneadgang."));
        String pack = mistakes.attempt(() -> Fields.requiredText(root, "pack", root.location(),
                "name the rule pack: pack: <a folder in rules/>"));
        Node.Mapping parameters = root.get("parameters") == null ? null
                : mistakes.attempt(() -> Fields.mapping(root.get("parameters"), "parameters"));
        Node factsNode = root.get("facts");
        Map<String, RawCase.TypedFacts> facts = null;
        if (factsNode == null) {
            mistakes.attempt(() -> {
                throw RegeltjekException.badInput(root.location(), "missing \"facts\"",
                        "list the facts by type: facts: { Projekt: [...] }");
            });
        } else {
            facts = mistakes.attempt(() -> readFacts(Fields.mapping(factsNode, "facts"), source, budget));
        }
        Expectation expect = root.get("expect") == null ? null : mistakes.attempt(() -> readExpect(root.get("expect"), mistakes));
        LocalDate date = root.get("dato") == null ? null
                : mistakes.attempt(() -> (LocalDate) ValueConverter.convert(root.get("dato"), LocalDate.class, () -> "dato"));
        String scenario = mistakes.attempt(() -> Fields.text(root, "scenario"));
        if (mistakes.found()) {
            return null;
        }
        return new RawCase(name, pack, root.get("pack").location(), scenario,
                root.get("scenario") == null ? null : root.get("scenario").location(), date, parameters, facts, expect,
                root.location());
    }

    private static Map<String, RawCase.TypedFacts> readFacts(Node.Mapping facts, CaseSource source, ReadBudget budget) {
        Map<String, RawCase.TypedFacts> result = new LinkedHashMap<>();
        int count = 0;
        for (Node.Entry entry : facts.entries().values()) {
            List<Node.Mapping> objects = new ArrayList<>();
            Node value = entry.value();
            if (value instanceof Node.Sequence seq) {
                for (Node item : seq.items()) {
                    objects.add(Fields.mapping(item, "a " + entry.key() + " fact"));
                }
            } else if (value instanceof Node.Mapping m && m.entries().size() == 1 && m.get("csv") != null) {
                objects.addAll(csvRows(CsvReference.of(m.get("csv")), source, budget));
            } else if (value instanceof Node.Mapping m) {
                objects.add(m);
            } else if (!(value instanceof Node.Scalar s && s.isNull())) {
                throw RegeltjekException.badInput(value.location(), "the facts of type " + entry.key()
                        + " must be a mapping, a list of mappings or { csv: file.csv }, not " + Node.kind(value), null);
            }
            count += objects.size();
            if (count > ReadLimits.MAX_FACTS_PER_CASE) {
                throw RegeltjekException.badInput(entry.keyLocation(), "the case has more than "
                        + ReadLimits.count(ReadLimits.MAX_FACTS_PER_CASE) + " facts",
                        "split it into several cases (e.g. one per person or year)");
            }
            result.put(entry.key(), new RawCase.TypedFacts(entry.key(), entry.keyLocation(), objects));
        }
        return result;
    }

    /** Rows of a CSV file in the case file's folder; empty cells count as not given. */
    private static List<Node.Mapping> csvRows(CsvReference reference, CaseSource source, ReadBudget budget) {
        String csvShownAs = sibling(source.shownAs(), reference.file());
        Path csv = reference.resolveIn(source.folder(), csvShownAs);
        return CsvReader.rows(csv, csvShownAs, reference, budget);
    }

    private static String sibling(String shownAs, String name) {
        int slash = shownAs.lastIndexOf('/');
        return slash < 0 ? name : shownAs.substring(0, slash + 1) + name;
    }

    private static Expectation readExpect(Node node, Mistakes mistakes) {
        Node.Mapping expect = Fields.mapping(node, "expect");
        mistakes.attempt(() -> {
            Fields.onlyAllowed(expect, EXPECT_KEYS, "key in expect");
            return null;
        });
        Status verdict = null;
        if (expect.get("verdict") != null) {
            verdict = mistakes.attempt(() -> status(expect.get("verdict")));
        }
        List<ExpectedOutcome> outcomes = new ArrayList<>();
        Node.Mapping stated = expect.get("outcomes") == null ? null
                : mistakes.attempt(() -> Fields.mapping(expect.get("outcomes"), "expect.outcomes"));
        if (stated != null) {
            for (Node.Entry criterion : stated.entries().values()) {
                if (criterion.value() instanceof Node.Mapping perSubject && !isDetailed(perSubject)) {
                    for (Node.Entry subject : perSubject.entries().values()) {
                        outcomes.add(mistakes.attempt(() -> expected(criterion.key(), subject.key(), subject.value(),
                                subject.keyLocation())));
                    }
                } else {
                    outcomes.add(mistakes.attempt(() -> expected(criterion.key(), null, criterion.value(), criterion.keyLocation())));
                }
            }
        }
        if (mistakes.found()) {
            return null;
        }
        if (verdict == null && outcomes.isEmpty()) {
            throw RegeltjekException.badInput(expect.location(), "expect states nothing",
                    "give a verdict (met, not_met, …) and/or outcomes per criterion");
        }
        return new Expectation(verdict, outcomes, names(expect.get("fired")), names(expect.get("notFired")),
                expect.location());
    }

    /** {@code status: warning, rating: gul, message: "…"} rather than a mapping of subjects. */
    private static boolean isDetailed(Node.Mapping mapping) {
        return mapping.get("status") != null && DETAIL_KEYS.containsAll(mapping.entries().keySet());
    }

    /** A status ({@code met}) or the detailed form with a rating and/or part of the message. */
    private static ExpectedOutcome expected(String criterion, String subject, Node value, SourceLocation at) {
        if (value instanceof Node.Mapping detail) {
            Fields.onlyAllowed(detail, DETAIL_KEYS, "key of an expected outcome");
            if (detail.get("status") == null) {
                throw RegeltjekException.badInput(detail.location(), "an expected outcome needs a status",
                        "write { status: warning, rating: gul } or just the status");
            }
            return new ExpectedOutcome(criterion, subject, status(detail.get("status")), Fields.text(detail, "rating"),
                    Fields.text(detail, "message"), at);
        }
        return new ExpectedOutcome(criterion, subject, status(value), null, null, at);
    }

    private static Status status(Node node) {
        String text = node instanceof Node.Scalar s && !s.isNull() ? s.text() : null;
        Status status = text == null ? null : Status.fromKey(text.trim());
        if (status == null) {
            throw RegeltjekException.badInput(node.location(), "unknown status " + (text == null ? Node.kind(node) : "\"" + text + "\""),
                    "use one of: " + STATUSES);
        }
        return status;
    }

    private static List<String> names(Node node) {
        if (node == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        if (node instanceof Node.Sequence seq) {
            for (Node item : seq.items()) {
                if (!(item instanceof Node.Scalar s) || s.isNull()) {
                    throw RegeltjekException.badInput(item.location(), "expected a rule name or id, not " + Node.kind(item), null);
                }
                names.add(s.text());
            }
            return names;
        }
        throw RegeltjekException.badInput(node.location(), "expected a list of rule names or ids", "write [\"LP-4\", …]");
    }
}
