package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A computed figure kept exact as tæller ÷ nævner, so a check never depends on how a division was
 * rounded: 525.000 × 660.692 ÷ 1.912.998 is compared with the stated share as
 * |angivet × nævner − tæller| ≤ tolerance × nævner. Made with {@link Regning#broek}.
 */
public record Broek(BigDecimal taeller, BigDecimal naevner) {
    public Broek {
        if (taeller == null || naevner == null || naevner.signum() == 0) {
            throw new IllegalArgumentException("en brøk skal have en tæller og en nævner, der ikke er 0");
        }
    }

    /** The value with ten decimals (for display, round it further with {@link #afrundet}). */
    public BigDecimal vaerdi() {
        return taeller.divide(naevner, 10, RoundingMode.HALF_UP);
    }

    /** The value rounded half up to {@code decimaler}, without trailing zeros. */
    public BigDecimal afrundet(int decimaler) {
        return Regning.afrundet(vaerdi(), decimaler);
    }

    /** Whether {@code angivet} is within {@code tolerance} of the exact value: no rounding involved. */
    public boolean indenFor(BigDecimal angivet, BigDecimal tolerance) {
        return angivet.multiply(naevner).subtract(taeller).abs().compareTo(tolerance.multiply(naevner.abs())) <= 0;
    }

    /** The exact fraction of a number. */
    static Broek af(Object tal) {
        if (tal instanceof Broek b) {
            return b;
        }
        BigDecimal number = Values.decimalOrNull(tal);
        if (number == null) {
            throw new IllegalArgumentException("ikke et tal: " + Values.format(tal));
        }
        return new Broek(number, BigDecimal.ONE);
    }

    @Override
    public String toString() {
        return Values.format(taeller) + " ÷ " + Values.format(naevner);
    }
}
