package dk.regeltjek.rules;

import dk.regeltjek.model.Amount;
import dk.regeltjek.model.Status;
import java.util.List;

/**
 * The rule vocabulary as a list: the classes whose public static functions every DRL file may call
 * without an import line, and the types it may name. The engine's standard imports read these
 * lists, so a new helper class is registered here, once. Function names are unique across the
 * function classes (a DRL function import is by simple name).
 */
public final class Ordforraad {
    /** The function classes, by area: outcomes and parameters, units, arithmetic, text, dates. */
    public static final List<Class<?>> FUNKTIONER = List.of(Regel.class, Enheder.class, Regning.class, Tekster.class,
            Datoer.class);

    /** The types a rule names: the outcome, the comparisons, and what the helpers return. */
    public static final List<Class<?>> TYPER = List.of(Outcome.class, Sammenligning.class, Broek.class, Kolonne.class,
            Total.class, Totaler.class, Optaelling.class, Maalafvigelse.class, Kodeliste.class, Periode.class, Perioder.class,
            Rangorden.class,
            Amount.class, Status.class);

    private Ordforraad() {
    }
}
