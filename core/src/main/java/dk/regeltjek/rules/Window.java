package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One period of a dated log with the sums of a numerator and a denominator over it. */
public final class Window {
    private final LocalDate from;
    private final LocalDate to;
    private final BigDecimal numerator;
    private final BigDecimal denominator;

    public Window(LocalDate from, LocalDate to, BigDecimal numerator, BigDecimal denominator) {
        this.from = from;
        this.to = to;
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public LocalDate getFrom() {
        return from;
    }

    /** Inclusive. */
    public LocalDate getTo() {
        return to;
    }

    public BigDecimal getNumerator() {
        return numerator;
    }

    public BigDecimal getDenominator() {
        return denominator;
    }

    /** The numerator as a percentage of the denominator, two decimals; null when the denominator is 0. */
    public BigDecimal getShare() {
        return Values.share(numerator, denominator);
    }

    @Override
    public String toString() {
        return Values.format(from) + "–" + Values.format(to) + ": " + Values.format(numerator) + " / "
                + Values.format(denominator) + (getShare() == null ? "" : " = " + Values.format(getShare()) + " %");
    }
}
