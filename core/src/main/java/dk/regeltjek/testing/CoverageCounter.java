package dk.regeltjek.testing;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Status;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects, case by case, what the examples of each pack exercised; then gives each pack's {@link PackCoverage}. */
public final class CoverageCounter {
    private final Map<String, Set<String>> firedByPack = new HashMap<>();
    private final Map<String, Map<String, Set<Status>>> seenByPack = new HashMap<>();

    public void add(CaseResult result) {
        String pack = result.info().pack();
        firedByPack.computeIfAbsent(pack, p -> new HashSet<>()).addAll(result.firedRules());
        Map<String, Set<Status>> seen = seenByPack.computeIfAbsent(pack, p -> new HashMap<>());
        for (OutcomeRecord o : result.outcomes()) {
            seen.computeIfAbsent(o.criterion(), c -> EnumSet.noneOf(Status.class)).add(o.status());
        }
    }

    /** The coverage of {@code pack}, given all its rules and criteria. */
    public PackCoverage coverage(String pack, List<RuleInfo> rules, List<String> criteria) {
        Set<String> fired = firedByPack.getOrDefault(pack, Set.of());
        List<RuleInfo> unfired = rules.stream().filter(r -> !fired.contains(r.name())).toList();
        Map<String, Set<Status>> seen = new LinkedHashMap<>();
        Map<String, Set<Status>> all = seenByPack.getOrDefault(pack, Map.of());
        for (String criterion : criteria) {
            seen.put(criterion, Set.copyOf(all.getOrDefault(criterion, Set.of())));
        }
        return new PackCoverage(pack, List.copyOf(rules), unfired, List.copyOf(criteria), seen);
    }
}
