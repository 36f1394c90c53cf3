package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Facts ranked by criteria in priority order, as a document lists them ("vægtes følgende kriterier
 * i prioriteret rækkefølge"): made with {@link Regning#rangorden}, given its criteria with
 * {@link #hoejestFoerst}, {@link #lavestFoerst} or {@link #efter}, and, last, what settles a tie
 * with {@link #vedLighed}. The second criterion counts only between facts equal on the first, and
 * so on. Each criterion is a field of the facts (a number, a date, a text — alphabetically the
 * Danish way —, ja/nej or an enum constant in declared order).
 *
 * <p>It answers what an explanation needs: the place of a fact in the order ({@link #plads(Object)}),
 * its place on each criterion alone ({@link #plads(Object, String)}: 1 + how many are better on it),
 * the facts it ties with on every criterion ({@link #lige}), and the facts that lack a value and so
 * have no place ({@link #uoplyste}) — a missing value is never taken as the lowest. The order is
 * computed once, when first asked for.
 */
public final class Rangorden {
    /** Danish alphabetical order (æ, ø, å last); a Collator is not thread safe, so one per ranking. */
    private final Collator dansk = Collator.getInstance(Locale.forLanguageTag("da-DK"));
    private final List<Object> fakta;
    private final List<Kriterium> kriterier = new ArrayList<>();
    private final List<Kriterium> vedLighed = new ArrayList<>();
    private List<Object> ordnet;
    private List<Object> uoplyste;
    private Map<Object, Integer> pladser;
    /** Each fact's values, read once: the criteria, then what settles a tie. */
    private Map<Object, Object[]> vaerdier;

    private record Kriterium(String felt, String etiket, boolean hoejestFoerst) {
    }

    Rangorden(Collection<?> fakta) {
        this.fakta = new ArrayList<>(fakta);
    }

    /** A criterion where the highest value comes first (the largest share, the best rating). */
    public Rangorden hoejestFoerst(String felt, String etiket) {
        return efter(felt, etiket, true);
    }

    /** A criterion where the lowest value comes first (a priority tier 1, 2, 3; the earliest date). */
    public Rangorden lavestFoerst(String felt, String etiket) {
        return efter(felt, etiket, false);
    }

    /** A criterion whose direction a parameter decides: highest first when {@code hoejestFoerst}. */
    public Rangorden efter(String felt, String etiket, boolean hoejestFoerst) {
        kriterier.add(new Kriterium(felt, etiket, hoejestFoerst));
        ordnet = null;
        return this;
    }

    /**
     * What orders facts equal on every criterion (a name, a date), after all criteria: it gives
     * them different places, but they still count as tied in {@link #lige}, since it is no criterion
     * of the document.
     */
    public Rangorden vedLighed(String felt, boolean hoejestFoerst) {
        vedLighed.add(new Kriterium(felt, felt, hoejestFoerst));
        ordnet = null;
        return this;
    }

    /** The facts with a value for every criterion, best first. */
    public List<Object> raekkefoelge() {
        rank();
        return List.copyOf(ordnet);
    }

    /** How many facts have a place. */
    public int antal() {
        rank();
        return ordnet.size();
    }

    /** The place of {@code fakta} in the order, 1 for the first; null when it lacks a value or is not ranked here. */
    public Integer plads(Object fakta) {
        rank();
        return pladser.get(fakta);
    }

    /**
     * The place of {@code fakta} on the criterion {@code felt} alone: 1 + how many ranked facts are
     * better on it (equals share a place: 1, 2, 2, 4); null when it has no place.
     */
    public Integer plads(Object fakta, String felt) {
        rank();
        int at = kriterium(felt);
        if (!pladser.containsKey(fakta)) {
            return null;
        }
        Kriterium k = kriterier.get(at);
        Object value = vaerdier.get(fakta)[at];
        int better = 0;
        for (Object other : ordnet) {
            if (compare(k, vaerdier.get(other)[at], value) < 0) {
                better++;
            }
        }
        return better + 1;
    }

    /** The other ranked facts equal to {@code fakta} on every criterion (not on {@link #vedLighed}), in order. */
    public List<Object> lige(Object fakta) {
        rank();
        List<Object> ties = new ArrayList<>();
        if (!pladser.containsKey(fakta)) {
            return ties;
        }
        for (Object other : ordnet) {
            if (other != fakta && compareOn(kriterier.size(), other, fakta) == 0) {
                ties.add(other);
            }
        }
        return ties;
    }

    /** The facts that lack a value for a criterion (or for what settles a tie), in the order given. */
    public List<Object> uoplyste() {
        rank();
        return List.copyOf(uoplyste);
    }

    /**
     * The place of {@code fakta} on each criterion, as an explanation lists it: "størrelse nr. 2 af 14;
     * andel til andre kommuner nr. 1 af 14 (delt)"; "ikke placeret" when it has no place.
     */
    public String placeringer(Object fakta) {
        rank();
        if (!pladser.containsKey(fakta)) {
            return "ikke placeret";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < kriterier.size(); i++) {
            Kriterium k = kriterier.get(i);
            Object value = vaerdier.get(fakta)[i];
            boolean shared = false;
            for (Object other : ordnet) {
                shared |= other != fakta && compare(k, vaerdier.get(other)[i], value) == 0;
            }
            parts.add(k.etiket() + " nr. " + plads(fakta, k.felt()) + " af " + ordnet.size() + (shared ? " (delt)" : ""));
        }
        return String.join("; ", parts);
    }

    private int kriterium(String felt) {
        for (int i = 0; i < kriterier.size(); i++) {
            if (kriterier.get(i).felt().equals(felt)) {
                return i;
            }
        }
        throw new IllegalArgumentException("rangordenen har intet kriterium \"" + felt + "\"; kriterier: "
                + kriterier.stream().map(Kriterium::felt).toList());
    }

    private void rank() {
        if (ordnet != null) {
            return;
        }
        if (kriterier.isEmpty()) {
            throw new IllegalArgumentException("en rangorden skal have mindst ét kriterium (hoejestFoerst, lavestFoerst, efter)");
        }
        List<Kriterium> all = new ArrayList<>(kriterier);
        all.addAll(vedLighed);
        List<Object> ranked = new ArrayList<>();
        List<Object> missing = new ArrayList<>();
        Map<Object, Object[]> values = new IdentityHashMap<>();
        for (Object f : fakta) {
            Object[] v = new Object[all.size()];
            boolean complete = true;
            for (int i = 0; i < v.length; i++) {
                v[i] = Felter.read(f, all.get(i).felt());
                complete &= v[i] != null;
            }
            if (complete) {
                ranked.add(f);
                values.put(f, v);
            } else {
                missing.add(f);
            }
        }
        vaerdier = values;
        ranked.sort((a, b) -> compareOn(all.size(), a, b)); // stable: the order given settles the rest
        Map<Object, Integer> places = new IdentityHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            places.put(ranked.get(i), i + 1);
        }
        ordnet = ranked;
        uoplyste = missing;
        pladser = places;
    }

    /** Compares two ranked facts on the first {@code keys} of the criteria followed by what settles a tie. */
    private int compareOn(int keys, Object a, Object b) {
        Object[] x = vaerdier.get(a);
        Object[] y = vaerdier.get(b);
        for (int i = 0; i < keys; i++) {
            Kriterium k = i < kriterier.size() ? kriterier.get(i) : vedLighed.get(i - kriterier.size());
            int c = compare(k, x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Negative when {@code a} comes before {@code b} on criterion {@code k}. */
    private int compare(Kriterium k, Object a, Object b) {
        int natural = natural(a, b);
        return k.hoejestFoerst() ? -natural : natural;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int natural(Object a, Object b) {
        BigDecimal x = a instanceof Number ? Values.decimalOrNull(a) : null;
        BigDecimal y = b instanceof Number ? Values.decimalOrNull(b) : null;
        if (x != null && y != null) {
            return x.compareTo(y);
        }
        if (a instanceof String s && b instanceof String t) {
            return dansk.compare(s, t);
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b); // dates, ja/nej, enum constants in declared order
        }
        throw new IllegalArgumentException("kan ikke sammenligne " + a + " og " + b + " i en rangorden");
    }
}
