package dk.regeltjek.testing;

import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well a pack's examples exercise it: which rules fired in at least one example, and which
 * criteria were seen both met and not met among the examples' outcomes (a criterion seen only met
 * has never been shown to fail — its "not met" side is untested).
 *
 * @param rules     every rule of the pack, in file order
 * @param unfired   the rules no example made fire
 * @param criteria  every criterion of the pack, in report order
 * @param seen      per criterion, the statuses its outcomes had in the examples
 */
public record PackCoverage(String pack, List<RuleInfo> rules, List<RuleInfo> unfired, List<String> criteria,
                           Map<String, Set<Status>> seen) {

    public int rulesFired() {
        return rules.size() - unfired.size();
    }

    /** The criteria seen both met and not met. */
    public List<String> criteriaOnBothSides() {
        return criteria.stream().filter(c -> bothSides(seen.getOrDefault(c, Set.of()))).toList();
    }

    /** The criteria not yet seen both met and not met, with what was seen. */
    public List<String> criteriaOnOneSide() {
        return criteria.stream().filter(c -> !bothSides(seen.getOrDefault(c, Set.of()))).toList();
    }

    private static boolean bothSides(Set<Status> statuses) {
        return statuses.contains(Status.MET) && statuses.contains(Status.NOT_MET);
    }

    /** Share of the rules that fired, in percent, rounded down to one decimal (100 for a pack without rules). */
    public BigDecimal rulesPercent() {
        return percent(rulesFired(), rules.size());
    }

    /** Share of the criteria seen on both sides, in percent, rounded down to one decimal. */
    public BigDecimal criteriaPercent() {
        return percent(criteriaOnBothSides().size(), criteria.size());
    }

    /** Whether either share is below {@code minimum} percent (compared exactly, not rounded). */
    public boolean below(int minimum) {
        return rulesFired() * 100L < (long) minimum * rules.size()
                || criteriaOnBothSides().size() * 100L < (long) minimum * criteria.size();
    }

    private static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.valueOf(100).setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN);
    }
}
