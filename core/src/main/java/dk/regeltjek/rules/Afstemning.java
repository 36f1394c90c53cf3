package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;

/**
 * A stated figure reconciled with the computed one (see {@link Outcome#afstem}). Decided exactly
 * ({@link Broek#indenFor}); shown rounded — two decimals, three for percentages.
 */
final class Afstemning {
    private Afstemning() {
    }

    static Outcome paa(Outcome o, String hvem, Object angivetTal, Object beregnetTal, String enhed, Object toleranceTal,
                       String regnestykke) {
        BigDecimal angivet = Broek.af(angivetTal).taeller();
        Broek beregnet = Broek.af(beregnetTal);
        BigDecimal tolerance = Broek.af(toleranceTal).taeller();
        int decimals = "%".equals(enhed) ? 3 : 2;
        BigDecimal shown = beregnet.afrundet(decimals);
        boolean within = beregnet.indenFor(angivet, tolerance);
        BigDecimal difference = shownDifference(angivet, beregnet.vaerdi(), decimals, tolerance, within);
        String differenceUnit = Total.differenceEnhed(enhed);
        o.vaerdi("angivet", Enheder.maengde(angivet, enhed))
                .vaerdi("beregnet", Enheder.maengde(shown, enhed))
                .vaerdi("difference", Enheder.maengde(difference, differenceUnit))
                .vaerdi("tolerance", Enheder.maengde(tolerance, differenceUnit));
        String text = hvem + ": angivet " + format(angivet, enhed) + ", beregnet " + format(shown, enhed) + " ("
                + regnestykke + "), difference " + format(difference, differenceUnit) + " – "
                + toleranceText(within, tolerance, differenceUnit);
        return within ? o.opfyldt(text) : o.ikkeOpfyldt(text);
    }

    /**
     * Stated − the computed figure as shown. Should that land on the other side of the tolerance than
     * the exact decision (a share right at the edge), it is shown with six decimals instead.
     */
    private static BigDecimal shownDifference(BigDecimal stated, BigDecimal computed, int decimals, BigDecimal tolerance,
                                              boolean within) {
        BigDecimal d = stated.subtract(Regning.afrundet(computed, decimals));
        if ((d.abs().compareTo(tolerance) <= 0) != within) {
            d = stated.subtract(Regning.afrundet(computed, 6));
        }
        return d.stripTrailingZeros();
    }

    private static String toleranceText(boolean within, BigDecimal tolerance, String unit) {
        if (tolerance.signum() == 0) {
            return within ? "stemmer" : "stemmer ikke";
        }
        return (within ? "inden for" : "mere end") + " tolerancen på " + format(tolerance, unit);
    }

    private static String format(BigDecimal value, String unit) {
        return Values.format(Enheder.maengde(value, unit));
    }
}
