package dk.regeltjek.daemon;

import dk.regeltjek.api.Checker;
import dk.regeltjek.cli.Invocation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daemon's loaded rule sets, with their compiled packs, kept between requests. One is reused
 * only while every file it was built from is unchanged (see {@link RulesFingerprint}); otherwise
 * the rules are loaded afresh (compiled packs then come from the disk cache when their DRL is
 * unchanged). Case files are never cached: commands read them on every request.
 */
final class WarmCheckers implements Invocation.CheckerLoader {
    private static final int MAX_RULE_SETS = 8;

    /** What makes two requests' rules the same: the folder, how messages show it, and the engine settings. */
    private record Key(Path rulesDir, String shown, int firingLimit, Path cacheDir) {
    }

    private record Warm(Checker checker, String rulesHash, List<Path> sources, String sourcesHash) {
    }

    private final Map<Key, Warm> warm = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Warm> eldest) {
            return size() > MAX_RULE_SETS;
        }
    };

    @Override
    public Checker load(Path rulesDir, int firingLimit, Path cacheDir, Path workingDir) {
        Path absolute = workingDir.resolve(rulesDir).normalize();
        Key key = new Key(absolute, Checker.display(rulesDir, workingDir), firingLimit, cacheDir);
        String rulesHash = RulesFingerprint.ofRules(absolute);
        Warm known = get(key);
        if (rulesHash != null && known != null && rulesHash.equals(known.rulesHash)
                && RulesFingerprint.of(absolute, known.sources).equals(known.sourcesHash)) {
            return known.checker.from(workingDir);
        }
        // hash before loading: an edit during the load then shows as a change next time, never as stale rules
        Checker fresh = Checker.load(rulesDir, firingLimit, cacheDir, workingDir);
        if (rulesHash != null) {
            List<Path> sources = RulesFingerprint.sources(absolute, fresh.packs().values());
            put(key, new Warm(fresh, rulesHash, sources, RulesFingerprint.of(absolute, sources)));
        }
        return fresh;
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
