package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;

/**
 * The comparisons a rule states, with the Danish words the explanation prints: {@code OVER} prints
 * "over", so "20.000.000 kr. er ikke over 20.000.000 kr.". Rules usually call the short forms on
 * {@link Outcome} ({@code .over(…)}, {@code .mindst(…)}); {@link Outcome#sammenlign} takes one of these.
 */
public enum Sammenligning {
    /** Strictly greater: "over 20 mio. kr." — exactly 20 mio. is not over. */
    OVER("over"),
    /** Greater or equal: "minimum 25 pct." — exactly 25 holds. */
    MINDST("mindst"),
    /** Less or equal: "højst 5". */
    HOEJST("højst"),
    /** Strictly less. */
    UNDER("under"),
    /** Equal by value (20 and 20,00 are equal). */
    LIG("lig med"),
    /** A date on or before: "senest den 15. maj 2024". */
    SENEST("senest"),
    /** A date or year strictly before: "inden 2028". */
    FOER("før"),
    /** A date or year strictly after. */
    EFTER("efter");

    private final String tekst;
    /** "grænse (over)": the label a comparison's limit is shown under. */
    private final String graenseEtiket;

    Sammenligning(String tekst) {
        this.tekst = tekst;
        this.graenseEtiket = "grænse (" + tekst + ")";
    }

    String graenseEtiket() {
        return graenseEtiket;
    }

    /** The Danish word the explanation prints: "over", "mindst", "højst", "lig med" … */
    public String tekst() {
        return tekst;
    }

    /** Whether {@code faktisk <sammenligning> graense}; numbers compare by value, dates and texts naturally. */
    public boolean holder(Object faktisk, Object graense) {
        int c = compare(faktisk, graense);
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
