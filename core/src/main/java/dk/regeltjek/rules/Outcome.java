package dk.regeltjek.rules;

import dk.regeltjek.model.Status;
import dk.regeltjek.model.Values;
import dk.regeltjek.rules.runtime.RuleRuntime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a rule concludes about one subject for one criterion. Rules create it with
 * {@link Regel#outcome(Object)} and insert it; the criterion id comes from the firing rule's
 * {@code @id}, so a rule never repeats it.
 */
public final class Outcome {

    private final String criterion;
    private final boolean verdict;
    private final Object subject;
    /** Which case of a batch this outcome belongs to: the engine's, never the author's concern. */
    private final long regeltjekCase;
    private Status status = Status.UNDETERMINED;
    private String message = "";
    private String rating;
    /** Label, value, label, value, … in the order first set: a case holds thousands of outcomes, so no map each. */
    private Object[] values = NO_VALUES;
    private int valueCount;
    private static final Object[] NO_VALUES = new Object[0];

    Outcome(String criterion, boolean verdict, Object subject, long caseNumber) {
        this.criterion = criterion;
        this.verdict = verdict;
        this.subject = subject;
        this.regeltjekCase = caseNumber;
    }

    static {
        RuleRuntime.register(new EngineHooks());
    }

    public Outcome met(String message) {
        return with(Status.MET, message);
    }

    public Outcome notMet(String message) {
        return with(Status.NOT_MET, message);
    }

    public Outcome warning(String message) {
        return with(Status.WARNING, message);
    }

    public Outcome undetermined(String message) {
        return with(Status.UNDETERMINED, message);
    }

    /** Met when {@code condition} holds, otherwise not met, with the matching message. */
    public Outcome when(boolean condition, String metMessage, String notMetMessage) {
        return condition ? met(metMessage) : notMet(notMetMessage);
    }

    /**
     * Compares {@code actual} with {@code limit}; met when the comparison holds. The message reads
     * like "bruttoanlægsudgift 20.000.000 kr. er ikke over 20.000.000 kr." and both values are kept.
     */
    public Outcome compare(String label, Object actual, Comparison comparison, Object limit) {
        boolean holds = comparison.holds(actual, limit);
        value(label, actual);
        String limitLabel = "grænse (" + comparison.danish() + ")";
        // a second comparison in the same outcome keeps the first one's limit
        value(indexOf(limitLabel) >= 0 ? "grænse for " + label + " (" + comparison.danish() + ")" : limitLabel, limit);
        String text = label + " " + Values.format(actual) + " er " + (holds ? "" : "ikke ")
                + comparison.danish() + " " + Values.format(limit);
        return with(holds ? Status.MET : Status.NOT_MET, text);
    }

    /** Adds a value the explanation shows under "værdier". */
    public Outcome value(String label, Object value) {
        int at = indexOf(label);
        if (at < 0) {
            if (valueCount * 2 == values.length) {
                values = java.util.Arrays.copyOf(values, Math.max(8, values.length * 2));
            }
            at = valueCount++;
            values[2 * at] = label;
        }
        values[2 * at + 1] = value;
        return this;
    }

    private int indexOf(String label) {
        for (int i = 0; i < valueCount; i++) {
            if (values[2 * i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    /** A label such as "grøn", "gul" or "rød" shown beside the status. */
    public Outcome rating(String rating) {
        this.rating = rating;
        return this;
    }

    /** Replaces the message, keeping status and values (e.g. after {@link #compare}). */
    public Outcome message(String message) {
        this.message = message == null ? "" : message;
        return this;
    }

    private Outcome with(Status status, String message) {
        this.status = status;
        this.message = message == null ? "" : message;
        return this;
    }

    public String getCriterion() {
        return criterion;
    }

    public boolean isVerdict() {
        return verdict;
    }

    public Object getSubject() {
        return subject;
    }

    /** The case number within a batch (0 when a session checks one case); rules are joined on it. */
    public long getRegeltjekCase() {
        return regeltjekCase;
    }

    public Status getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public String getRating() {
        return rating;
    }

    /** The values in the order first set (setting a label again replaces its value in place). */
    public Map<String, Object> getValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        forEachValue(map::put);
        return Collections.unmodifiableMap(map);
    }

    /** Hands each label and value to {@code action}, in the order of {@link #getValues()}, without building a map. */
    public void forEachValue(BiConsumer<String, Object> action) {
        for (int i = 0; i < valueCount; i++) {
            action.accept((String) values[2 * i], values[2 * i + 1]);
        }
    }

    public int valueCount() {
        return valueCount;
    }

    @Override
    public String toString() {
        return criterion + " " + status.key() + ": " + message;
    }
}
