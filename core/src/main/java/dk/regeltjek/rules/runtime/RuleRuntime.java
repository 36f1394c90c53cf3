package dk.regeltjek.rules.runtime;

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

        /** The fact stating that {@code criterion} is undetermined for {@code subject}, and why (the safety net). */
        Object undetermined(String criterion, boolean verdict, Object subject, long caseNumber, String why);

        /** The session open on this thread, or null. */
        Session current();
    }

    /** The context of one rule session on the current thread, from {@link Access#open} until {@link #close()}. */
    public interface Session extends AutoCloseable {
        /** The rule about to fire, the criterion it decides and the case (of a batch) its match belongs to. */
        void firing(String rule, String criterion, boolean verdict, long caseNumber);

        /** Asks the rule firing now to stop at its next checkpoint (its time is up, or its check was cancelled). */
        void stop();

        boolean stopped();

        @Override
        void close();
    }

    /** Thrown at a checkpoint in a rule whose session was asked to stop. */
    public static final class Stopped extends RuntimeException {
        public Stopped() {
            super("the rule was stopped", null, false, false);
        }
    }

    private static final String VOCABULARY = "dk.regeltjek.rules.Outcome";
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

    /**
     * Called at the top of every loop body in a rule's consequence (the engine puts it there): stops
     * the rule when its session was asked to stop. Not for rule authors.
     */
    public static void checkpoint() {
        Session session = access().current();
        if (session != null && session.stopped()) {
            throw new Stopped();
        }
    }

    public static Access access() {
        if (access == null) {
            try {
                // by name: this package sits below the vocabulary, which registers itself as it loads
                Class.forName(VOCABULARY, true, RuleRuntime.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return access;
    }
}
