package dk.regeltjek.rules;

import dk.regeltjek.rules.runtime.RuleRuntime;
import java.util.List;
import java.util.Map;

/**
 * What the helpers know while a rule fires: the rule, its criterion and case, the case's
 * parameters and which criteria feed each verdict. The engine opens one per session on the firing
 * thread (through {@link RuleRuntime}); rules never see it.
 */
final class RuleContext implements RuleRuntime.Session {
    private static final ThreadLocal<RuleContext> CURRENT = new ThreadLocal<>();

    private final Map<String, Object> parameters;
    /** Each criterion's place in pack.yaml: the order explanations list criteria in. */
    private final Map<String, Integer> criterionOrder;
    /** For each verdict criterion, the criteria pack.yaml says it is derived from. */
    private final Map<String, List<String>> verdictInputs;
    private String criterion;
    private String ruleName;
    private boolean verdict;
    private long caseNumber;
    /** Set by the engine's watchdog (another thread) when the rules must stop. */
    private volatile boolean stopped;

    private RuleContext(Map<String, Object> parameters, Map<String, Integer> criterionOrder,
                        Map<String, List<String>> verdictInputs) {
        this.parameters = parameters;
        this.criterionOrder = criterionOrder;
        this.verdictInputs = verdictInputs;
    }

    static RuleContext open(Map<String, Object> parameters, Map<String, Integer> criterionOrder,
                            Map<String, List<String>> verdictInputs) {
        RuleContext context = new RuleContext(parameters, criterionOrder, verdictInputs);
        CURRENT.set(context);
        return context;
    }

    @Override
    public void close() {
        CURRENT.remove();
        DatedWindows.forget();
    }

    @Override
    public void firing(String ruleName, String criterion, boolean verdict, long caseNumber) {
        this.ruleName = ruleName;
        this.criterion = criterion;
        this.verdict = verdict;
        this.caseNumber = caseNumber;
    }

    @Override
    public void stop() {
        stopped = true;
    }

    @Override
    public boolean stopped() {
        return stopped;
    }

    static RuleContext currentOrNull() {
        return CURRENT.get();
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

    /** Whether the firing verdict rule may read {@code criterion}: pack.yaml lists it under the verdict's {@code from}. */
    boolean feedsThisVerdict(String criterion) {
        if (inputsOf != this.criterion) { // asked for every outcome a verdict collects: looked up once per rule
            inputs = verdictInputs.get(this.criterion);
            inputsOf = this.criterion;
        }
        return inputs == null || inputs.contains(criterion);
    }

    /** The inputs of the verdict {@link #inputsOf}, kept between the questions of one firing rule. */
    private List<String> inputs;
    private String inputsOf;

    Object parameter(String name) {
        Object value = parameters.get(name);
        if (value != null) {
            return value;
        }
        if (!parameters.containsKey(name)) {
            throw new IllegalArgumentException("reglen \"" + ruleName + "\" læser parameteren \"" + name
                    + "\", som ikke er erklæret i pack.yaml; erklærede: " + parameters.keySet());
        }
        return parameters.get(name);
    }
}
