package dk.regeltjek.rules;

import dk.regeltjek.model.Amount;
import dk.regeltjek.model.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How far a realised figure falls short of its target ("Gul: 10% afvigelse, Rød: over 10%
 * afvigelse"): relative to the target, or — for a goal in percent, when the pack says so — in
 * percentage points. Decided exactly, without division; shown rounded up, so a shortfall just over
 * the limit never shows as the limit itself. Made with {@link Regning#maalafvigelse}.
 */
public final class Maalafvigelse {
    private static final BigDecimal HUNDREDE = BigDecimal.valueOf(100);
    private final BigDecimal maaltal;
    private final BigDecimal realiseret;
    private final String enhed;
    private final boolean procentpoint;

    Maalafvigelse(BigDecimal maaltal, BigDecimal realiseret, String enhed, boolean procentpoint) {
        this.maaltal = maaltal;
        this.realiseret = realiseret;
        this.enhed = enhed == null ? "" : enhed.trim();
        this.procentpoint = procentpoint && "%".equals(this.enhed);
    }

    /** The target is met: the realised figure is at least the target (a result above target is met too). */
    public boolean erNaaet() {
        return realiseret.compareTo(maaltal) >= 0;
    }

    /** The shortfall is at most {@code graense} (percent of the target, or percentage points). */
    public boolean hoejst(Object graense) {
        BigDecimal limit = Values.decimalOrNull(graense);
        BigDecimal shortfall = maaltal.subtract(realiseret);
        return procentpoint ? shortfall.compareTo(limit) <= 0
                : shortfall.multiply(HUNDREDE).compareTo(limit.multiply(maaltal)) <= 0;
    }

    /** The shortfall as shown: "11,43 %" (rounded up), "8 procentpoint", or in the goal's unit when the target is 0. */
    public Amount vist() {
        BigDecimal shortfall = maaltal.subtract(realiseret);
        if (procentpoint) {
            return Enheder.procentpoint(shortfall);
        }
        if (maaltal.signum() == 0) {
            return Enheder.maengde(shortfall, enhed);
        }
        return Enheder.pct(shortfall.multiply(HUNDREDE).divide(maaltal, 2, RoundingMode.UP));
    }

    /** The limit in the same terms: "10 %" or "10 procentpoint". */
    public String graense(Object graense) {
        return Values.format(Values.decimalOrNull(graense)) + (procentpoint ? " procentpoint" : " %");
    }

    /** "realiseret 1.124 deltagere mod måltal 1.250 deltagere". */
    public String tekst() {
        return "realiseret " + Values.format(Enheder.maengde(realiseret, enhed)) + " mod måltal "
                + Values.format(Enheder.maengde(maaltal, enhed));
    }
}
