package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import java.util.LinkedHashMap;
import java.util.Map;

/** The verdicts counted as cases stream past, in all and per pack (in the order packs are first met). */
public final class VerdictTally {
    private Verdicts verdicts = Verdicts.NONE;
    private final Map<String, Verdicts> byPack = new LinkedHashMap<>();

    public void add(CaseResult result) {
        verdicts = verdicts.plus(result.verdict());
        byPack.merge(result.info().pack(), Verdicts.NONE.plus(result.verdict()), (a, b) -> a.plus(result.verdict()));
    }

    public Verdicts verdicts() {
        return verdicts;
    }

    public Map<String, Verdicts> byPack() {
        return new LinkedHashMap<>(byPack);
    }

    public int cases() {
        return verdicts.total();
    }
}
