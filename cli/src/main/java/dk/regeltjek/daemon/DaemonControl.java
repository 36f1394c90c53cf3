package dk.regeltjek.daemon;

import dk.regeltjek.io.PrivateFiles;
import dk.regeltjek.report.ExitCode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code regeltjek daemon status|stop|start}, and starting a daemon in the background for the next run. */
final class DaemonControl {
    private static final int OK = ExitCode.OK.code();
    /** {@code daemon status} when none runs: exit 1, so scripts can ask. */
    private static final int NOT_RUNNING = ExitCode.FAILED.code();
    private static final int USAGE = ExitCode.BAD_INPUT.code();
    private static final int FAILED = ExitCode.INTERNAL_ERROR.code();

    /** The property bin/regeltjek sets to the class-data archive it gave this JVM (empty: none). */
    static final String CDS_ARCHIVE = "regeltjek.cds";

    private DaemonControl() {
    }

    static int run(String[] args, DaemonFiles files, Request template) {
        String what = args.length == 2 ? args[1] : "";
        return switch (what) {
            case "status" -> status(files, template);
            case "stop" -> stop(files, template);
            case "start" -> start(files, template);
            default -> {
                System.err.println("usage: regeltjek daemon status|stop|start");
                System.err.println("  hint: status shows the daemon of this build, stop stops it; REGELTJEK_DAEMON=off never uses one");
                yield USAGE;
            }
        };
    }

    private static int status(DaemonFiles files, Request template) {
        if (refused(files)) {
            return NOT_RUNNING;
        }
        String answer = ask(files, Protocol.STATUS, template);
        if (answer == null) {
            System.out.println("regeltjek daemon: not running (socket " + files.socket() + ")");
            return NOT_RUNNING;
        }
        System.out.print(answer);
        return OK;
    }

    private static int stop(DaemonFiles files, Request template) {
        String answer = ask(files, Protocol.STOP, template);
        if (answer == null) {
            System.out.println("regeltjek daemon: not running");
            return OK;
        }
        for (int i = 0; i < 100 && Files.exists(files.socket()); i++) {
            sleep(100);
        }
        System.out.print(answer.replace("stopping", "stopped"));
        return OK;
    }

    /** Starts a daemon unless one runs, and waits until it has warmed up (at most a minute). */
    private static int start(DaemonFiles files, Request template) {
        if (refused(files)) {
            return FAILED;
        }
        if (ask(files, Protocol.STATUS, template) == null) {
            startInBackground(files);
        }
        for (int i = 0; i < 600; i++) {
            String answer = ask(files, Protocol.STATUS, template);
            if (answer != null && !answer.contains(Server.WARMING_UP)) {
                break;
            }
            sleep(100);
        }
        return status(files, template);
    }

    /** Says why no daemon is used when its folder is someone else's or open to others. */
    private static boolean refused(DaemonFiles files) {
        String problem;
        try {
            problem = files.problem(PrivateFiles.OF_THIS_USER);
        } catch (IOException e) {
            problem = "cannot check " + files.dir + ": " + e;
        }
        if (problem == null) {
            return false;
        }
        System.out.println("regeltjek daemon: not used, as " + problem + "; every run is in-process");
        System.out.println("  hint: remove " + files.dir + " (what others put there stays in it); the next run makes a private one");
        return true;
    }

    /** The daemon's answer to a control request, or null when none is running. */
    private static String ask(DaemonFiles files, byte kind, Request template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Client.send(files.socket(), new Request(kind, new String[0], template.workingDir(), template.env(),
                    false, template.home(), template.userHome()), out, java.io.OutputStream.nullOutputStream());
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Starts {@link DaemonMain} detached from this terminal (its own session: Ctrl-C and hang-up
     * here do not reach it), with its output in the log beside the socket. Failing to start one
     * costs only speed, so problems are written to the log, never to the user.
     */
    static void startInBackground(DaemonFiles files) {
        try {
            files.createDir(PrivateFiles.OF_THIS_USER);
            Path code = DaemonFiles.code();
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
                command.add("/usr/bin/setsid");
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx512m"); // long-lived: the optimising compiler is welcome, within the heap the CLI allows
            command.add("-XX:+UseSerialGC");
            command.add("-Xshare:auto");
            // the class-data archive the launcher chose for this client (bin/regeltjek decides it, once)
            String archive = System.getProperty(CDS_ARCHIVE);
            if (archive != null && !archive.isEmpty()) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            String home = System.getProperty("regeltjek.home");
            if (home != null) {
                command.add("-Dregeltjek.home=" + home);
            }
            command.add("-cp");
            command.add(code.toString());
            command.add(DaemonMain.class.getName());
            command.add(files.socket().toString());
            new ProcessBuilder(command)
                    .redirectInput(new File("/dev/null"))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(files.log().toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (DaemonFiles.Untrusted e) {
            // nothing is written in a folder that may be someone else's; daemon status says why
        } catch (IOException | RuntimeException e) {
            note(files, "cannot start the daemon: " + e);
        }
    }

    /** Adds a line to the daemon's log, which only a private folder gets: the user's terminal stays as in-process. */
    static void note(DaemonFiles files, String line) {
        try {
            if (Files.isDirectory(files.dir) && files.problem(PrivateFiles.OF_THIS_USER) == null) {
                Files.writeString(files.log(), java.time.Instant.now() + " " + line + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException ignored) {
            // nowhere left to say it; the command still runs in-process
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
