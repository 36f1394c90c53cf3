package dk.regeltjek.model;

/** Danish wording that depends on a number: "1 sag", "2 sager". */
public final class Danish {
    private Danish() {
    }

    /** {@code n} and the noun in the form the number takes: {@code count(1, "sag", "sager")} is "1 sag", 0 and 2 take "sager". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
