package dk.regeltjek.rules;

import dk.regeltjek.model.Amount;
import dk.regeltjek.model.Values;
import java.math.BigDecimal;

/**
 * Numbers with their unit, printed the Danish way in messages and explanations: {@code kr(20000000)}
 * is "20.000.000 kr.", {@code pct(25)} "25 %", {@code antal(1, "projekt", "projekter")} "1 projekt".
 * Each returns an {@link Amount}: it compares by value and prints with its unit.
 */
public final class Enheder {
    private Enheder() {
    }

    /** An amount in kroner: "20.000.000 kr.", "302.198,70 kr." (øre with two decimals). */
    public static Amount kr(Object tal) {
        return maengde(tal, "kr.");
    }

    /** A percentage: "25 %", "34,6 %". */
    public static Amount pct(Object tal) {
        return maengde(tal, "%");
    }

    /** A difference between two percentages: "0,028 procentpoint". */
    public static Amount procentpoint(Object tal) {
        return maengde(tal, "procentpoint");
    }

    /** A plain number without unit: "1.913.090", "0,75". */
    public static Amount tal(Object tal) {
        return maengde(tal, "");
    }

    /** A number with any unit: {@code maengde(50, "timer")} is "50 timer"; no unit when {@code enhed} is null. */
    public static Amount maengde(Object tal, String enhed) {
        BigDecimal number = Values.decimalOrNull(tal);
        if (number == null) {
            throw new IllegalArgumentException("ikke et tal: " + Values.format(tal));
        }
        return new Amount(number, enhed);
    }

    /**
     * A count with its noun in the right number: {@code antal(1, "projekt", "projekter")} is
     * "1 projekt", {@code antal(6, "projekt", "projekter")} "6 projekter", {@code antal(0, …)} "0 projekter".
     */
    public static Amount antal(Object antal, String ental, String flertal) {
        BigDecimal number = Values.decimalOrNull(antal);
        if (number == null) {
            throw new IllegalArgumentException("ikke et antal: " + Values.format(antal));
        }
        return new Amount(number, number.compareTo(BigDecimal.ONE) == 0 ? ental : flertal);
    }
}
