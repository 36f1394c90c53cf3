package dk.regeltjek.facts;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;

/** Counts the values one read builds (a case file and its CSV files) against {@link ReadLimits#MAX_VALUES_PER_FILE}. */
final class ReadBudget {
    private final int maxValues;
    private long values;

    ReadBudget() {
        this(ReadLimits.MAX_VALUES_PER_FILE);
    }

    ReadBudget(int maxValues) {
        this.maxValues = maxValues;
    }

    /** Adds {@code n} values read at {@code at}; refuses the read once there are too many. */
    void add(long n, SourceLocation at) {
        values += n;
        if (values > maxValues) {
            throw RegeltjekException.badInput(at, "more than " + ReadLimits.count(maxValues)
                    + " values in one case file and its CSV files (an alias counts as its value written out)",
                    "split the cases over several files");
        }
    }
}
