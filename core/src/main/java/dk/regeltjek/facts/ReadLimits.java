package dk.regeltjek.facts;

/**
 * How much one read may hold, in one place. Each limit is far above any real case and low enough
 * that reading and checking the largest allowed input stays within the daemon's 512 MB heap and a
 * few seconds; past a limit the reader refuses with the limit and what to do instead.
 */
public final class ReadLimits {
    /** A YAML or JSON case file, checked before it is parsed; longer lists of rows belong in CSV files. */
    public static final long MAX_CASE_FILE_BYTES = 16L * 1024 * 1024;
    /** A CSV file, checked before it is parsed. */
    public static final long MAX_CSV_FILE_BYTES = 16L * 1024 * 1024;
    /** Rows of one CSV file, counted while reading: every row becomes a fact, so no more than a case may hold. */
    public static final int MAX_CSV_ROWS = 100_000;
    /** Facts of one case: the engine holds them all in one rule session. */
    public static final int MAX_FACTS_PER_CASE = 100_000;
    /** Values in a case file and its CSV files together, aliases counted as written out: bounds the memory of the read. */
    public static final int MAX_VALUES_PER_FILE = 1_000_000;
    /** Characters of one value; Jackson enforces it for JSON and CSV while reading. */
    public static final int MAX_TEXT_LENGTH = 100_000;
    /** Characters of one line of YAML, checked before parsing: SnakeYAML's scanning time grows with the square of a long run of text. */
    public static final int MAX_YAML_LINE_LENGTH = 100_000;
    /** Mappings and lists inside each other; a case needs four or five. */
    public static final int MAX_NESTING_DEPTH = 64;

    private ReadLimits() {
    }

    /** {@code 16777216} → "16 MB", for messages. */
    static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** {@code 100000} → "100,000", for messages. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
