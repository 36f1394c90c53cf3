package dk.regeltjek.rules;

import java.util.List;
import java.util.Map;

/** A rule context for the tests: parameters, criteria in pack order, verdict inputs, and a firing rule. */
final class Kontekst implements AutoCloseable {
    private final RuleContext context;

    private Kontekst(RuleContext context) {
        this.context = context;
    }

    /** A context where the rule deciding {@code criterion} fires; {@code verdicts} maps each verdict to its {@code from}. */
    static Kontekst fyrer(String criterion, Map<String, Object> parameters, List<String> order,
                          Map<String, List<String>> verdicts) {
        Map<String, Integer> places = new java.util.HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            places.put(order.get(i), i);
        }
        RuleContext context = RuleContext.open(parameters, places, verdicts);
        context.firing("test " + criterion, criterion, verdicts.containsKey(criterion), 0);
        return new Kontekst(context);
    }

    static Kontekst fyrer(String criterion) {
        return fyrer(criterion, Map.of(), List.of(), Map.of());
    }

    @Override
    public void close() {
        context.close();
    }
}
