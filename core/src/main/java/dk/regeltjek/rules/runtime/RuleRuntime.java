package dk.regeltjek.rules.runtime;

import dk.regeltjek.rules.Outcome;
import java.util.List;
import java.util.Map;

/**
 * What the engine needs from the rule vocabulary and no rule may call: a context per session,
 * the firing rule, and outcomes made outside a firing (the undetermined safety net). Only the
 * engine uses this package (the architecture test keeps it so); the vocabulary registers its
 * implementation when it loads, so the hooks need not be public in the package rules are written against.
 */
public final class RuleRuntime {
    /** The engine's side of the rule vocabulary. */
    public interface Access {
        /** A session's context: the case's parameters, criteria in report order, and each verdict's inputs. */
        Session open(Map<String, Object> parameters, Map<String, Integer> criterionOrder,
                     Map<String, List<String>> verdictInputs);

        Outcome outcome(String criterion, boolean verdict, Object subject, long caseNumber);
    }

    /** The context of one rule session on the current thread, from {@link Access#open} until {@link #close()}. */
    public interface Session extends AutoCloseable {
        /** The rule about to fire, the criterion it decides and the case (of a batch) its match belongs to. */
        void firing(String rule, String criterion, boolean verdict, long caseNumber);

        @Override
        void close();
    }

    private static volatile Access access;

    private RuleRuntime() {
    }

    /** Called once, by the vocabulary as it loads. */
    public static void register(Access implementation) {
        if (access != null && access != implementation) {
            throw new IllegalStateException("the rule runtime is registered already");
        }
        access = implementation;
    }

    public static Access access() {
        if (access == null) {
            try {
                Class.forName(Outcome.class.getName(), true, Outcome.class.getClassLoader()); // registers
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return access;
    }
}
