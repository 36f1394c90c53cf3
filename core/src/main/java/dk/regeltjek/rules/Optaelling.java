package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Members counted by kind and held against the seats a document prescribes: "7 personer for
 * hovedstadskommunerne, 1 fra Region Hovedstaden, 1 valgt af de sjællandske kommuner". Made with
 * {@link Regning#optael}; decided with {@link Outcome#sammensaetning}. Kinds print with
 * {@link Tekster#tekst} (an enum's {@code tekst} field).
 */
public final class Optaelling {
    private final List<Object> kinds = new ArrayList<>();
    private final List<Object> counted = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final Map<Object, Integer> required = new LinkedHashMap<>();
    private final Map<Object, String> free = new LinkedHashMap<>();
    private final Map<Object, Object> countedAs = new HashMap<>();

    Optaelling(Collection<?> fakta, String felt) {
        for (Object fact : fakta) {
            Object kind = Tekster.ellers(Felter.read(fact, felt), null);
            if (kind == null) {
                unknown.add(String.valueOf(Felter.read(fact, "navn")));
            } else {
                kinds.add(kind);
                counted.add(fact);
            }
        }
    }

    /** {@code slags} must have exactly {@code antal} (a count the document prescribes). */
    public Optaelling krav(Object slags, Object antal) {
        required.put(slags, Values.decimalOrNull(antal).intValue());
        return this;
    }

    /** {@code slags} may have any number; shown under {@code etiket}. */
    public Optaelling fri(Object slags, String etiket) {
        free.put(slags, etiket);
        return this;
    }

    /** Counts each of {@code slags} as {@code som}: every municipality counts as "personer fra kommuner". */
    public Optaelling regnSom(Object som, Object... slags) {
        for (Object s : slags) {
            countedAs.put(s, som);
        }
        return this;
    }

    /** The names of the facts whose kind is not given: these cannot be counted. */
    public List<String> uoplyste() {
        return List.copyOf(unknown);
    }

    /** The facts of {@code slags} (after {@link #regnSom}), in order: the members at staff level. */
    public List<Object> med(Object slags) {
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            if (countedAs.getOrDefault(kinds.get(i), kinds.get(i)).equals(slags)) {
                facts.add(counted.get(i));
            }
        }
        return facts;
    }

    /** How many there are of {@code slags}. */
    public int antal(Object slags) {
        return counts().getOrDefault(slags, 0);
    }

    /** How many were counted (those whose kind is given). */
    public int iAlt() {
        return kinds.size();
    }

    /** The seats the requirements add up to. */
    public int foreskrevetIAlt() {
        return required.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The kinds with more than {@code hoejst}, as "HOFOR: 2", in the order they first appear. */
    public List<String> flereEnd(int hoejst) {
        List<String> over = new ArrayList<>();
        counts().forEach((kind, n) -> {
            if (n > hoejst) {
                over.add(Tekster.tekst(kind) + ": " + n);
            }
        });
        return over;
    }

    /** The most of any one kind (the first of equals), or null when nothing was counted. */
    public Object flest() {
        Object most = null;
        int max = 0;
        for (Map.Entry<Object, Integer> e : counts().entrySet()) {
            if (e.getValue() > max) {
                max = e.getValue();
                most = e.getKey();
            }
        }
        return most;
    }

    /** How many kinds were counted ("betalende selskaber i styregruppen"). */
    public int antalSlags() {
        return counts().size();
    }

    /** Where the count differs from the requirements: "repræsentanter for …: 6 (foreskrevet 7)", then kinds without seats. */
    public List<String> afvigelser() {
        Map<Object, Integer> counts = counts();
        List<String> off = new ArrayList<>();
        required.forEach((kind, n) -> {
            int has = counts.getOrDefault(kind, 0);
            if (has != n) {
                off.add(Tekster.tekst(kind) + ": " + has + " (foreskrevet " + n + ")");
            }
        });
        counts.forEach((kind, has) -> {
            if (!required.containsKey(kind) && !free.containsKey(kind)) {
                off.add(Tekster.tekst(kind) + ": " + has + " (ingen pladser foreskrevet)");
            }
        });
        return off;
    }

    /** Adds the counts to an outcome's values: each requirement and its prescribed count, each free kind, the total (and the prescribed total when every seat is prescribed). */
    void visPaa(Outcome o) {
        required.forEach((kind, n) -> o.vaerdi(Tekster.tekst(kind), Enheder.tal(antal(kind)))
                .vaerdi(Tekster.tekst(kind) + ", foreskrevet", Enheder.tal(n)));
        free.forEach((kind, label) -> o.vaerdi(label, Enheder.tal(antal(kind))));
        o.vaerdi("medlemmer i alt", Enheder.tal(iAlt()));
        if (free.isEmpty()) { // every seat is prescribed, so the total is too
            o.vaerdi("medlemmer i alt, foreskrevet", Enheder.tal(foreskrevetIAlt()));
        }
    }

    /** Counts per kind (after {@link #regnSom}), in the order the kinds first appear. */
    private Map<Object, Integer> counts() {
        Map<Object, Integer> counts = new LinkedHashMap<>();
        for (Object kind : kinds) {
            counts.merge(countedAs.getOrDefault(kind, kind), 1, Integer::sum);
        }
        return counts;
    }
}
