package dk.regeltjek.rules;

import dk.regeltjek.model.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The rule's own vocabulary: making an outcome, reading the pack's parameters, and the criteria a
 * verdict is derived from. Every DRL file can call these without an import line (the engine's
 * standard imports); the other areas are {@link Enheder}, {@link Regning}, {@link Tekster} and {@link Datoer}.
 */
public final class Regel {
    private Regel() {
    }

    /** A new outcome about {@code emne}, for the criterion of the rule that is firing: {@code udfald($p).over(…)}. */
    public static Outcome udfald(Object emne) {
        RuleContext context = RuleContext.current();
        return new Outcome(context.criterion(), context.verdict(), emne, context.caseNumber());
    }

    // ---------------------------------------------------------------------------------------------
    // Parameters (pack.yaml): the value for the current case — dated value or default, then the
    // scenario, then the case's own override. The engine checks every name when the pack loads.

    /** The parameter's value, typed as pack.yaml declares it. */
    public static Object parameter(String navn) {
        return RuleContext.current().parameter(navn);
    }

    /** A parameter declared {@code type: integer}. */
    public static Integer parameterHeltal(String navn) {
        return (Integer) parameter(navn);
    }

    /** A parameter declared {@code type: decimal} (amounts, percentages). */
    public static BigDecimal parameterTal(String navn) {
        return (BigDecimal) parameter(navn);
    }

    /** A parameter declared {@code type: text}. */
    public static String parameterTekst(String navn) {
        return (String) parameter(navn);
    }

    /** A parameter declared {@code type: boolean} (ja/nej). */
    public static Boolean parameterJaNej(String navn) {
        return (Boolean) parameter(navn);
    }

    /** A parameter declared {@code type: date}. */
    public static LocalDate parameterDato(String navn) {
        return (LocalDate) parameter(navn);
    }

    /** The value for {@code aar} of a parameter kept per year ({@code byYear:} in pack.yaml). */
    public static Object parameterForAar(String navn, int aar) {
        Object table = parameter(navn);
        if (!(table instanceof Map<?, ?> byYear)) {
            throw new IllegalArgumentException("parameteren \"" + navn + "\" har ikke en værdi pr. år (byYear)");
        }
        Object value = byYear.get(aar);
        if (value == null) {
            throw new IllegalArgumentException("parameteren \"" + navn + "\" har ingen værdi for " + aar
                    + "; år: " + byYear.keySet());
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------
    // The criteria behind a verdict. {@code udfald} is a collectList of outcomes; in a verdict rule
    // only the criteria the verdict lists under {@code from:} in pack.yaml count, so a new criterion
    // joins a verdict only when it is listed there. Lists come in pack.yaml order.

    /** The criteria that are opfyldt (each once, also when it is decided for several subjects). */
    public static List<String> opfyldte(Collection<?> udfald) {
        return criteria(udfald, Status.MET);
    }

    /** The criteria that are ikke opfyldt: "projektet opfylder ikke LP-4, LP-5". */
    public static List<String> ikkeOpfyldte(Collection<?> udfald) {
        return criteria(udfald, Status.NOT_MET);
    }

    /** The criteria with an advarsel. */
    public static List<String> advarsler(Collection<?> udfald) {
        return criteria(udfald, Status.WARNING);
    }

    /** The criteria that are uafgjort: "kan ikke afgøres, før LP-6 er afgjort". */
    public static List<String> uafgjorte(Collection<?> udfald) {
        return criteria(udfald, Status.UNDETERMINED);
    }

    /** How many of the outcomes are opfyldt (e.g. the projects that give access). */
    public static int antalOpfyldt(Collection<?> udfald) {
        return count(udfald, Status.MET);
    }

    /** How many of the outcomes are ikke opfyldt. */
    public static int antalIkkeOpfyldt(Collection<?> udfald) {
        return count(udfald, Status.NOT_MET);
    }

    /** How many of the outcomes are an advarsel. */
    public static int antalAdvarsel(Collection<?> udfald) {
        return count(udfald, Status.WARNING);
    }

    /** How many of the outcomes are uafgjort (e.g. the projects that cannot be decided yet). */
    public static int antalUafgjort(Collection<?> udfald) {
        return count(udfald, Status.UNDETERMINED);
    }

    /** The subjects whose outcome is opfyldt (e.g. the goals rated green), in the order collected. */
    public static List<Object> opfyldteEmner(Collection<?> udfald) {
        return subjects(udfald, Status.MET);
    }

    /** The subjects whose outcome is ikke opfyldt (the goals rated red). */
    public static List<Object> ikkeOpfyldteEmner(Collection<?> udfald) {
        return subjects(udfald, Status.NOT_MET);
    }

    /** The subjects whose outcome is an advarsel (the goals rated yellow). */
    public static List<Object> advarselEmner(Collection<?> udfald) {
        return subjects(udfald, Status.WARNING);
    }

    /** The subjects whose outcome is uafgjort (the goals not measured). */
    public static List<Object> uafgjorteEmner(Collection<?> udfald) {
        return subjects(udfald, Status.UNDETERMINED);
    }

    /** The outcome of {@code kriterium} among {@code udfald} (the first, when there are several), or null. */
    public static Outcome udfaldFor(Collection<?> udfald, String kriterium) {
        for (Object o : udfald) {
            if (o instanceof Outcome outcome && outcome.getCriterion().equals(kriterium)) {
                return outcome;
            }
        }
        return null;
    }

    private static List<String> criteria(Collection<?> outcomes, Status status) {
        RuleContext context = RuleContext.current();
        List<String> criteria = new ArrayList<>();
        for (Object o : outcomes) {
            if (o instanceof Outcome outcome && outcome.getStatus() == status && context.feedsThisVerdict(outcome.getCriterion())
                    && !criteria.contains(outcome.getCriterion())) { // once, also when several subjects share it
                criteria.add(outcome.getCriterion());
            }
        }
        if (criteria.size() > 1) {
            criteria.sort(Comparator.comparingInt(context::placeOf));
        }
        return criteria;
    }

    private static List<Object> subjects(Collection<?> outcomes, Status status) {
        RuleContext context = RuleContext.current();
        List<Object> subjects = new ArrayList<>();
        for (Object o : outcomes) {
            if (o instanceof Outcome outcome && outcome.getStatus() == status && context.feedsThisVerdict(outcome.getCriterion())) {
                subjects.add(outcome.getSubject());
            }
        }
        return subjects;
    }

    private static int count(Collection<?> outcomes, Status status) {
        RuleContext context = RuleContext.current();
        int count = 0;
        for (Object o : outcomes) {
            if (o instanceof Outcome outcome && outcome.getStatus() == status && context.feedsThisVerdict(outcome.getCriterion())) {
                count++;
            }
        }
        return count;
    }
}
