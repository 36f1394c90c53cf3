package dk.regeltjek.rules;

import dk.regeltjek.rules.runtime.RuleRuntime;
import java.util.List;
import java.util.Map;

/** The engine's side of the vocabulary (see {@link RuleRuntime}), kept out of the rules' sight. */
final class EngineHooks implements RuleRuntime.Access {
    @Override
    public RuleRuntime.Session open(Map<String, Object> parameters, Map<String, Integer> criterionOrder,
                                    Map<String, List<String>> verdictInputs) {
        return RuleContext.open(parameters, criterionOrder, verdictInputs);
    }

    @Override
    public RuleRuntime.Session current() {
        return RuleContext.currentOrNull();
    }

    @Override
    public Object undetermined(String criterion, boolean verdict, Object subject, long caseNumber, String why) {
        return new Outcome(criterion, verdict, subject, caseNumber).uafgjort(why);
    }
}
