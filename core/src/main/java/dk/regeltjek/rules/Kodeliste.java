package dk.regeltjek.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numbered list from the document — the guide-marks 1.1–6.2 — against which a case's codes are
 * checked. Made with {@link Tekster#kodeliste} from a declared enum whose constants carry the fields
 * {@code kode} ("2.1") and {@code tekst} (the list's wording): {@code kodeliste(Pejlemaerke.values())}.
 */
public final class Kodeliste {
    private final Map<String, String> entries = new LinkedHashMap<>();

    Kodeliste(Object[] konstanter) {
        for (Object c : konstanter) {
            entries.put(String.valueOf(Felter.read(c, "kode")), String.valueOf(Felter.read(c, "tekst")));
        }
    }

    /** The given codes found in the list, as "2.1 Mindsket rejsetid …", each once, in the order given. */
    public List<String> kendte(Collection<?> angivne) {
        return kendte(angivne, "");
    }

    /** {@link #kendte(Collection)} limited to codes starting with {@code praefiks} ("1." for guide-mark 1). */
    public List<String> kendte(Collection<?> angivne, String praefiks) {
        List<String> known = new ArrayList<>();
        for (Object a : angivne) {
            String code = code(a);
            String text = entries.get(code);
            if (text != null && code.startsWith(praefiks) && !known.contains(code + " " + text)) {
                known.add(code + " " + text);
            }
        }
        return known;
    }

    /** The given codes not in the list, as written, each once. */
    public List<String> ukendte(Collection<?> angivne) {
        List<String> unknown = new ArrayList<>();
        for (Object a : angivne) {
            if (!entries.containsKey(code(a)) && !unknown.contains(String.valueOf(a))) {
                unknown.add(String.valueOf(a));
            }
        }
        return unknown;
    }

    /** For codes written with a decimal comma ("2,1"), the code they likely mean ("2.1"), when it is in the list. */
    public List<String> forslag(Collection<?> ukendte) {
        List<String> meant = new ArrayList<>();
        for (Object u : ukendte) {
            String code = code(u).replace(',', '.');
            if (entries.containsKey(code)) {
                meant.add(code);
            }
        }
        return meant;
    }

    /** All the codes: "1.1, 1.2, 2.1, …". */
    public String koder() {
        return String.join(", ", entries.keySet());
    }

    private static String code(Object given) {
        return given == null ? "" : given.toString().trim();
    }
}
