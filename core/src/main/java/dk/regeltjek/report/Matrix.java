package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The results of a pack as a table: one row per subject of each case (a project, an application),
 * one column per criterion in the pack's order, each cell the outcomes of that criterion for that
 * subject. The HTML report and the GitHub job summary draw it.
 */
final class Matrix {

    /** One subject of one case; {@code subject} is null for outcomes about no particular fact. */
    record Row(CaseResult result, FactRef subject, Map<String, List<OutcomeRecord>> cells) {

        /** Every status in the row, for filtering. */
        Set<Status> statuses() {
            Set<Status> statuses = new LinkedHashSet<>();
            cells.values().forEach(outcomes -> outcomes.forEach(o -> statuses.add(o.status())));
            return statuses;
        }
    }

    /** A pack's table; {@code pack} is null when the report does not know the pack. */
    record Table(String packId, PackUsed pack, List<String> criteria, List<Row> rows) {

        String title(String criterion) {
            PackUsed.Criterion c = pack == null ? null : pack.criterion(criterion);
            return c == null ? criterion : c.title();
        }
    }

    private Matrix() {
    }

    /** One table per pack, in the order the packs were first met. */
    static List<Table> of(List<CaseResult> results, Provenance provenance) {
        Map<String, List<CaseResult>> byPack = new LinkedHashMap<>();
        results.forEach(r -> byPack.computeIfAbsent(r.info().pack(), k -> new ArrayList<>()).add(r));
        List<Table> tables = new ArrayList<>();
        byPack.forEach((packId, packResults) -> tables.add(table(packId, provenance.pack(packId), packResults)));
        return tables;
    }

    private static Table table(String packId, PackUsed pack, List<CaseResult> results) {
        Set<String> criteria = new LinkedHashSet<>();
        if (pack != null) {
            pack.criteria().forEach(c -> criteria.add(c.id()));
        }
        List<Row> rows = new ArrayList<>();
        for (CaseResult result : results) {
            Map<String, Row> bySubject = new LinkedHashMap<>();
            for (OutcomeRecord o : result.outcomes()) {
                criteria.add(o.criterion());
                String key = o.subject() == null ? "" : o.subject().type() + "\u0000" + o.subject().name();
                bySubject.computeIfAbsent(key, k -> new Row(result, o.subject(), new LinkedHashMap<>())).cells()
                        .computeIfAbsent(o.criterion(), c -> new ArrayList<>()).add(o);
            }
            rows.addAll(bySubject.values());
        }
        return new Table(packId, pack, List.copyOf(criteria), rows);
    }

    /** The most severe status of a cell's outcomes (a cell may hold several, e.g. one per year). */
    static Status worst(List<OutcomeRecord> outcomes) {
        Status worst = null;
        for (OutcomeRecord o : outcomes) {
            if (worst == null || o.status().severity() > worst.severity()) {
                worst = o.status();
            }
        }
        return worst;
    }
}
