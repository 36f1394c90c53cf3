package dk.regeltjek.rules;

import java.util.Map;

/**
 * What the engine tells the helpers while a rule fires: the rule's criterion id and the case's
 * parameters. Set by the engine around each firing on the firing thread; rules never touch it.
 */
public final class RuleContext {
    private static final ThreadLocal<RuleContext> CURRENT = new ThreadLocal<>();

    private final Map<String, Object> parameters;
    /** Each criterion's place in pack.yaml: the order explanations list criteria in. */
    private final Map<String, Integer> criterionOrder;
    private String criterion;
    private String ruleName;
    private boolean verdict;
    private long caseNumber;

    public RuleContext(Map<String, Object> parameters, Map<String, Integer> criterionOrder) {
        this.parameters = parameters;
        this.criterionOrder = criterionOrder;
    }

    /** Makes this the context of the current thread until {@link #clear()}. */
    public void attach() {
        CURRENT.set(this);
    }

    public static void clear() {
        CURRENT.remove();
        DatedWindows.forget();
    }

    /** The rule about to fire, the criterion it decides and the case (of a batch) its match belongs to. */
    public void firing(String ruleName, String criterion, boolean verdict, long caseNumber) {
        this.ruleName = ruleName;
        this.criterion = criterion;
        this.verdict = verdict;
        this.caseNumber = caseNumber;
    }

    static RuleContext current() {
        RuleContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("regeltjek-hjælpefunktionerne kan kun bruges, mens en regel fyrer");
        }
        return context;
    }

    String criterion() {
        if (criterion == null) {
            throw new IllegalStateException("reglen \"" + ruleName + "\" har ingen @id, så den kan ikke afgive et udfald");
        }
        return criterion;
    }

    boolean verdict() {
        return verdict;
    }

    long caseNumber() {
        return caseNumber;
    }

    /** Where {@code criterion} stands in pack.yaml (criteria the pack does not list come last). */
    int placeOf(String criterion) {
        return criterionOrder.getOrDefault(criterion, Integer.MAX_VALUE);
    }

    Object parameter(String name) {
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("reglen \"" + ruleName + "\" læser parameteren \"" + name
                    + "\", som ikke er erklæret i pack.yaml; erklærede: " + parameters.keySet());
        }
        return parameters.get(name);
    }
}
