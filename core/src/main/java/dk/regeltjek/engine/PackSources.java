package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The DRL files a pack compiles, by the path Drools is given for each: the pack's own files by their
 * path inside the pack ({@code kriterier.drl}), and the files of the other packs of its rules folder
 * that write the criteria it includes, by their path from the pack ({@code ../laanepulje/kriterier.drl}).
 * So compiled (and cached) rules never depend on the folder a run was started from, and an included
 * rule is reported in the file it really lives in.
 */
final class PackSources {
    /** A file of another pack, of which only the rules of {@code criteria} are compiled into this pack. */
    record Included(PackInfo writtenBy, Path packDir, Set<String> criteria) {
    }

    private static final String UP = "../";

    final PackInfo pack;
    final Path dir;
    final String shownDir;
    /** Every file by its path as Drools knows it: the pack's own first, then the included packs' files. */
    final Map<String, Path> files;
    /** The files of other packs, by the same path. */
    final Map<String, Included> included;

    private PackSources(PackInfo pack, Path dir, String shownDir, Map<String, Path> files, Map<String, Included> included) {
        this.pack = pack;
        this.dir = dir;
        this.shownDir = shownDir;
        this.files = Collections.unmodifiableMap(files);
        this.included = Collections.unmodifiableMap(included);
    }

    /** The pack's files, and every DRL file of each pack that writes a criterion it includes. */
    static PackSources of(PackInfo pack, Path dir, String shownDir, Function<String, PackInfo> packs) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path file : drlFiles(dir, shownDir)) {
            files.put(dir.relativize(file).toString().replace('\\', '/'), file);
        }
        if (files.isEmpty()) {
            throw RegeltjekException.badRules(SourceLocation.of(shownDir), "the pack has no .drl files",
                    "add the rules beside pack.yaml");
        }
        // which criteria each writing pack contributes, in the order of the includes
        Map<String, Set<String>> byWriter = new LinkedHashMap<>();
        Map<String, PackInfo> writers = new TreeMap<>();
        for (PackInfo.Include include : pack.includes()) {
            for (String criterion : include.criteria()) {
                PackInfo writer = PackIncludes.writerOf(pack, criterion, packs);
                writers.put(writer.id(), writer);
                byWriter.computeIfAbsent(writer.id(), w -> new LinkedHashSet<>()).add(criterion);
            }
        }
        Map<String, Included> included = new LinkedHashMap<>();
        Path rulesDir = dir.getParent();
        for (Map.Entry<String, Set<String>> writer : byWriter.entrySet()) {
            Path writerDir = rulesDir.resolve(writer.getKey());
            String shownWriter = parentOf(shownDir) + "/" + writer.getKey();
            Included from = new Included(writers.get(writer.getKey()), writerDir, Set.copyOf(writer.getValue()));
            for (Path file : drlFiles(writerDir, shownWriter)) {
                String key = UP + writer.getKey() + "/" + writerDir.relativize(file).toString().replace('\\', '/');
                files.put(key, file);
                included.put(key, from);
            }
        }
        return new PackSources(pack, dir, shownDir, files, included);
    }

    /** {@code rules/laanepulje-runde/forslag.drl} for an own file; {@code rules/laanepulje/kriterier.drl} for an included one. */
    String shown(String key) {
        return key.startsWith(UP) ? parentOf(shownDir) + "/" + key.substring(UP.length()) : shownDir + "/" + key;
    }

    /** The pack whose files and document a file belongs to: this pack, or the one an included file is of. */
    PackInfo writtenBy(String key) {
        Included from = key == null ? null : included.get(key);
        return from == null ? pack : from.writtenBy();
    }

    /** The folder of the pack a file belongs to, where its {@code source:} document is found from. */
    Path packDirOf(String key) {
        Included from = key == null ? null : included.get(key);
        return from == null ? dir : from.packDir();
    }

    /** Which criteria are taken from the other packs, for the cache key: the files alone do not say which rules count. */
    String selection() {
        StringBuilder text = new StringBuilder();
        included.values().stream().distinct().forEach(from -> text.append(from.writtenBy().id()).append(':')
                .append(String.join(",", from.criteria().stream().sorted().toList())).append(';'));
        return text.toString();
    }

    private static String parentOf(String shownDir) {
        int slash = shownDir.lastIndexOf('/');
        return slash < 0 ? "." : shownDir.substring(0, slash);
    }

    private static List<Path> drlFiles(Path dir, String shownDir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
        } catch (IOException e) {
            throw RegeltjekException.badRules(SourceLocation.of(shownDir), "cannot read the pack: " + e.getMessage(), null);
        }
    }
}
