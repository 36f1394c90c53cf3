package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of a dated log with the sums of a numerator (tæller, e.g. hours worked at home) and a
 * denominator (nævner, e.g. all hours worked) over it. Made by {@link Datoer#perioder}.
 */
public final class Periode {
    private static final BigDecimal HUNDREDE = BigDecimal.valueOf(100);
    private final LocalDate fra;
    private final LocalDate til;
    private final BigDecimal taeller;
    private final BigDecimal naevner;

    public Periode(LocalDate fra, LocalDate til, BigDecimal taeller, BigDecimal naevner) {
        this.fra = fra;
        this.til = til;
        this.taeller = taeller;
        this.naevner = naevner;
    }

    /** The first day. */
    public LocalDate getFra() {
        return fra;
    }

    /** The last day, inclusive. */
    public LocalDate getTil() {
        return til;
    }

    /** The sum of the numerator fields over the period (e.g. hours at home). */
    public BigDecimal getTaeller() {
        return taeller;
    }

    /** The sum of the denominator fields over the period (e.g. all hours worked). */
    public BigDecimal getNaevner() {
        return naevner;
    }

    /** The numerator as a percentage of the denominator, two decimals; null when the denominator is 0. */
    public BigDecimal getAndel() {
        return Values.share(taeller, naevner);
    }

    /** Whether there is something to divide by (a period without working time has no share). */
    public boolean erOpgjort() {
        return naevner.signum() > 0;
    }

    /** Exactly, without rounding: tæller ÷ nævner is more than {@code graensePct} percent. */
    public boolean erOver(Object graensePct) {
        BigDecimal limit = Values.decimalOrNull(graensePct);
        return erOpgjort() && taeller.multiply(HUNDREDE).compareTo(limit.multiply(naevner)) > 0;
    }

    /** "01/01/2025–31/03/2025". */
    public String tekst() {
        return Values.format(fra) + "–" + Values.format(til);
    }

    /** "10 af 20 timer": the numerator of the denominator, in {@code enhed}. */
    public String delAf(String enhed) {
        return Values.format(taeller) + " af " + Values.format(naevner) + " " + enhed;
    }

    /** "01/01/2025–31/03/2025: 10 af 20 timer = 50 %". */
    public String beskrivelse(String enhed) {
        return tekst() + ": " + delAf(enhed) + " = " + Values.format(getAndel()) + " %";
    }

    @Override
    public String toString() {
        return tekst() + ": " + Values.format(taeller) + " / " + Values.format(naevner)
                + (getAndel() == null ? "" : " = " + Values.format(getAndel()) + " %");
    }
}
