package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Expands the PATH arguments into case files: files as given, folders searched for .yaml/.yml/.json. */
final class CaseFiles {
    /** The PATH that means standard input. */
    static final String STDIN = "-";

    private CaseFiles() {
    }

    /** {@code paths} resolved for the user, each shown as the user sees it from their folder. */
    static List<CaseFile.OnDisk> expand(List<Path> paths, Invocation invocation) {
        List<CaseFile.OnDisk> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(CaseFiles::isCaseFile).sorted()
                            .forEach(f -> files.add(new CaseFile.OnDisk(f, invocation.show(f))));
                } catch (IOException | UncheckedIOException e) {
                    throw RegeltjekException.badInput(SourceLocation.of(invocation.show(path)), "cannot read: " + e.getMessage(), null);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(new CaseFile.OnDisk(path, invocation.show(path)));
            } else {
                throw RegeltjekException.badInput(SourceLocation.of(invocation.show(path)), "no such file or folder",
                        "give case files (.yaml, .yml, .json) or folders holding them, or - for standard input");
            }
        }
        return files;
    }

    /** A top-level {@code pack: x} (YAML) or {@code "pack": "x"} (JSON) line. */
    private static final Pattern PACK_LINE = Pattern.compile("^\\s*\"?pack\"?\\s*:\\s*\"?([\\w-]+)");

    /**
     * For a run over several files: starts loading the packs they name side by side, while the
     * files are read (one file needs one pack, which it loads itself).
     */
    static void loadPacksAhead(Checker checker, List<Path> files) {
        List<Path> caseFiles = files.stream().filter(f -> !dk.regeltjek.facts.BulkReader.isBulk(f)).toList(); // a bulk file may be huge
        if (caseFiles.size() > 1) {
            checker.loadInBackground(packsNamed(caseFiles));
        }
    }

    /**
     * The packs {@code files} name, in the order first named, from a glance at their lines — a hint
     * for loading packs early, never used to check anything (the reader decides each case's pack).
     */
    private static List<String> packsNamed(List<Path> files) {
        Set<String> packs = new LinkedHashSet<>();
        for (Path file : files) {
            try (Stream<String> lines = Files.lines(file)) {
                lines.forEach(line -> {
                    if (line.contains("pack")) {
                        Matcher m = PACK_LINE.matcher(line);
                        if (m.find()) {
                            packs.add(m.group(1));
                        }
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // the reader reports an unreadable file where it checks it
            }
        }
        return new ArrayList<>(packs);
    }

    /** Whether a file in a folder is read as a case file. */
    static boolean isCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".jsonl");
    }
}
