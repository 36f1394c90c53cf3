package dk.regeltjek.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods of a dated log a rule judges (see {@link Datoer#perioder}): all of them, the worst,
 * those over a limit, how they were counted, and whether the log covers a period fully.
 */
public final class Perioder {
    private final List<Periode> alle;
    private final int maaneder;
    private final String type;
    /** How a period starting on the 29th–31st ends: "sidste-dag" or "dagen-foer" (see {@link Datoer#periodeSlut}). */
    private final String maanedsslut;
    /** The whole log as one period (first to last logged day); null when the log is empty. */
    private final Periode hele;

    Perioder(List<Periode> alle, int maaneder, String type, String maanedsslut, Periode hele) {
        this.alle = List.copyOf(alle);
        this.maaneder = maaneder;
        this.type = type;
        this.maanedsslut = maanedsslut;
        this.hele = hele;
    }

    /** Every period, in order of its first day. */
    public List<Periode> alle() {
        return alle;
    }

    /** The whole log as one period, or null when nothing is logged. */
    public Periode hele() {
        return hele;
    }

    /** The period with the largest share (the first of equals); periods with nothing to divide by are skipped; null if none. */
    public Periode vaerste() {
        Periode worst = null;
        for (Periode p : alle) {
            if (p.erOpgjort() && (worst == null
                    || p.getTaeller().multiply(worst.getNaevner()).compareTo(worst.getTaeller().multiply(p.getNaevner())) > 0)) {
                worst = p;
            }
        }
        return worst;
    }

    /** How many periods have something to divide by (working time). */
    public int antalOpgjorte() {
        int n = 0;
        for (Periode p : alle) {
            if (p.erOpgjort()) {
                n++;
            }
        }
        return n;
    }

    /** The periods whose share is over {@code graensePct}, exactly. */
    public List<Periode> over(Object graensePct) {
        List<Periode> over = new ArrayList<>();
        for (Periode p : alle) {
            if (p.erOver(graensePct)) {
                over.add(p);
            }
        }
        return over;
    }

    /** The periods over {@code graensePct}, each described as "01/01/2025–31/03/2025: 10 af 20 timer = 50 %". */
    public List<String> beskrivOver(Object graensePct, String enhed) {
        List<String> texts = new ArrayList<>();
        for (Periode p : over(graensePct)) {
            texts.add(p.beskrivelse(enhed));
        }
        return texts;
    }

    /** How the periods were counted: "rullende perioder på 3 måneder", "kalenderkvartaler", "kalenderår". */
    public String beskrivelse() {
        if ("calendar".equals(type)) {
            if (maaneder == 3) {
                return "kalenderkvartaler";
            }
            if (maaneder == 12) {
                return "kalenderår";
            }
            return "kalenderperioder på " + maaneder + " måneder fra januar";
        }
        return "rullende perioder på " + maaneder + " måneder";
    }

    /**
     * A remark when the log does not cover {@code periode} fully (null when it does): a rolling
     * period of a log shorter than one period is the whole log; a calendar period may be partly logged.
     */
    public String daekning(Periode periode) {
        if (!"calendar".equals(type)) {
            if (periode.getTil().isBefore(DatedWindows.end(periode.getFra(), maaneder, maanedsslut))) {
                return "Loggen (" + hele.tekst() + ") er kortere end én periode på " + maaneder
                        + " måneder; andelen er opgjort over hele loggen.";
            }
            return null;
        }
        LocalDate from = periode.getFra().isBefore(hele.getFra()) ? hele.getFra() : periode.getFra();
        LocalDate to = periode.getTil().isAfter(hele.getTil()) ? hele.getTil() : periode.getTil();
        if (from.equals(periode.getFra()) && to.equals(periode.getTil())) {
            return null;
        }
        return "Loggen dækker kun " + new Periode(from, to, periode.getTaeller(), periode.getNaevner()).tekst()
                + " af perioden " + periode.tekst() + "; andelen er opgjort over de loggede dage.";
    }
}
