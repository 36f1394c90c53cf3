package dk.regeltjek.report;

import dk.regeltjek.model.Status;

/** Danish labels with the right number: 1 sag / 2 sager, 1 kriterium / 2 kriterier. */
public final class Danish {
    private Danish() {
    }

    /** A noun with its singular and plural (indefinite) forms. */
    public enum Noun {
        SAG("sag", "sager"),
        KRITERIUM("kriterium", "kriterier"),
        UDFALD("udfald", "udfald"),
        REGEL("regel", "regler"),
        PROBLEM("problem", "problemer"),
        EMNE("emne", "emner"),
        FIL("fil", "filer");

        private final String singular;
        private final String plural;

        Noun(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }

        /** {@code 1 sag}, {@code 0 sager}, {@code 2 sager}. */
        public String count(long n) {
            return number(n) + " " + (n == 1 ? singular : plural);
        }

    }

    /**
     * A case's verdict for a count of cases: {@code opfyldt}, {@code ikke opfyldt},
     * {@code med advarsler}, {@code uafgjort} (the adjectives do not inflect after a number here).
     */
    public static String verdictLabel(Status status) {
        return status == Status.WARNING ? "med advarsler" : status.danish();
    }

    /** {@code 124 sager: 60 opfyldt, 10 med advarsler, 40 ikke opfyldt, 14 uafgjort} */
    public static String verdictCounts(long cases, java.util.function.ToLongFunction<Status> count) {
        return Noun.SAG.count(cases) + ": " + number(count.applyAsLong(Status.MET)) + " opfyldt, "
                + number(count.applyAsLong(Status.WARNING)) + " med advarsler, " + number(count.applyAsLong(Status.NOT_MET))
                + " ikke opfyldt, " + number(count.applyAsLong(Status.UNDETERMINED)) + " uafgjort";
    }

    /** A count as a Danish reader writes it: {@code 30.001}, {@code 1.000.000}. */
    public static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /** The symbol shown beside a status everywhere (never colour alone). */
    public static String symbol(Status status) {
        return switch (status) {
            case MET -> "✓";
            case NOT_MET -> "✗";
            case WARNING -> "!";
            case UNDETERMINED -> "?";
        };
    }
}
