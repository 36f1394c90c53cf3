package dk.regeltjek.engine;

import dk.regeltjek.facts.Fields;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.Problem;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The packs of one rules folder ({@code <pack>/pack.yaml}), read in one go. A pack that includes
 * from another has that one read first, when its include names it; an include reaches only the
 * packs of this folder, by their folder names, so nothing outside the folders the program was
 * pointed at is read. An include cycle is a located problem.
 */
final class RulesFolder implements PackIncludes.Packs {
    private final Path rulesDir;
    private final String shownRulesDir;
    private final List<String> ids;
    private final Map<String, PackInfo> read = new HashMap<>();
    private final Map<String, RegeltjekException> failed = new HashMap<>();
    /** The packs being read, in the order their includes led here: a pack met again closes a cycle. */
    private final LinkedHashSet<String> reading = new LinkedHashSet<>();

    private RulesFolder(Path rulesDir, String shownRulesDir, List<String> ids) {
        this.rulesDir = rulesDir;
        this.shownRulesDir = shownRulesDir;
        this.ids = ids;
    }

    /** Every pack of the folder by id (sorted), or every problem of every pack. */
    static Map<String, PackInfo> read(Path rulesDir, String shownRulesDir) {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(rulesDir)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("pack.yaml"))) {
                    ids.add(dir.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw RegeltjekException.badInput(SourceLocation.of(shownRulesDir), "cannot read: " + e.getMessage(), null);
        }
        RulesFolder folder = new RulesFolder(rulesDir, shownRulesDir, ids);
        Map<String, PackInfo> packs = new LinkedHashMap<>();
        Set<Problem> problems = new LinkedHashSet<>(); // a pack's problems once, also when others include from it
        for (String id : ids) {
            try {
                packs.put(id, folder.readPack(id));
            } catch (RegeltjekException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new RegeltjekException(RegeltjekException.Kind.BAD_RULES, new ArrayList<>(problems));
        }
        return Collections.unmodifiableMap(packs);
    }

    @Override
    public PackInfo pack(String id, SourceLocation at) {
        if (!ids.contains(id)) {
            boolean path = id.contains("/") || id.contains("\\") || id.equals(".") || id.equals("..");
            throw RegeltjekException.badRules(at, (path ? "an include names a pack by its folder name, not by a path: \""
                    : "no pack \"") + id + "\"" + (path ? "" : " in " + shownRulesDir + Fields.closest(id, ids)),
                    "a pack includes only from the packs of its own rules folder: " + String.join(", ", ids));
        }
        if (reading.contains(id)) {
            List<String> cycle = new ArrayList<>(reading);
            cycle = new ArrayList<>(cycle.subList(cycle.indexOf(id), cycle.size()));
            cycle.add(id);
            throw RegeltjekException.badRules(at, "include cycle: " + String.join(" → ", cycle),
                    "a pack cannot include from itself, not even through others; keep the shared criteria in one pack "
                            + "and include them from there");
        }
        return readPack(id);
    }

    private PackInfo readPack(String id) {
        PackInfo done = read.get(id);
        if (done != null) {
            return done;
        }
        RegeltjekException earlier = failed.get(id);
        if (earlier != null) {
            throw earlier;
        }
        reading.add(id);
        try {
            PackInfo pack = PackFiles.read(rulesDir.resolve(id), shownRulesDir + "/" + id, id, this);
            read.put(id, pack);
            return pack;
        } catch (RegeltjekException e) {
            failed.put(id, e);
            throw e;
        } finally {
            reading.remove(id);
        }
    }
}
