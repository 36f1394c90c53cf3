package dk.regeltjek.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A number with a unit ("kr.", "%", "timer"), printed the Danish way: 20.000.000 kr. */
public final class Amount implements Comparable<Amount> {
    private final BigDecimal value;
    private final String unit;

    public Amount(BigDecimal value, String unit) {
        this.value = Objects.requireNonNull(value, "value");
        this.unit = unit == null ? "" : unit;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getUnit() {
        return unit;
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Amount a && a.value.compareTo(value) == 0 && a.unit.equals(unit);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), unit);
    }

    @Override
    public String toString() {
        return Values.format(this);
    }
}
