package dk.regeltjek.cli;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.report.Verdicts;
import java.util.LinkedHashMap;
import java.util.Map;

/** The verdicts counted as cases stream past, in all and per pack (in the order packs are first met). */
final class Tally {
    private Verdicts verdicts = Verdicts.NONE;
    private final Map<String, Verdicts> byPack = new LinkedHashMap<>();

    void add(CaseResult result) {
        verdicts = verdicts.plus(result.verdict());
        byPack.merge(result.info().pack(), Verdicts.NONE.plus(result.verdict()), (a, b) -> a.plus(result.verdict()));
    }

    Verdicts verdicts() {
        return verdicts;
    }

    Map<String, Verdicts> byPack() {
        return new LinkedHashMap<>(byPack);
    }

    int cases() {
        return verdicts.total();
    }
}
