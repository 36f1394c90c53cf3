package dk.regeltjek.rules;

import dk.regeltjek.model.Values;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Danish text in messages: values as text, lists, and the length of the free-text fields. */
public final class Tekster {
    private Tekster() {
    }

    /**
     * A value as the explanation prints it: numbers with dots and a decimal comma ("1.913.090",
     * "12,5"), dates "31/12/2026", ja/nej, amounts with their unit, lists separated by commas. An
     * enum value declared with a {@code tekst} field (e.g. {@code DANMARK("Danmark")}) prints that text.
     */
    public static String tekst(Object vaerdi) {
        if (vaerdi instanceof Enum<?> e) {
            Method getter = Felter.getterOrNull(e.getClass(), "tekst");
            if (getter != null) {
                return String.valueOf(Felter.invoke(getter, e, "tekst"));
            }
        }
        return Values.format(vaerdi);
    }

    /** The items as text separated by ", " — or "ingen" when there are none. */
    public static String liste(Collection<?> emner) {
        return liste(emner, ", ");
    }

    /** The items as text separated by {@code skilletegn} (e.g. "; ") — or "ingen" when there are none. */
    public static String liste(Collection<?> emner, String skilletegn) {
        if (emner == null || emner.isEmpty()) {
            return "ingen";
        }
        List<String> texts = new ArrayList<>(emner.size());
        for (Object o : emner) {
            texts.add(tekst(o));
        }
        return String.join(skilletegn, texts);
    }

    /** A threshold in words (see {@link Regning#kraevetAntal}): "mere end halvdelen", "mindst to tredjedele", "mindst 5". */
    public static String taerskelTekst(Object taerskel, int antal) {
        return switch (String.valueOf(taerskel)) {
            case "MERE_END_HALVDELEN" -> "mere end halvdelen";
            case "MINDST_HALVDELEN" -> "mindst halvdelen";
            case "MINDST_TO_TREDJEDELE" -> "mindst to tredjedele";
            default -> "mindst " + antal;
        };
    }

    /** The numbered list a declared enum holds (constants with {@code kode} and {@code tekst}), see {@link Kodeliste}. */
    public static Kodeliste kodeliste(Object[] konstanter) {
        return new Kodeliste(konstanter);
    }

    /**
     * Each fact as its name with its amount in kroner, sorted: "Alecta (12.000 kr.)"; just the name
     * when the amount is missing. For listing payments, contributions and the like in a message.
     */
    public static List<String> medBeloeb(Collection<?> fakta, String navnefelt, String beloebfelt) {
        List<String> texts = new ArrayList<>(fakta.size());
        for (Object fact : fakta) {
            Object amount = Felter.read(fact, beloebfelt);
            texts.add(Felter.read(fact, navnefelt) + (amount == null ? "" : " (" + Values.format(Enheder.kr(amount)) + ")"));
        }
        texts.sort(null);
        return texts;
    }

    /** The value of one field of each fact, in order: {@code felt(ikkeOpfyldteEmner($udfald), "nr")} — the red goals' numbers. */
    public static List<Object> felt(Collection<?> fakta, String felt) {
        return Felter.column(fakta, felt);
    }

    /** The items sorted (texts alphabetically, numbers by value). */
    public static <T> List<T> sorteret(Collection<T> emner) {
        List<T> sorted = new ArrayList<>(emner);
        sorted.sort(null);
        return sorted;
    }

    private static final String[] TALORD = {"nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti",
        "elleve", "tolv"};

    /**
     * A small count in words, as Danish prose writes it: 1 "én", 2 "to" … 12 "tolv"; from 13 in digits.
     * "én" is the common gender (én repræsentant); for a neuter noun (ét selskab) write it yourself.
     */
    public static String talord(int antal) {
        return antal >= 0 && antal < TALORD.length ? TALORD[antal] : Integer.toString(antal);
    }

    /** {@link #talord} with the noun in the right number: "én repræsentant", "to repræsentanter", "14 medlemmer". */
    public static String antalIOrd(int antal, String ental, String flertal) {
        return talord(antal) + " " + (antal == 1 ? ental : flertal);
    }

    /** The items the Danish way: "A", "A og B", "A, B og C"; "" when there are none. */
    public static String opremsning(Collection<?> emner) {
        List<String> texts = new ArrayList<>();
        for (Object o : emner) {
            texts.add(tekst(o));
        }
        if (texts.size() <= 1) {
            return texts.isEmpty() ? "" : texts.get(0);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " og " + texts.get(texts.size() - 1);
    }

    /** True when the text is missing or only blanks (an empty comment field). */
    public static boolean erTom(String tekst) {
        return tekst == null || tekst.isBlank();
    }

    /**
     * The number of characters in the texts together, blanks included, missing texts counting 0:
     * "i alt højst ca. 4.000 tegn" over the six description fields.
     */
    public static int tegn(String... tekster) {
        int total = 0;
        for (String t : tekster) {
            total += t == null ? 0 : t.codePointCount(0, t.length());
        }
        return total;
    }

    /** The text cut to at most {@code maks} characters, ending in "…" when cut (long goal texts in values). */
    public static String forkortet(String tekst, int maks) {
        if (tekst == null || tekst.length() <= maks) {
            return tekst;
        }
        return tekst.substring(0, maks - 1).trim() + "…";
    }

    /** {@code vaerdi}, or {@code standard} when it is missing (null or blank text): a field left out means the default. */
    @SuppressWarnings("unchecked")
    public static <T> T ellers(T vaerdi, T standard) {
        if (vaerdi == null || vaerdi instanceof String s && s.isBlank()) {
            return standard;
        }
        return vaerdi instanceof String s ? (T) s.trim() : vaerdi;
    }
}
