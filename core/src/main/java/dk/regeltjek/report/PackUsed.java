package dk.regeltjek.report;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import java.util.List;

/**
 * A rule pack as a report records it, so the decision can be re-run and audited: its content hash
 * (every file of the pack folder), the checksum of the source document it quotes, its criteria in
 * report order and its rules with their citations.
 */
public record PackUsed(String id, String title, String document, String contentHash, String sourceChecksum,
                       List<Criterion> criteria, List<RuleInfo> rules) {

    /** A criterion as reports show it; {@code derived}: a verdict derived from other criteria. */
    public record Criterion(String id, String title, String subject, boolean derived) {
    }

    public static PackUsed of(PackInfo pack, List<RuleInfo> rules) {
        List<Criterion> criteria = pack.criteria().values().stream()
                .map(c -> new Criterion(c.id(), c.title(), c.subject(), c.verdict())).toList();
        return new PackUsed(pack.id(), pack.title(), pack.document(), pack.contentHash(), pack.sourceChecksum(), criteria,
                List.copyOf(rules));
    }

    /** The criterion {@code id}, or null when the pack has none by that id. */
    public Criterion criterion(String id) {
        for (Criterion c : criteria) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }

    /** The rules that decide the criterion {@code id}, in file order. */
    public List<RuleInfo> rulesOf(String id) {
        return rules.stream().filter(r -> id.equals(r.criterion())).toList();
    }
}
