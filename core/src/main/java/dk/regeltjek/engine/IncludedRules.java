package dk.regeltjek.engine;

import dk.regeltjek.model.RegeltjekException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the parsed files of included packs into rules of the including pack: each file keeps only
 * the rules of the criteria included from it, and they move into the including pack's package.
 * Drools resolves a declared type by the package of the rule that names it, so an included
 * {@code Projekt( … )} then matches the including pack's own {@code Projekt} — the pack's facts,
 * its case scoping, its parameters — while the rule's text stays where it is written.
 */
final class IncludedRules {
    private IncludedRules() {
    }

    /** Replaces, in place, every included file's description by its included rules (dropping files without any). */
    static void select(PackSources sources, Map<String, DroolsInternals.Drl> descrs) {
        if (sources.included.isEmpty()) {
            return;
        }
        String pkg = ownPackage(sources, descrs);
        descrs.entrySet().removeIf(file -> {
            PackSources.Included from = sources.included.get(file.getKey());
            if (from == null) {
                return false;
            }
            DroolsInternals.Drl rules = DroolsInternals.onlyRules(file.getValue(), from.criteria(), pkg);
            file.setValue(rules);
            return rules == null;
        });
    }

    /** The one package of the pack's own files, which the included rules join. */
    private static String ownPackage(PackSources sources, Map<String, DroolsInternals.Drl> descrs) {
        Set<String> packages = new TreeSet<>();
        descrs.forEach((key, drl) -> {
            if (!sources.included.containsKey(key)) {
                packages.add(DroolsInternals.packageOf(drl));
            }
        });
        if (packages.size() != 1) {
            throw RegeltjekException.badRules(sources.pack.includes().get(0).location(), "the pack includes rules, but its "
                    + "own DRL files are in " + packages.size() + " packages " + packages + ", and included rules join one",
                    "give every DRL file of " + sources.pack.id() + " the same package line");
        }
        return packages.iterator().next();
    }
}
