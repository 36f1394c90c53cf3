package dk.regeltjek.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the rule packs are, and where compiled packs are cached: every command that loads rules. */
final class RulesOptions {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule packs directory (default: ./rules, else the bundled rules).")
    Path rules;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Keep compiled rule packs here between runs (default: $REGELTJEK_CACHE, else ~/.cache/regeltjek).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Compile the rules on every run.")
    boolean noCache;

    /** The rules folder as typed (the checker resolves it) and the cache folder, resolved; null: no cache. */
    RulesConfig configure(Invocation invocation) {
        return new RulesConfig(rulesDir(invocation), cache(invocation));
    }

    /** --rules, else ./rules, else the rules shipped beside the launcher. */
    private Path rulesDir(Invocation invocation) {
        if (rules != null) {
            return rules;
        }
        Path local = Path.of("rules");
        if (Files.isDirectory(invocation.resolve(local))) {
            return local;
        }
        String home = invocation.home();
        return home == null ? local : Path.of(home, "rules");
    }

    private Path cache(Invocation invocation) {
        if (noCache) {
            return null;
        }
        if (cacheDir != null) {
            return invocation.resolve(cacheDir);
        }
        String env = invocation.env("REGELTJEK_CACHE");
        if (env != null && !env.isBlank()) {
            return invocation.resolve(Path.of(env));
        }
        String xdg = invocation.env("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? invocation.resolve(Path.of(xdg)) : Path.of(invocation.userHome(), ".cache");
        return base.resolve("regeltjek");
    }
}
