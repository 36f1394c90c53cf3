package dk.regeltjek.cli;

import dk.regeltjek.report.Command;
import dk.regeltjek.report.Format;
import dk.regeltjek.report.Reporters;
import java.util.Iterator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format} per command, from the reporter registry: the completion candidates and help
 * list only what the command writes, and any other format is refused naming those it can.
 */
final class Formats {
    private Formats() {
    }

    /** Parses a format for {@code command}, refusing one it cannot write. */
    abstract static class Converter implements ITypeConverter<Format> {
        private final Command command;

        Converter(Command command) {
            this.command = command;
        }

        @Override
        public Format convert(String text) {
            Format format = Format.fromKey(text.trim().toLowerCase(java.util.Locale.ROOT));
            if (format == null) {
                throw new TypeConversionException("'" + text + "' is not a format; " + command.key() + " writes "
                        + String.join(", ", keys(command)));
            }
            if (!Reporters.writes(command, format)) {
                throw new TypeConversionException(Reporters.refusal(command, format));
            }
            return format;
        }
    }

    /** The formats {@code command} writes, for help and shell completion. */
    abstract static class Candidates implements Iterable<String> {
        private final Command command;

        Candidates(Command command) {
            this.command = command;
        }

        @Override
        public Iterator<String> iterator() {
            return keys(command).iterator();
        }
    }

    static java.util.List<String> keys(Command command) {
        return Reporters.formats(command).stream().map(Format::key).toList();
    }

    static final class Run extends Converter {
        Run() {
            super(Command.RUN);
        }
    }

    static final class Test extends Converter {
        Test() {
            super(Command.TEST);
        }
    }

    static final class Compare extends Converter {
        Compare() {
            super(Command.COMPARE);
        }
    }

    static final class Packs extends Converter {
        Packs() {
            super(Command.PACKS);
        }
    }

    static final class RunCandidates extends Candidates {
        RunCandidates() {
            super(Command.RUN);
        }
    }

    static final class TestCandidates extends Candidates {
        TestCandidates() {
            super(Command.TEST);
        }
    }

    static final class CompareCandidates extends Candidates {
        CompareCandidates() {
            super(Command.COMPARE);
        }
    }

    static final class PacksCandidates extends Candidates {
        PacksCandidates() {
            super(Command.PACKS);
        }
    }
}
