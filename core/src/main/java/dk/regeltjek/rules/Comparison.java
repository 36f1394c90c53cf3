package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;

/** The comparisons a rule can state, with the Danish words the explanation prints. */
public enum Comparison {
    OVER("over"),
    MINDST("mindst"),
    HOEJST("højst"),
    UNDER("under"),
    LIG("lig med"),
    SENEST("senest"),
    FOER("før"),
    EFTER("efter");

    private final String danish;

    Comparison(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    /** Whether {@code actual <op> limit}; numbers compare by value, dates and texts naturally. */
    public boolean holds(Object actual, Object limit) {
        int c = compare(actual, limit);
        return switch (this) {
            case OVER, EFTER -> c > 0;
            case MINDST -> c >= 0;
            case HOEJST, SENEST -> c <= 0;
            case UNDER, FOER -> c < 0;
            case LIG -> c == 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a == null || b == null) {
            throw new IllegalArgumentException("kan ikke sammenligne en manglende værdi (" + a + " / " + b + ")");
        }
        BigDecimal x = Values.decimalOrNull(a);
        BigDecimal y = Values.decimalOrNull(b);
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (a instanceof Comparable ca && a.getClass().isInstance(b)) {
            return ca.compareTo(b);
        }
        throw new IllegalArgumentException("kan ikke sammenligne " + Values.format(a) + " med " + Values.format(b));
    }
}
