package dk.regeltjek.report;

import dk.regeltjek.model.Status;

/** How many cases ended with each verdict. */
public record Verdicts(int met, int notMet, int warning, int undetermined) {
    public static final Verdicts NONE = new Verdicts(0, 0, 0, 0);

    /** These counts and one more case with {@code verdict}. */
    public Verdicts plus(Status verdict) {
        return switch (verdict) {
            case MET -> new Verdicts(met + 1, notMet, warning, undetermined);
            case NOT_MET -> new Verdicts(met, notMet + 1, warning, undetermined);
            case WARNING -> new Verdicts(met, notMet, warning + 1, undetermined);
            case UNDETERMINED -> new Verdicts(met, notMet, warning, undetermined + 1);
        };
    }

    public int count(Status verdict) {
        return switch (verdict) {
            case MET -> met;
            case NOT_MET -> notMet;
            case WARNING -> warning;
            case UNDETERMINED -> undetermined;
        };
    }

    public int total() {
        return met + notMet + warning + undetermined;
    }

    /** {@code 12 sager: 5 opfyldt, 1 med advarsler, 4 ikke opfyldt, 2 uafgjort} */
    public String danish() {
        return Danish.verdictCounts(total(), this::count);
    }
}
