package dk.regeltjek.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The totals of one table to check, and the stated totals that could not be checked because a row
 * lacks its number. Decided in one outcome with {@link Outcome#totalerStemmer}: ikke opfyldt when a
 * total differs from its sum by more than its tolerance. Every total that does not match exactly is
 * named in the message and in the values (angivet, beregnet, difference); when all match exactly
 * they are named in the message if there are at most five.
 */
public final class Totaler {
    private static final int NAMED_WHEN_ALL_MATCH = 5;
    private final List<Total> totals = new ArrayList<>();
    private final Set<String> notChecked = new LinkedHashSet<>();

    Totaler() {
    }

    /**
     * Holds {@code angivet} (skipped when the document states none) against the sum of {@code kolonne}
     * within {@code tolerance}; when a row lacks its number, the total is noted as not checked.
     */
    public Totaler kontroller(Integer linje, String hvad, BigDecimal angivet, Kolonne kolonne, String enhed,
                              BigDecimal tolerance) {
        if (kolonne.raekker() == 0 || angivet == null) {
            return this;
        }
        if (kolonne.sum() == null) {
            notChecked.add(kolonne.hvad() + " (" + Enheder.antal(kolonne.mangler(), "række", "rækker") + " "
                    + kolonne.uden() + ")");
            return this;
        }
        return tilfoej(new Total(linje, hvad, angivet, kolonne.sum(), enhed, tolerance,
                Enheder.antal(kolonne.raekker(), "række", "rækker").toString()));
    }

    /** Adds a total computed elsewhere. */
    public Totaler tilfoej(Total total) {
        totals.add(total);
        return this;
    }

    /** The totals to check, in the order added. */
    public List<Total> alle() {
        return List.copyOf(totals);
    }

    Outcome afgoer(Outcome o, String ingenBesked) {
        decide(o, ingenBesked);
        if (!notChecked.isEmpty()) {
            o.besked(Outcome.HIDTIL + " – ikke kontrolleret: " + String.join("; ", notChecked));
        }
        return o;
    }

    private void decide(Outcome o, String ingenBesked) {
        if (totals.isEmpty()) {
            o.uafgjort(ingenBesked);
            return;
        }
        List<Total> off = new ArrayList<>();
        List<Total> within = new ArrayList<>();
        for (Total t : totals) {
            if (!t.stemmer()) {
                off.add(t);
            } else if (t.angivet().compareTo(t.beregnet()) != 0) {
                within.add(t);
            }
        }
        o.vaerdi("kontrollerede totaler", Enheder.tal(totals.size()));
        o.vaerdi("afvigende totaler", Enheder.tal(off.size()));
        List<Total> named = new ArrayList<>(off);
        named.addAll(within);
        for (Total t : named) {
            o.vaerdi(t.navn() + ": angivet", Enheder.maengde(t.angivet(), t.enhed()));
            o.vaerdi(t.navn() + ": beregnet", Enheder.maengde(t.beregnet(), t.enhed()));
            o.vaerdi(t.navn() + ": difference", Enheder.maengde(t.difference(), Total.differenceEnhed(t.enhed())));
        }
        StringBuilder b = new StringBuilder();
        int n = totals.size();
        if (off.isEmpty() && within.isEmpty() && n <= NAMED_WHEN_ALL_MATCH) {
            b.append(n == 1 ? "totalen stemmer: " : "alle " + n + " totaler stemmer: ").append(texts(totals));
        } else if (off.isEmpty()) {
            b.append(n == 1 ? "totalen stemmer" : "alle " + n + " totaler stemmer");
        } else {
            b.append(off.size()).append(" af ").append(Enheder.antal(n, "total", "totaler"))
                    .append(" afviger mere end tolerancen: ").append(texts(off));
        }
        if (!within.isEmpty()) {
            b.append(off.isEmpty() ? " (" : " – ").append("inden for tolerancen: ").append(texts(within))
                    .append(off.isEmpty() ? ")" : "");
        }
        if (off.isEmpty()) {
            o.opfyldt(b.toString());
        } else {
            o.ikkeOpfyldt(b.toString());
        }
    }

    private static String texts(List<Total> totals) {
        List<String> texts = new ArrayList<>(totals.size());
        for (Total t : totals) {
            texts.add(t.tekst());
        }
        return String.join("; ", texts);
    }
}
