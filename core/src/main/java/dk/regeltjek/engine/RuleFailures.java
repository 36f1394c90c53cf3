package dk.regeltjek.engine;

import dk.regeltjek.model.CaseInfo;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.SourceLocation;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kie.api.runtime.rule.ConsequenceException;

/** A session that went wrong, as a located problem: the rule that failed, looped or ran too long, and the case. */
final class RuleFailures {
    /** A condition that fails names its rule only in the exception text ("… in [Rule "x" in file]"). */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

    private RuleFailures() {
    }

    static RegeltjekException ruleFailed(CompiledPack pack, FiringRecorder recorder, CaseInfo info, RuntimeException e) {
        String rule = e instanceof ConsequenceException c ? c.getMatch().getRule().getName() : ruleNamedIn(e, recorder);
        Throwable root = e instanceof ConsequenceException && e.getCause() != null ? e.getCause() : e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return RegeltjekException.badRules(location(pack, rule), "rule \"" + rule + "\" failed on the case at "
                + info.location() + ": " + message.replaceAll("\\s+", " "),
                "check the rule against this case's values and the pack's parameters; a field that may be missing needs "
                        + "`field != null` in the condition, or @required in its declaration");
    }

    static RegeltjekException looped(CompiledPack pack, FiringRecorder recorder, CaseInfo info, int limit) {
        String busiest = recorder.busiestRules(3).stream()
                .map(e -> "\"" + e.getKey() + "\" (" + location(pack, e.getKey()) + ") " + e.getValue() + "×")
                .collect(Collectors.joining(", "));
        return RegeltjekException.badRules(location(pack, recorder.busiestRule()), "the rules fired " + limit
                + " times for the case at " + info.location() + " and were stopped; rules that fired most: " + busiest,
                "a rule that modifies or inserts a fact it matches loops: add a guard or no-loop");
    }

    /** {@code rule} is the rule that was firing when time ran out, or null when it is not known. */
    static RegeltjekException timedOut(CompiledPack pack, CaseInfo info, String rule, Duration timeout) {
        return RegeltjekException.badRules(rule == null ? SourceLocation.of(info.location().file()) : location(pack, rule),
                "the rules ran longer than " + seconds(timeout) + " for the case at " + info.location()
                        + (rule == null ? "" : "; the rule firing last was \"" + rule + "\"") + ", and were stopped",
                "a rule that repeats work for every fact (an accumulate or loop per row) grows with the square of the "
                        + "case's size: rewrite it, or allow more time with --timeout");
    }

    static RegeltjekException outOfMemory(CaseInfo info) {
        return RegeltjekException.badInput(info.location(), "the case needs more memory than the checker has (at most "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)",
                "split the case into smaller ones, or give Java more memory (REGELTJEK_JAVA_OPTS=-Xmx2g)");
    }

    private static String ruleNamedIn(Throwable e, FiringRecorder recorder) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = RULE_IN_MESSAGE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return recorder.busiestRule();
    }

    private static String seconds(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    static SourceLocation location(CompiledPack pack, String ruleName) {
        RuleInfo rule = ruleName == null ? null : pack.rules.get(ruleName);
        return rule == null ? SourceLocation.of("rules") : new SourceLocation(rule.file(), rule.line(), 0);
    }
}
