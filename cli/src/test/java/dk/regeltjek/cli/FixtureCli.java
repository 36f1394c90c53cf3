package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import dk.regeltjek.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line run in-process on a copy of the test fixtures (the made-up grant pack
 * "tilskud"), never on the bundled packs: {@code --rules} and a test cache are added after the
 * command name.
 */
final class FixtureCli {
    /** Compiled fixture packs, shared by the tests of this module (never the user's cache). */
    private static final String CACHE = Path.of("cli/target/report-test-cache").toAbsolutePath().toString();

    final Fixtures fixtures;

    FixtureCli(Path tempDir) {
        this.fixtures = Fixtures.copyTo(tempDir);
    }

    /** {@code command} with the fixture rules, then {@code rest}. */
    Cli.Result run(String command, String... rest) {
        return Cli.run(args(command, rest));
    }

    /** As {@link #run}, with {@code stdin} as standard input. */
    Cli.Result withStdin(String stdin, String command, String... rest) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(command, rest);
        } finally {
            System.setIn(before);
        }
    }

    /** As {@link #run}, for a user with {@code env} as environment (through the daemon's invocation). */
    Cli.Result withEnv(Map<String, String> env, String command, String... rest) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Invocation invocation = Invocation.remote(Path.of("").toAbsolutePath(), env, false, null,
                System.getProperty("user.home"),
                (rules, shown, cache) -> Checker.builder(rules).shownAs(shown).cacheDir(cache).build());
        int code = Main.execute(args(command, rest), new PrintWriter(out), new PrintWriter(err), invocation);
        return new Cli.Result(code, out.toString(), err.toString());
    }

    String examples() {
        return fixtures.examples.toString();
    }

    String example(String file) {
        return fixtures.example("tilskud", file).toString();
    }

    private String[] args(String command, String... rest) {
        List<String> all = new ArrayList<>(List.of(command, "--rules", fixtures.rules.toString(), "--cache-dir", CACHE));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
