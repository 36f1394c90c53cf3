package dk.regeltjek.cli;

import dk.regeltjek.api.Batch;
import dk.regeltjek.api.Checker;
import dk.regeltjek.api.Case;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.report.PackUsed;
import dk.regeltjek.report.Provenance;
import dk.regeltjek.report.Skipped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The runner that run, test and compare share: loads the rules, expands the paths (and reads a case
 * from standard input), checks the files in order on several threads, and keeps what a report
 * needs besides the results — the problems, the cases that could not be checked, the packs used.
 * It prints nothing; the command hands its results to a reporter.
 */
final class CaseChecking {
    private final Invocation invocation;
    private final List<Path> typedPaths;
    private final Set<Problem> problems = new LinkedHashSet<>();
    private final List<Skipped> skipped = new ArrayList<>();
    private final Set<String> packsUsed = new LinkedHashSet<>();
    private final List<CaseFile> files = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private final Map<String, List<RuleInfo>> rules = new LinkedHashMap<>();
    private final int threads;
    private IntConsumer fileDone = cases -> { };
    private Checker checker;

    private CaseChecking(Invocation invocation, List<Path> typedPaths, int threads) {
        this.invocation = invocation;
        this.typedPaths = typedPaths;
        this.threads = threads;
    }

    /** Loads the rules and finds the case files; what goes wrong is kept as problems for the report. */
    static CaseChecking open(Invocation invocation, CheckerConfig config, List<Path> paths) {
        CaseChecking checking = new CaseChecking(invocation, paths, config.threads());
        try {
            checking.checker = config.load(invocation);
            checking.expand(paths, invocation.resolve(config.rules().rulesDir()));
        } catch (RegeltjekException e) {
            checking.problems.addAll(e.problems());
        }
        return checking;
    }

    /** The case files in the order the paths name them; {@code -} is standard input. */
    private void expand(List<Path> paths, Path rulesDir) {
        for (Path path : paths) {
            if (path.toString().equals(CaseFiles.STDIN)) {
                try {
                    files.add(CaseFile.FromStdin.of(System.in.readAllBytes()));
                } catch (IOException e) {
                    throw RegeltjekException.badInput(SourceLocation.of(CaseFiles.STDIN), "cannot read standard input: "
                            + e.getMessage(), null);
                }
                continue;
            }
            Path resolved = invocation.resolve(path);
            if (isPackFolder(resolved)) { // run rules/laanepulje sager.jsonl: the pack's folder holds rules, not cases
                requireInRules(resolved, rulesDir, path);
                continue;
            }
            if (Files.isDirectory(resolved)) {
                folders.add(resolved);
            }
            files.addAll(CaseFiles.expand(List.of(resolved), invocation));
        }
        CaseFiles.loadPacksAhead(checker, onDisk());
    }

    /** A folder with a pack.yaml: a rule pack, named to say which rules the cases are checked against. */
    private static boolean isPackFolder(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve("pack.yaml"));
    }

    /** A pack folder named as a PATH must be one of the rules folder's packs: the rules that are used. */
    private void requireInRules(Path pack, Path rulesDir, Path typed) {
        try {
            if (pack.toRealPath().getParent().equals(rulesDir.toRealPath())) {
                return;
            }
        } catch (IOException e) {
            // not the same folder
        }
        throw RegeltjekException.badInput(SourceLocation.of(invocation.show(pack)), "a rule pack that is not in the rules folder "
                + invocation.show(rulesDir), "give --rules " + invocation.show(pack.toAbsolutePath().getParent())
                + " to check the cases against it (" + typed + " names a pack: its folder holds rules, not cases)");
    }

    /** Why {@code out} (as typed) may not be written, or null. */
    String outputRefusal(Path out, RulesConfig rulesConfig) {
        Path rulesDir = invocation.resolve(rulesConfig.rulesDir());
        return OutputGuard.refusal(invocation.resolve(out), onDisk(), folders, rulesDir,
                checker == null ? List.of() : checker.packs().values());
    }

    private List<Path> onDisk() {
        return files.stream().flatMap(f -> f.onDisk().stream()).toList();
    }

    /** Called after each file with the number of cases checked so far (e.g. to show progress). */
    void onFileDone(IntConsumer listener) {
        this.fileDone = listener;
    }

    int fileCount() {
        return files.size();
    }

    /**
     * Reads every file and checks its cases with {@code check}, handing each over in order;
     * {@code where} tells where a result's case is, so that the cases that gave none are known.
     */
    <R> void forEachFile(BiFunction<List<Case>, List<Problem>, List<R>> check, Function<R, SourceLocation> where,
                         Consumer<FileCheck<R>> sink) throws InterruptedException {
        if (checker == null) {
            return;
        }
        int[] cases = {0};
        Batch.inOrder(inPieces(), threads, file -> FileCheck.of(file, checker, check), checked -> {
            record(checked, where);
            cases[0] += checked.results().size();
            sink.accept(checked);
            fileDone.accept(cases[0]);
        });
    }

    Checker checker() {
        return checker;
    }

    /** Cases of one bulk file handed to a check at a time (the rule sessions take 32 of them each). */
    static final int BULK_PIECE = 128;

    /**
     * The files, a bulk file ({@code .jsonl}, {@code .csv}) as pieces of {@link #BULK_PIECE} cases,
     * each read when the checks ask for it: at most a few pieces per thread are held.
     */
    private Iterable<CaseFile> inPieces() {
        if (files.stream().noneMatch(CaseChecking::isBulk)) {
            return files;
        }
        return () -> new java.util.Iterator<>() {
            private int next;
            private java.util.stream.Stream<Case> stream;
            private java.util.Iterator<Case> bulk;
            private String shown;
            private List<Problem> readProblems = new ArrayList<>();

            @Override
            public boolean hasNext() {
                if (bulk != null && (bulk.hasNext() || !readProblems.isEmpty())) {
                    return true;
                }
                if (stream != null) {
                    stream.close();
                    stream = null;
                    bulk = null;
                }
                return next < files.size();
            }

            @Override
            public CaseFile next() {
                if (bulk == null) {
                    CaseFile file = files.get(next++);
                    if (!isBulk(file)) {
                        return file;
                    }
                    CaseFile.OnDisk onDisk = (CaseFile.OnDisk) file;
                    shown = onDisk.shown();
                    stream = checker.cases(onDisk.path(), onDisk.shown(), e -> readProblems.addAll(e.problems()));
                    bulk = stream.iterator();
                }
                List<Case> piece = new ArrayList<>(BULK_PIECE);
                while (piece.size() < BULK_PIECE && bulk.hasNext()) {
                    piece.add(bulk.next());
                }
                List<Problem> problems = readProblems;
                readProblems = new ArrayList<>();
                return new CaseFile.Piece(shown, piece, problems);
            }
        };
    }

    private static boolean isBulk(CaseFile file) {
        return file instanceof CaseFile.OnDisk onDisk && dk.regeltjek.facts.BulkReader.isBulk(onDisk.path());
    }

    /** Keeps a file's problems, and its cases that gave no result as skipped, each with its own problem if it had one. */
    private <R> void record(FileCheck<R> checked, Function<R, SourceLocation> where) {
        problems.addAll(checked.problems());
        Set<SourceLocation> done = new HashSet<>();
        checked.results().forEach(r -> done.add(where.apply(r)));
        List<Case> cases = checked.cases();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            packsUsed.add(c.pack());
            if (!done.contains(c.location())) {
                int end = i + 1 < cases.size() ? cases.get(i + 1).location().line() : Integer.MAX_VALUE;
                skipped.add(new Skipped(c.pack(), c.name(), c.location(), causeWithin(checked.problems(), c.location(), end)));
            }
        }
    }

    /** The problem found inside the case (from its first line up to the next case), or null. */
    private static Problem causeWithin(List<Problem> problems, SourceLocation start, int endLine) {
        for (Problem p : problems) {
            if (p.where().file().equals(start.file()) && p.where().line() >= start.line() && p.where().line() < endLine) {
                return p;
            }
        }
        return null;
    }

    /** Adds a problem when nothing was checked and nothing else went wrong: an empty run is not a success. */
    void requireCases(int checked) {
        if (checked == 0 && problems.isEmpty() && skipped.isEmpty()) {
            problems.add(new Problem(SourceLocation.of(String.join(" ", typedPaths.stream().map(Path::toString).toList())),
                    "no cases found", "give case files (.yaml, .yml, .json) or folders holding them, or - for standard input"));
        }
    }

    /** The rules of {@code pack} (empty, and a problem kept, when they do not compile). */
    List<RuleInfo> rules(String pack) {
        return rules.computeIfAbsent(pack, p -> {
            try {
                return checker.rules(p);
            } catch (RegeltjekException e) {
                problems.addAll(e.problems());
                return List.of();
            }
        });
    }

    Set<String> packsUsed() {
        return packsUsed;
    }

    /** Every pack a case used, with its checksums, criteria and rules. */
    Provenance provenance(Instant createdAt) {
        List<PackUsed> packs = new ArrayList<>();
        for (String id : packsUsed) {
            PackInfo info = checker == null ? null : checker.packs().get(id);
            if (info != null) {
                packs.add(PackUsed.of(info, rules(id)));
            }
        }
        return new Provenance(Version.current(), createdAt, packs);
    }

    /** Every problem, sorted by place, each once. */
    List<Problem> problems() {
        return List.copyOf(new TreeSet<>(problems));
    }

    List<Skipped> skipped() {
        return List.copyOf(skipped);
    }

    /** A reporter's IOException from inside a sink, carried out of the lambda. */
    static void unchecked(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }
}
