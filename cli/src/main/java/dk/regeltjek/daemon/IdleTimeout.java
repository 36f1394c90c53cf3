package dk.regeltjek.daemon;

import java.time.Duration;
import java.util.Locale;

/** {@code REGELTJEK_DAEMON_IDLE}: how long the daemon waits for a request before it exits, e.g. 3h, 90m, 600s or 600. */
final class IdleTimeout {
    static final Duration DEFAULT = Duration.ofHours(3);

    private IdleTimeout() {
    }

    /** The timeout named by {@code text}, or {@link #DEFAULT} when it is unset or not understood. */
    static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        char unit = t.charAt(t.length() - 1);
        String digits = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1);
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return DEFAULT;
        }
        return switch (unit) {
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            case 's' -> Duration.ofSeconds(n);
            case 'd' -> Duration.ofDays(n);
            default -> Character.isDigit(unit) ? Duration.ofSeconds(n) : DEFAULT;
        };
    }

    /** 3h, 90m, 45s: as a person would write it (and as {@link #parse} reads it). */
    static String format(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        return s >= 60 && s % 60 == 0 ? s / 60 + "m" : s + "s";
    }

    /** An uptime: 2h 5m, 4m 12s, 9s. */
    static String uptime(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return s / 3600 + "h " + s % 3600 / 60 + "m";
        }
        return s >= 60 ? s / 60 + "m " + s % 60 + "s" : s + "s";
    }
}
