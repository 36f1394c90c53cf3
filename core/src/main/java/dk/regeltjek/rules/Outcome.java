package dk.regeltjek.rules;

import dk.regeltjek.model.Status;
import dk.regeltjek.model.Values;
import dk.regeltjek.rules.runtime.RuleRuntime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a rule concludes about one subject for one criterion: a status, a Danish message, the values
 * compared and perhaps a rating. Rules make one with {@link Regel#udfald(Object)}, say what it is
 * ({@link #opfyldt}, {@link #over}, {@link #opfyldtHvis} …) and insert it; the criterion id comes
 * from the firing rule's {@code @id}, so a rule never repeats it.
 *
 * <p>Every method a rule calls has a Danish name. The English getters ({@link #getCriterion()},
 * {@link #getStatus()} …) are the engine's; in rule conditions use the Danish properties
 * {@code kriterium}, {@code emne}, {@code verdikt}, {@code opfyldt}, {@code ikkeOpfyldt},
 * {@code advarsel}, {@code uafgjort}: {@code Outcome( kriterium == "LP-FRIST", emne == $a )}.
 */
public final class Outcome {

    private final String criterion;
    private final boolean verdict;
    private final Object subject;
    /** Which case of a batch this outcome belongs to: the engine's, never the author's concern. */
    private final long regeltjekCase;
    private Status status = Status.UNDETERMINED;
    /** The message, or null while it is {@link #compared}'s, which is worded when first read. */
    private String message = "";
    /** A comparison whose message is not worded yet: most messages are never read by a rule and only some by a report. */
    private Compared compared;
    private String rating;
    /** Label, value, label, value, … in the order first set: a case holds thousands of outcomes, so no map each. */
    private Object[] values = NO_VALUES;
    private int valueCount;
    private static final Object[] NO_VALUES = new Object[0];
    /** Where a message template puts the message so far: {@code besked("Mødet er beslutningsdygtigt: {}.")}. */
    static final String HIDTIL = "{}";

    Outcome(String criterion, boolean verdict, Object subject, long caseNumber) {
        this.criterion = criterion;
        this.verdict = verdict;
        this.subject = subject;
        this.regeltjekCase = caseNumber;
    }

    static {
        RuleRuntime.register(new EngineHooks());
    }

    // ---------------------------------------------------------------------------------------------
    // Status and message

    /** The criterion holds. */
    public Outcome opfyldt(String besked) {
        return with(Status.MET, besked);
    }

    /** The criterion does not hold. */
    public Outcome ikkeOpfyldt(String besked) {
        return with(Status.NOT_MET, besked);
    }

    /** It holds, with a remark the reader should see (never fails a case). */
    public Outcome advarsel(String besked) {
        return with(Status.WARNING, besked);
    }

    /** The facts cannot decide it; say what is missing. */
    public Outcome uafgjort(String besked) {
        return with(Status.UNDETERMINED, besked);
    }

    /** Opfyldt when {@code betingelse} holds, otherwise ikke opfyldt, each with its message. */
    public Outcome opfyldtHvis(boolean betingelse, String opfyldtBesked, String ikkeOpfyldtBesked) {
        return betingelse ? opfyldt(opfyldtBesked) : ikkeOpfyldt(ikkeOpfyldtBesked);
    }

    /** The traffic-light scale ("Der anvendes farveskala; grøn, gul og rød"): opfyldt, rated "grøn". */
    public Outcome groen(String besked) {
        return opfyldt(besked).vurdering("grøn");
    }

    /** Advarsel, rated "gul". */
    public Outcome gul(String besked) {
        return advarsel(besked).vurdering("gul");
    }

    /** Ikke opfyldt, rated "rød". */
    public Outcome roed(String besked) {
        return ikkeOpfyldt(besked).vurdering("rød");
    }

    /** Turns ikke opfyldt into advarsel, keeping the message: for "som udgangspunkt" and "eller ved behov". */
    public Outcome somAdvarsel() {
        if (status == Status.NOT_MET) {
            status = Status.WARNING;
        }
        return this;
    }

    /** {@link #somAdvarsel()} when {@code betingelse} holds (e.g. a parameter says the rule is not binding). */
    public Outcome somAdvarselHvis(boolean betingelse) {
        return betingelse ? somAdvarsel() : this;
    }

    /**
     * Replaces the message, keeping status and values. {@code {}} in {@code skabelon} stands for the
     * message so far, so a comparison's wording can be framed:
     * {@code .mindst(…).besked("Mødet er beslutningsdygtigt: {}.")}.
     */
    public Outcome besked(String skabelon) {
        this.message = skabelon == null ? "" : skabelon.replace(HIDTIL, message());
        this.compared = null;
        return this;
    }

    /** {@link #besked(String)} with {@code hvisOpfyldt} when the outcome is opfyldt so far, otherwise {@code hvisIkke}. */
    public Outcome besked(String hvisOpfyldt, String hvisIkke) {
        return besked(status == Status.MET ? hvisOpfyldt : hvisIkke);
    }

    // ---------------------------------------------------------------------------------------------
    // Comparisons with a limit

    /**
     * Compares {@code faktisk} with {@code graense}; opfyldt when the comparison holds. The message
     * reads "bruttoanlægsudgift 20.000.000 kr. er ikke over 20.000.000 kr." and both values are kept
     * (the limit as "grænse (over)"; a second comparison's limit as "grænse for &lt;etiket&gt; (…)").
     */
    public Outcome sammenlign(String etiket, Object faktisk, Sammenligning sammenligning, Object graense) {
        boolean holder = sammenligning.holder(faktisk, graense);
        vaerdi(etiket, faktisk);
        String graenseEtiket = sammenligning.graenseEtiket();
        vaerdi(indexOf(graenseEtiket) >= 0 ? "grænse for " + etiket + " (" + sammenligning.tekst() + ")" : graenseEtiket,
                graense);
        Compared pending = new Compared(etiket, faktisk, holder, sammenligning, graense);
        if (!pending.keepsItsWording()) {
            return with(holder ? Status.MET : Status.NOT_MET, pending.wording());
        }
        with(holder ? Status.MET : Status.NOT_MET, null);
        this.message = null;
        this.compared = pending;
        return this;
    }

    /** A comparison as its message words it: "samlet bruttoanlægsudgift 20.000.000 kr. er ikke over 20.000.000 kr.". */
    private record Compared(String etiket, Object faktisk, boolean holder, Sammenligning sammenligning, Object graense) {
        String wording() {
            return etiket + " " + Values.format(faktisk) + " er " + (holder ? "" : "ikke ")
                    + sammenligning.tekst() + " " + Values.format(graense);
        }

        /** Whether wording it later reads the same as now: both values are immutable. */
        boolean keepsItsWording() {
            return immutable(faktisk) && immutable(graense);
        }

        private static boolean immutable(Object value) {
            return value == null || value instanceof dk.regeltjek.model.Amount || value instanceof java.math.BigDecimal
                    || value instanceof Integer || value instanceof Long || value instanceof java.time.LocalDate
                    || value instanceof String || value instanceof Boolean || value instanceof Enum<?>;
        }
    }

    /** The message, worded now if it is a comparison's. */
    private String message() {
        String text = message;
        if (text == null) {
            text = compared.wording();
            message = text;
            compared = null;
        }
        return text;
    }

    /** Opfyldt when {@code faktisk} is strictly over {@code graense} ("over 20 mio. kr."). */
    public Outcome over(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.OVER, graense);
    }

    /** Opfyldt when {@code faktisk} is at least {@code graense} ("minimum 25 pct."). */
    public Outcome mindst(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.MINDST, graense);
    }

    /** Opfyldt when {@code faktisk} is at most {@code graense} ("højst én pr. selskab"). */
    public Outcome hoejst(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.HOEJST, graense);
    }

    /** Opfyldt when {@code faktisk} is strictly under {@code graense}. */
    public Outcome under(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.UNDER, graense);
    }

    /** Opfyldt when {@code faktisk} equals {@code graense} by value. */
    public Outcome lig(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.LIG, graense);
    }

    /** Opfyldt when the date {@code faktisk} is on or before {@code graense} ("senest den 15. maj 2024"). */
    public Outcome senest(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.SENEST, graense);
    }

    /** Opfyldt when {@code faktisk} (a date or a year) is strictly before {@code graense} ("inden 2028"). */
    public Outcome foer(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.FOER, graense);
    }

    /** Opfyldt when {@code faktisk} (a date or a year) is strictly after {@code graense}. */
    public Outcome efter(String etiket, Object faktisk, Object graense) {
        return sammenlign(etiket, faktisk, Sammenligning.EFTER, graense);
    }

    /**
     * Opfyldt when {@code mindst <= faktisk <= hoejst} ("5-7 medlemmer", "3-5 gange årligt"). Keeps
     * the value and both limits ("grænse (mindst)", "grænse (højst)"); the message names the limit
     * that is broken ("medlemmer 8 er ikke højst 7") or reads "medlemmer 6 er mellem 5 og 7".
     */
    public Outcome mellem(String etiket, Object faktisk, Object mindst, Object hoejst) {
        vaerdi(etiket, faktisk).vaerdi("grænse (mindst)", mindst).vaerdi("grænse (højst)", hoejst);
        String start = etiket + " " + Values.format(faktisk) + " er ";
        if (!Sammenligning.MINDST.holder(faktisk, mindst)) {
            return with(Status.NOT_MET, start + "ikke mindst " + Values.format(mindst));
        }
        if (!Sammenligning.HOEJST.holder(faktisk, hoejst)) {
            return with(Status.NOT_MET, start + "ikke højst " + Values.format(hoejst));
        }
        return with(Status.MET, start + "mellem " + Values.format(mindst) + " og " + Values.format(hoejst));
    }

    /**
     * Reconciles a figure the document states with the one computed from it: opfyldt when
     * |angivet − beregnet| ≤ tolerance, decided exactly ({@code beregnet} may be a {@link Broek}).
     * Adds the values angivet, beregnet, difference and tolerance; the message reads
     * "L1691 København: angivet 302.504 kr., beregnet 302.198,70 kr. (875.000 kr. × 660.692 ÷ 1.912.998),
     * difference 305,3 kr. – mere end tolerancen på 1 kr." (a percentage's difference in procentpoint;
     * with tolerance 0 "stemmer" / "stemmer ikke").
     */
    public Outcome afstem(String hvem, Object angivet, Object beregnet, String enhed, Object tolerance, String regnestykke) {
        return Afstemning.paa(this, hvem, angivet, beregnet, enhed, tolerance, regnestykke);
    }

    // ---------------------------------------------------------------------------------------------
    // Values shown, rating

    /** Adds a value the explanation shows under "værdier" (setting a label again replaces its value in place). */
    public Outcome vaerdi(String etiket, Object vaerdi) {
        int at = indexOf(etiket);
        if (at < 0) {
            if (valueCount * 2 == values.length) {
                values = Arrays.copyOf(values, Math.max(8, values.length * 2));
            }
            at = valueCount++;
            values[2 * at] = etiket;
        }
        values[2 * at + 1] = vaerdi;
        return this;
    }

    /** A label such as "grøn", "gul" or "rød" shown beside the status. */
    public Outcome vurdering(String vurdering) {
        this.rating = vurdering;
        return this;
    }

    // ---------------------------------------------------------------------------------------------
    // Verdicts

    /**
     * The verdict "all the criteria must hold" over a subject's outcomes (a {@code collectList} of
     * them, or only of those not met, {@code opfyldt == false}, which decide it alone; only the
     * criteria the verdict lists under {@code from:} count): ikke opfyldt naming the
     * criteria not met ("projektet opfylder ikke LP-4, LP-5"), else uafgjort naming the open ones
     * ("kan ikke afgøres, før LP-6 er afgjort"), else opfyldt with {@code opfyldtBesked}.
     */
    public Outcome alleOpfyldt(Collection<?> udfald, String hvem, String opfyldtBesked) {
        List<String> ikke = Regel.ikkeOpfyldte(udfald);
        if (!ikke.isEmpty()) {
            return ikkeOpfyldt(hvem + " opfylder ikke " + String.join(", ", ikke));
        }
        List<String> aabne = Regel.uafgjorte(udfald);
        if (!aabne.isEmpty()) {
            return uafgjort("kan ikke afgøres, før " + String.join(", ", aabne) + " er afgjort");
        }
        return opfyldt(opfyldtBesked);
    }

    /**
     * Decides the totals of a table (see {@link Totaler}): ikke opfyldt when one differs from its sum
     * by more than its tolerance, naming each; uafgjort with {@code ingenBesked} when there is none to check.
     */
    public Outcome totalerStemmer(Totaler totaler, String ingenBesked) {
        return totaler.afgoer(this, ingenBesked);
    }

    /**
     * A body's composition against the seats prescribed (see {@link Optaelling}): shows each count
     * beside its prescribed number and the total; opfyldt with {@code opfyldtBesked} when every count
     * matches and no other kind sits, otherwise ikke opfyldt with {@code afvigerSkabelon}, where
     * {@code {}} is the list of deviations ("…: 6 (foreskrevet 7); …").
     */
    public Outcome sammensaetning(Optaelling optaelling, String opfyldtBesked, String afvigerSkabelon) {
        optaelling.visPaa(this);
        List<String> afvigelser = optaelling.afvigelser();
        return afvigelser.isEmpty() ? opfyldt(opfyldtBesked)
                : ikkeOpfyldt(afvigerSkabelon.replace(HIDTIL, String.join("; ", afvigelser)));
    }

    // ---------------------------------------------------------------------------------------------
    // What rules read (Danish properties)

    /** The criterion id (from the rule's {@code @id}). */
    public String getKriterium() {
        return criterion;
    }

    /** The subject the outcome is about (a fact of the criterion's {@code subject} type). */
    public Object getEmne() {
        return subject;
    }

    /** True for the outcome of a verdict criterion ({@code verdict: true} in pack.yaml). */
    public boolean isVerdikt() {
        return verdict;
    }

    /** Opfyldt so far; in a condition the property {@code opfyldt}. */
    public boolean isOpfyldt() {
        return status == Status.MET;
    }

    /** Ikke opfyldt so far; the property {@code ikkeOpfyldt}. */
    public boolean isIkkeOpfyldt() {
        return status == Status.NOT_MET;
    }

    /** An advarsel so far; the property {@code advarsel}. */
    public boolean isAdvarsel() {
        return status == Status.WARNING;
    }

    /** Uafgjort so far (every outcome starts so); the property {@code uafgjort}. */
    public boolean isUafgjort() {
        return status == Status.UNDETERMINED;
    }

    /** The message so far. */
    public String getBesked() {
        return message();
    }

    /** The rating ("grøn", "gul", "rød"), or null. */
    public String getVurdering() {
        return rating;
    }

    private int indexOf(String label) {
        for (int i = 0; i < valueCount; i++) {
            if (values[2 * i].equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private Outcome with(Status status, String message) {
        this.status = status;
        this.message = message == null ? "" : message;
        this.compared = null;
        return this;
    }

    // ---------------------------------------------------------------------------------------------
    // The engine's side (English, as the rest of the engine)

    /** The criterion id; the engine reads it (rules read {@link #getKriterium()}). */
    public String getCriterion() {
        return criterion;
    }

    /** Whether the criterion is a verdict; the engine reads it (rules read {@link #isVerdikt()}). */
    public boolean isVerdict() {
        return verdict;
    }

    /** The subject; the engine reads it (rules read {@link #getEmne()}). */
    public Object getSubject() {
        return subject;
    }

    /** The case number within a batch (0 when a session checks one case); rules are joined on it. */
    public long getRegeltjekCase() {
        return regeltjekCase;
    }

    /** The status, for the engine and reports. */
    public Status getStatus() {
        return status;
    }

    /** The message; the engine reads it (rules read {@link #getBesked()}). */
    public String getMessage() {
        return message();
    }

    /** The rating, or null; the engine reads it (rules read {@link #getVurdering()}). */
    public String getRating() {
        return rating;
    }

    /** The values in the order first set (setting a label again replaces its value in place). */
    public Map<String, Object> getValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        forEachValue(map::put);
        return Collections.unmodifiableMap(map);
    }

    /** Hands each label and value to {@code action}, in the order of {@link #getValues()}, without building a map. */
    public void forEachValue(BiConsumer<String, Object> action) {
        for (int i = 0; i < valueCount; i++) {
            action.accept((String) values[2 * i], values[2 * i + 1]);
        }
    }

    /** How many values are shown. */
    public int valueCount() {
        return valueCount;
    }

    @Override
    public String toString() {
        return criterion + " " + status.key() + ": " + message();
    }
}
