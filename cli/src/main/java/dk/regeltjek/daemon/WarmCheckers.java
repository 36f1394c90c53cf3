package dk.regeltjek.daemon;

import dk.regeltjek.api.Checker;
import dk.regeltjek.cli.Invocation;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The daemon's loaded rule sets, with their compiled packs, kept between requests. One is reused
 * only while every file it was built from is unchanged (see {@link RulesFingerprint}); otherwise
 * the rules are loaded afresh, taking over the compiled packs whose own files (pack folder and
 * source document) are unchanged, so an edit recompiles only its pack. Case files are never
 * cached: commands read them on every request.
 */
final class WarmCheckers implements Invocation.CheckerLoader {
    private static final int MAX_RULE_SETS = 8;

    /** What makes two requests' rules the same: the folder, how messages show it, and the engine settings. */
    private record Key(Path rulesDir, String shown, Path cacheDir) {
    }

    /** A loaded rule set and the hashes of what it was loaded from (taken before loading). */
    private record Warm(Checker checker, RulesFingerprint.Rules rules, Map<String, Path> sources,
                        Map<String, String> sourceHashes) {
    }

    private final Map<Key, Warm> warm = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Warm> eldest) {
            return size() > MAX_RULE_SETS;
        }
    };

    @Override
    public Checker load(Path rulesDir, Path cacheDir, Path workingDir) {
        Path absolute = workingDir.resolve(rulesDir).normalize();
        Key key = new Key(absolute, Checker.display(rulesDir, workingDir), cacheDir);
        // hashes before loading: an edit during the load then shows as a change next time, never as stale rules
        RulesFingerprint.Rules now = RulesFingerprint.ofRules(absolute);
        Warm known = get(key);
        if (now != null && known != null && now.all().equals(known.rules.all())
                && known.sourceHashes.equals(sourceHashes(absolute, known.sources))) {
            return known.checker.from(workingDir);
        }
        Checker fresh = Checker.load(rulesDir, cacheDir, workingDir);
        if (now == null) {
            return fresh;
        }
        Map<String, Path> sources = RulesFingerprint.sources(absolute, fresh.packs().values());
        Map<String, String> sourceHashes = sourceHashes(absolute, sources);
        if (known != null) {
            fresh.reusing(known.checker, unchangedPacks(known, now, sources, sourceHashes));
        }
        put(key, new Warm(fresh, now, sources, sourceHashes));
        return fresh;
    }

    /** Packs whose folder and source document hash as when {@code known} was loaded. */
    private static Set<String> unchangedPacks(Warm known, RulesFingerprint.Rules now, Map<String, Path> sources,
                                              Map<String, String> sourceHashes) {
        Set<String> unchanged = new HashSet<>();
        for (Map.Entry<String, String> pack : now.packs().entrySet()) {
            String id = pack.getKey();
            if (pack.getValue().equals(known.rules.packs().get(id))
                    && Objects.equals(sources.get(id), known.sources.get(id))
                    && Objects.equals(sourceHashes.get(id), known.sourceHashes.get(id))) {
                unchanged.add(id);
            }
        }
        return unchanged;
    }

    private static Map<String, String> sourceHashes(Path rulesDir, Map<String, Path> sources) {
        Map<String, String> hashes = new java.util.HashMap<>();
        sources.forEach((pack, file) -> hashes.put(pack, RulesFingerprint.of(rulesDir, List.of(file))));
        return hashes;
    }

    synchronized int size() {
        return warm.size();
    }

    private synchronized Warm get(Key key) {
        return warm.get(key);
    }

    private synchronized void put(Key key, Warm value) {
        warm.put(key, value);
    }
}
