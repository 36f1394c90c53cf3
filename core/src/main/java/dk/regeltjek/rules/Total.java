package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;

/**
 * A stated total held against the sum of its parts: where it stands (the document's line), what it
 * is, the stated and the summed figure, the unit, the tolerance and what was added ("29 rækker").
 */
public record Total(Integer linje, String hvad, BigDecimal angivet, BigDecimal beregnet, String enhed,
                    BigDecimal tolerance, String led) {

    /** Whether the stated total is within the tolerance of the sum. */
    public boolean stemmer() {
        return difference().abs().compareTo(tolerance) <= 0;
    }

    /** Stated − summed. */
    public BigDecimal difference() {
        return angivet.subtract(beregnet);
    }

    /** "L1140 Samlet, Kr./år": the line and what the total is. */
    public String navn() {
        return linje == null ? hvad : "L" + linje + " " + hvad;
    }

    /** "L1140 Samlet: angivet 1.833.333,33 kr., beregnet 1.933.333,35 kr. (summen af 16 rækker), difference -100.000,02 kr." */
    public String tekst() {
        return navn() + ": angivet " + Values.format(Enheder.maengde(angivet, enhed)) + ", beregnet "
                + Values.format(Enheder.maengde(beregnet, enhed)) + " (summen af " + led + "), difference "
                + Values.format(Enheder.maengde(difference(), differenceEnhed(enhed)));
    }

    /** The difference between two percentages is in percentage points. */
    static String differenceEnhed(String enhed) {
        return "%".equals(enhed) ? "procentpoint" : enhed;
    }
}
