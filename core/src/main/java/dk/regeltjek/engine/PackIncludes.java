package dk.regeltjek.engine;

import dk.regeltjek.facts.Fields;
import dk.regeltjek.facts.Node;
import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.PackInfo.Criterion;
import dk.regeltjek.model.PackInfo.Include;
import dk.regeltjek.model.PackInfo.Parameter;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A pack.yaml's {@code include:}: criteria (each with every rule carrying its id) and parameter
 * definitions taken from another pack of the same rules folder. Two packs that apply the same
 * criteria then hold one text of them, so an analyst's edit reaches both; a copy could drift
 * silently. Included things are taken over as written where they live — title, subject, needs,
 * value, source — and the including pack does not declare them again.
 */
final class PackIncludes {
    private static final Set<String> KEYS = Set.of("pack", "criteria", "parameters");

    /** The other packs of the rules folder, read when an include names them (see {@link RulesFolder}). */
    interface Packs {
        /** The pack {@code id} of the same rules folder; an unknown name or an include cycle is a problem at {@code at}. */
        PackInfo pack(String id, SourceLocation at);
    }

    /** What the includes bring, in the order listed. */
    record Taken(List<Include> includes, Map<String, Criterion> criteria, Map<String, Parameter> parameters) {
        static final Taken NONE = new Taken(List.of(), Map.of(), Map.of());
    }

    private PackIncludes() {
    }

    static Taken read(Node.Mapping root, Packs packs) {
        Node node = root.get("include");
        if (node == null) {
            return Taken.NONE;
        }
        if (!(node instanceof Node.Sequence list)) {
            throw bad(node.location(), "include must be a list, not " + Node.kind(node), "include:\n  - pack: laanepulje\n"
                    + "    criteria: [LP-1, LP-2]\n    parameters: [bruttoanlaegOver]");
        }
        List<Include> includes = new ArrayList<>();
        Map<String, Criterion> criteria = new LinkedHashMap<>();
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        Map<String, SourceLocation> listedAt = new HashMap<>();
        for (Node item : list.items()) {
            Node.Mapping entry = Fields.mapping(item, "an include");
            Fields.onlyAllowed(entry, KEYS, "key of an include");
            String name = Fields.requiredText(entry, "pack", entry.location(), "name the pack of this rules folder to "
                    + "include from: pack: laanepulje");
            PackInfo other = packs.pack(name, entry.get("pack").location());
            List<String> takenCriteria = take(entry, "criteria", other.id(), other.criteria(), criteria, listedAt);
            List<String> takenParameters = take(entry, "parameters", other.id(), other.parameters(), parameters, listedAt);
            if (takenCriteria.isEmpty() && takenParameters.isEmpty()) {
                throw bad(entry.location(), "the include from " + other.id() + " takes nothing",
                        "list what to take: criteria: [" + String.join(", ", other.criteria().keySet().stream().limit(2)
                                .toList()) + ", …] and/or parameters: [" + String.join(", ", other.parameters().keySet()
                                .stream().limit(2).toList()) + ", …]");
            }
            includes.add(new Include(other.id(), takenCriteria, takenParameters, entry.location()));
        }
        verdictsComeWithTheirCriteria(criteria, listedAt);
        return new Taken(List.copyOf(includes), Collections.unmodifiableMap(criteria), Collections.unmodifiableMap(parameters));
    }

    /** The names listed under {@code key}, each looked up in the other pack and added to {@code taken}. */
    private static <T> List<String> take(Node.Mapping entry, String key, String from, Map<String, T> available,
                                         Map<String, T> taken, Map<String, SourceLocation> listedAt) {
        Node node = entry.get(key);
        List<String> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        String what = key.equals("criteria") ? "criterion" : "parameter";
        if (!(node instanceof Node.Sequence list)) {
            throw bad(node.location(), key + " of an include must be a list of names, not " + Node.kind(node),
                    "write " + key + ": [a, b]");
        }
        for (Node item : list.items()) {
            if (!(item instanceof Node.Scalar s) || s.isNull() || s.text().isBlank()) {
                throw bad(item.location(), "expected the name of a " + what + " here, not " + Node.kind(item),
                        "write " + key + ": [a, b]");
            }
            String name = s.text();
            T definition = available.get(name);
            if (definition == null) {
                throw bad(item.location(), "the pack " + from + " has no " + what + " \"" + name + "\""
                        + Fields.closest(name, available.keySet()), "its " + key + ": " + (available.isEmpty() ? "none"
                        : String.join(", ", available.keySet())));
            }
            if (taken.putIfAbsent(name, definition) != null) {
                throw bad(item.location(), "the " + what + " " + name + " is included twice", "include it once");
            }
            names.add(name);
            listedAt.put(name, item.location());
        }
        return names;
    }

    /**
     * An included verdict is derived from criteria of the pack it comes from, so they are included
     * too: a criterion of the including pack's own by the same id could mean something else.
     */
    private static void verdictsComeWithTheirCriteria(Map<String, Criterion> criteria, Map<String, SourceLocation> listedAt) {
        for (Criterion verdict : criteria.values()) {
            List<String> missing = verdict.from().stream().filter(id -> !criteria.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                throw bad(listedAt.get(verdict.id()), "the verdict " + verdict.id() + " is derived from "
                        + String.join(", ", missing) + ", which the include does not take",
                        "include " + String.join(", ", missing) + " too (a verdict is derived from: "
                                + String.join(", ", verdict.from()) + ")");
            }
        }
    }

    /**
     * The pack whose DRL files hold the rules of {@code criterion}: {@code pack} itself, or — when it
     * includes the criterion — the pack that writes them, following includes (they have no cycles).
     */
    static PackInfo writerOf(PackInfo pack, String criterion, Function<String, PackInfo> packs) {
        Include include = pack.includeOfCriterion(criterion);
        return include == null ? pack : writerOf(packs.apply(include.pack()), criterion, packs);
    }

    /** The pack whose pack.yaml defines {@code parameter}, following includes as {@link #writerOf} does. */
    static PackInfo definerOf(PackInfo pack, String parameter, Function<String, PackInfo> packs) {
        Include include = pack.includeOfParameter(parameter);
        return include == null ? pack : definerOf(packs.apply(include.pack()), parameter, packs);
    }

    private static RegeltjekException bad(SourceLocation where, String message, String hint) {
        return RegeltjekException.badRules(where, message, hint);
    }
}
