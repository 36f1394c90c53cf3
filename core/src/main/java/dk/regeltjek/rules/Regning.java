package dk.regeltjek.rules;

import dk.regeltjek.facts.Numbers;
import dk.regeltjek.model.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arithmetic the documents do: sums and products, shares, exact fractions, whole thousands, the
 * numbers in the document's table cells, and totals checked against their rows with a tolerance.
 * A missing number (null) is never taken as 0: a sum with a missing part is missing.
 */
public final class Regning {
    /** The number a cell starts with, as the document writes it: digits, dots, and a decimal comma. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^-?[0-9][0-9.]*(,[0-9]+)?");
    private static final BigDecimal HUNDREDE = BigDecimal.valueOf(100);
    private static final BigDecimal TUSIND = BigDecimal.valueOf(1000);

    private Regning() {
    }

    /** The sum of the numbers given (amounts count by value); null when one of them is missing. */
    public static BigDecimal sum(Object... tal) {
        BigDecimal total = BigDecimal.ZERO;
        for (Object value : tal) {
            BigDecimal number = Values.decimalOrNull(value);
            if (number == null) {
                return null;
            }
            total = total.add(number);
        }
        return total;
    }

    /** The sum of a list of numbers (a column of a table); null when one of them is missing. */
    public static BigDecimal sumAf(Collection<?> tal) {
        return sum(tal.toArray());
    }

    /** The product of the numbers given: {@code gange(organisationer, timer, timepris)}; null when one is missing. */
    public static BigDecimal gange(Object... tal) {
        BigDecimal product = BigDecimal.ONE;
        for (Object value : tal) {
            BigDecimal number = Values.decimalOrNull(value);
            if (number == null) {
                return null;
            }
            product = product.multiply(number);
        }
        return product;
    }

    /** {@code taeller ÷ naevner} kept exact (see {@link Broek}): a share by population, a percentage of an amount. */
    public static Broek broek(Object taeller, Object naevner) {
        return new Broek(Broek.af(taeller).taeller(), Broek.af(naevner).taeller());
    }

    /** {@code del} as a percentage of {@code helhed}, two decimals, half up; null when helhed is 0 or missing. */
    public static BigDecimal andel(Object del, Object helhed) {
        return Values.share(del, helhed);
    }

    /** {@code tal} rounded half up to {@code decimaler}, without trailing zeros: 302198.7049 → 302198.7 (shown 302.198,70 kr.). */
    public static BigDecimal afrundet(Object tal, int decimaler) {
        BigDecimal number = tal instanceof Broek b ? b.vaerdi() : Values.decimalOrNull(tal);
        if (number == null) {
            throw new IllegalArgumentException("ikke et tal: " + Values.format(tal));
        }
        return number.setScale(decimaler, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Whether {@code angivet} is within {@code tolerance} of {@code beregnet} (a number or an exact {@link Broek}). */
    public static boolean indenFor(Object angivet, Object beregnet, Object tolerance) {
        return Broek.af(beregnet).indenFor(Broek.af(angivet).vaerdi(), Broek.af(tolerance).vaerdi());
    }

    /** True when {@code tal} is missing or 0: nothing to divide by. */
    public static boolean erNul(Object tal) {
        BigDecimal number = Values.decimalOrNull(tal);
        return number == null || number.signum() == 0;
    }

    /** True for a whole number (no fraction): a loan written in the form's unit "i hele 1.000 kr." as 1500, not 1500,5; false when missing. */
    public static boolean erHeltal(Object tal) {
        BigDecimal number = Values.decimalOrNull(tal);
        return number != null && number.stripTrailingZeros().scale() <= 0;
    }

    /** True for a whole number of thousands: a loan "i hele 1.000 kr." of 20.000.000 kr. */
    public static boolean heleTusinder(Object kr) {
        BigDecimal number = Values.decimalOrNull(kr);
        return number != null && number.remainder(TUSIND).signum() == 0;
    }

    /** {@code toleranceKr} for amounts in kr.; 0 for any other unit (indbyggere, antal, årsværk must add up exactly). */
    public static BigDecimal toleranceForEnhed(String enhed, BigDecimal toleranceKr) {
        return "kr.".equals(enhed == null ? "kr." : enhed.trim()) ? toleranceKr : BigDecimal.ZERO;
    }

    /**
     * The number a table cell of the document starts with, read by the one rule for Danish numbers
     * ({@link Numbers#parseDanish}: a dot groups thousands in threes, the comma is the decimal mark),
     * so "166.666,67" is 166666.67, "1.500" is 1500 and "0,1 ÅV Kvartalsopgave" is 0.1. Where the
     * document itself writes a decimal point that cannot group thousands — "2.5" at L1663 — the dot is
     * read as the decimal point the document means ({@link Numbers#showsDecimalPoint}), since a cell is
     * copied as the document has it, never corrected. A cell that does not start with a number ("-",
     * "Er finansieret i regi af SSL-aftalen") gives null: it does not count in a sum.
     */
    public static BigDecimal talICelle(Object celle) {
        if (celle == null) {
            return null;
        }
        if (celle instanceof Number || celle instanceof dk.regeltjek.model.Amount) {
            return Values.decimalOrNull(celle);
        }
        Matcher m = LEADING_NUMBER.matcher(celle.toString().strip());
        if (!m.find()) {
            return null;
        }
        String number = m.group();
        while (number.endsWith(".")) { // "1.500." at the end of a sentence
            number = number.substring(0, number.length() - 1);
        }
        try {
            return Numbers.parseDanish(number);
        } catch (Numbers.Refusal refused) {
            if (Numbers.showsDecimalPoint(number)) {
                return Numbers.parseWithDecimalPoint(number);
            }
            throw new IllegalArgumentException("cellen \"" + celle + "\" er ikke et dansk tal"
                    + (refused.hint() == null ? "" : " (" + refused.hint() + ")"), refused);
        }
    }

    /**
     * One field of the rows of a table, summed, to hold against a stated total: {@code hvad} names
     * it in "ikke kontrolleret" ("beløbet"), {@code uden} the rows that lack it ("uden beløb").
     */
    public static Kolonne kolonne(Collection<?> raekker, String felt, String hvad, String uden) {
        List<Object> values = Felter.column(raekker, felt);
        return new Kolonne(values.size(), sumAf(values), (int) values.stream().filter(v -> v == null).count(), hvad, uden);
    }

    /**
     * The facts ranked by criteria in priority order (see {@link Rangorden}): {@code
     * rangorden($kandidater).lavestFoerst("trin", "koordinering").hoejestFoerst("andel", "andel til andre
     * kommuner").vedLighed("navn", false)}, then {@code plads(k)}, {@code plads(k, "andel")}, {@code lige(k)}.
     */
    public static Rangorden rangorden(Collection<?> fakta) {
        return new Rangorden(fakta);
    }

    /**
     * The shortfall of {@code realiseret} against {@code maaltal} (see {@link Maalafvigelse}); in
     * percentage points instead of relative when {@code iProcentpoint} and the goal's {@code enhed} is "%".
     */
    public static Maalafvigelse maalafvigelse(BigDecimal maaltal, BigDecimal realiseret, String enhed, boolean iProcentpoint) {
        return new Maalafvigelse(maaltal, realiseret, enhed, iProcentpoint);
    }

    /**
     * The number of {@code af} that a threshold requires, as statutes word it (the threshold named as
     * an enum constant or text): MERE_END_HALVDELEN of 12 is 7, MINDST_HALVDELEN 6, MINDST_TO_TREDJEDELE
     * 8; ANTAL is {@code antal} itself (a fixed number).
     */
    public static int kraevetAntal(Object taerskel, int antal, int af) {
        return switch (String.valueOf(taerskel)) {
            case "MERE_END_HALVDELEN" -> af / 2 + 1;
            case "MINDST_HALVDELEN" -> (af + 1) / 2;
            case "MINDST_TO_TREDJEDELE" -> (2 * af + 2) / 3;
            case "ANTAL" -> antal;
            default -> throw new IllegalArgumentException("ukendt tærskel \"" + taerskel
                    + "\"; brug MERE_END_HALVDELEN, MINDST_HALVDELEN, MINDST_TO_TREDJEDELE eller ANTAL");
        };
    }

    /**
     * Counts {@code fakta} (members) by the value of {@code felt} (whom each represents), to hold
     * against prescribed seats with {@link Optaelling#krav}; a fact without the field is listed as
     * not given (by its {@code navn}).
     */
    public static Optaelling optael(Collection<?> fakta, String felt) {
        return new Optaelling(fakta, felt);
    }

    /** An empty list of totals to check; add each with {@link Totaler#kontroller}. */
    public static Totaler totaler() {
        return new Totaler();
    }

    /**
     * The totals of a table, each to be the sum of its parts: every total row (a row the other rows
     * name in {@code indgaarI}) in every column, and — when the table names a {@code totalKolonne} —
     * that column in every row as the sum of the row's other columns. The table fact is read through
     * its fields {@code navn}, {@code kolonner} and {@code totalKolonne}; each row through {@code navn},
     * {@code linje}, {@code vaerdier} (the cells, read with {@link #talICelle}) and {@code indgaarI}.
     * Cells without a number do not count; a total without a number is not checked.
     */
    public static Totaler tabeltotaler(Object tabel, Collection<?> raekker, String enhed, BigDecimal tolerance) {
        return Tabeltotaler.of(tabel, raekker, enhed, tolerance);
    }
}
