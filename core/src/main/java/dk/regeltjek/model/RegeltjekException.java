package dk.regeltjek.model;

import java.util.List;
import java.util.stream.Collectors;

/** Input or rules that cannot be checked; carries every problem found, sorted by location. */
public class RegeltjekException extends RuntimeException {

    /** What was wrong: the case files or the rule packs. */
    public enum Kind { BAD_INPUT, BAD_RULES }

    private final Kind kind;
    private final List<Problem> problems;

    public RegeltjekException(Kind kind, List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.kind = kind;
        this.problems = problems.stream().sorted().toList();
    }

    public static RegeltjekException badInput(SourceLocation where, String message, String hint) {
        return new RegeltjekException(Kind.BAD_INPUT, List.of(new Problem(where, message, hint)));
    }

    public static RegeltjekException badRules(SourceLocation where, String message, String hint) {
        return new RegeltjekException(Kind.BAD_RULES, List.of(new Problem(where, message, hint)));
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }
}
