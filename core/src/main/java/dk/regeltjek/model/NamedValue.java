package dk.regeltjek.model;

import dk.regeltjek.model.Amount;
import dk.regeltjek.model.Values;
import java.math.BigDecimal;

/**
 * A value a rule compared, with its label. {@link #text()} is the value as the explanation prints
 * it (formatted when asked, so checks that are never rendered do not pay for it); {@link #value()}
 * is the plain form JSON carries: numbers stay numbers, everything else is text.
 */
public record NamedValue(String label, Object raw) {

    public String text() {
        return Values.format(raw);
    }

    public Object value() {
        if (raw instanceof Amount a) {
            return a.getValue();
        }
        if (raw instanceof BigDecimal || raw instanceof Integer || raw instanceof Long || raw instanceof Boolean) {
            return raw;
        }
        return text();
    }
}
