package dk.regeltjek.report;

import java.util.Locale;

/** What a report is about: the command that produced it. */
public enum Command {
    /** Cases checked and explained. */
    RUN,
    /** Cases checked against their expect blocks, with coverage. */
    TEST,
    /** Cases checked under two scenarios. */
    COMPARE,
    /** The rule packs themselves. */
    PACKS;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return key();
    }
}
