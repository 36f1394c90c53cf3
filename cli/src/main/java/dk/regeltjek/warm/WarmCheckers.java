package dk.regeltjek.warm;

import dk.regeltjek.api.Checker;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rule sets kept loaded between the commands a long-running process (the daemon) runs for its
 * users. Every request gets the rules as they are now: a rule set is taken over while its files
 * are unchanged, and after an edit only the edited packs compile again ({@link Checker#reloaded()}).
 * Case files are never kept: commands read them on every request.
 */
public final class WarmCheckers implements CheckerLoader {
    private static final int MAX_RULE_SETS = 8;

    /** What makes two requests' rules the same: the folder, how messages show it, and the disk cache. */
    private record Key(Path rulesDir, String shown, Path cacheDir) {
    }

    private final Map<Key, Checker> warm = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Checker> eldest) {
            return size() > MAX_RULE_SETS;
        }
    };

    @Override
    public Checker load(Path rulesDir, String shownAs, Path cacheDir) {
        Key key = new Key(rulesDir.toAbsolutePath().normalize(), shownAs, cacheDir);
        Checker known = get(key);
        Checker now = known == null ? Checker.builder(key.rulesDir()).shownAs(shownAs).cacheDir(cacheDir).build()
                : known.reloaded();
        if (now != known) {
            put(key, now);
        }
        return now;
    }

    /** How many rule sets are warm (for the daemon's status). */
    public synchronized int size() {
        return warm.size();
    }

    private synchronized Checker get(Key key) {
        return warm.get(key);
    }

    private synchronized void put(Key key, Checker checker) {
        warm.put(key, checker);
    }
}
