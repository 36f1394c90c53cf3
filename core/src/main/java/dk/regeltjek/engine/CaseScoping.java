package dk.regeltjek.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/**
 * Lets one session check many cases at once without the cases seeing each other.
 *
 * <p>Rules are written for one case: {@code accumulate( Projekt(); count() )} means "the projects
 * of this case". Before compiling, every declared type gets a hidden case number, and every rule
 * is rewritten so that its first pattern binds the case number and every other pattern on a
 * declared type or on {@code Outcome} — also inside {@code not}, {@code exists}, {@code forall},
 * {@code or}, {@code accumulate} and {@code collect} — joins on it. The join is an equality on a
 * field, which Drools hash-indexes, so a batch of n cases costs n times one case, not n².
 *
 * <p>Authors never see this: with one case per session every number is 0 and the rules behave
 * exactly as written. A rule that cannot be scoped (its first condition is not a plain pattern on
 * such a type) is left as written, and its pack is checked one case per session.
 */
final class CaseScoping {
    /** The hidden field every declared type and {@code Outcome} carries. */
    static final String CASE_FIELD = "regeltjekCase";
    /** The declaration the first pattern of a scoped rule binds the case number to. */
    static final String CASE_BINDING = "$regeltjekCase";

    private static final String OUTCOME = "Outcome";

    private CaseScoping() {
    }

    /**
     * Adds the case field to the pack's declared types and scopes its rules, in place. Whether every
     * rule was scoped is read later from the compiled rules (they declare {@link #CASE_BINDING}),
     * which also holds for packs loaded from the cache.
     */
    static void scope(List<PackageDescr> packages) {
        Set<String> declared = new HashSet<>();
        for (PackageDescr pkg : packages) {
            for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
                declared.add(type.getTypeName());
            }
        }
        for (PackageDescr pkg : packages) {
            for (TypeDeclarationDescr type : pkg.getTypeDeclarations()) {
                if (!extendsDeclared(type, declared) && !type.getFields().containsKey(CASE_FIELD)) {
                    type.addField(new TypeFieldDescr(CASE_FIELD, new PatternDescr("long")));
                }
            }
        }
        Set<String> keyed = new HashSet<>(declared);
        keyed.add(OUTCOME);
        for (PackageDescr pkg : packages) {
            for (RuleDescr rule : pkg.getRules()) {
                scope(rule, keyed);
            }
        }
    }

    private static boolean extendsDeclared(TypeDeclarationDescr type, Set<String> declared) {
        return type.getSuperTypes().stream().anyMatch(s -> declared.contains(s.getName()));
    }

    /** Scopes a rule whose first condition is a plain keyed pattern; leaves any other rule as written. */
    private static void scope(RuleDescr rule, Set<String> keyed) {
        List<BaseDescr> conditions = rule.getLhs().getDescrs();
        if (conditions.isEmpty() || !(conditions.get(0) instanceof PatternDescr first) || !isKeyed(first, keyed)
                || first.getSource() != null) {
            return;
        }
        first.addConstraint(new ExprConstraintDescr(CASE_BINDING + " : " + CASE_FIELD));
        for (BaseDescr condition : conditions.subList(1, conditions.size())) {
            join(condition, keyed);
        }
    }

    /** Adds the case join to every keyed pattern in this condition, however deeply nested. */
    private static void join(BaseDescr descr, Set<String> keyed) {
        if (descr instanceof PatternDescr pattern) {
            PatternSourceDescr source = pattern.getSource();
            if (source == null && isKeyed(pattern, keyed)) {
                pattern.addConstraint(new ExprConstraintDescr(CASE_FIELD + " == " + CASE_BINDING));
            } else if (source instanceof AccumulateDescr accumulate) {
                join(accumulate.getInput(), keyed);
            } else if (source instanceof CollectDescr collect) {
                join(collect.getInputPattern(), keyed);
            }
            // other sources (from an expression or a collection) yield objects that are not in working memory
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                join(child, keyed);
            }
        }
    }

    private static boolean isKeyed(PatternDescr pattern, Set<String> keyed) {
        String type = pattern.getObjectType();
        if (type == null) {
            return false;
        }
        return keyed.contains(type.substring(type.lastIndexOf('.') + 1));
    }
}
