package dk.regeltjek.report;

import dk.regeltjek.model.Status;

/**
 * The colours of the HTML report. Each status has a light background with dark text — contrast at
 * least 4.5:1 (WCAG AA, checked by a test) — and is always also named by a symbol and a word, so no
 * reader depends on colour alone.
 */
enum HtmlPalette {
    MET(Status.MET, "#e2f0e5", "#185427"),
    NOT_MET(Status.NOT_MET, "#fbe2e2", "#8a1a1a"),
    WARNING(Status.WARNING, "#fff0c7", "#674400"),
    UNDETERMINED(Status.UNDETERMINED, "#ebe5f6", "#472a80"),
    /** A criterion with no outcome for the subject (it is decided for another kind of fact). */
    NONE(null, "#ffffff", "#595959");

    final Status status;
    final String background;
    final String foreground;

    HtmlPalette(Status status, String background, String foreground) {
        this.status = status;
        this.background = background;
        this.foreground = foreground;
    }

    /** The CSS class of a cell: {@code s-not_met}, …, {@code s-none}. */
    String cssClass() {
        return "s-" + key();
    }

    String key() {
        return status == null ? "none" : status.key();
    }

    static HtmlPalette of(Status status) {
        for (HtmlPalette p : values()) {
            if (p.status == status) {
                return p;
            }
        }
        return NONE;
    }

    /** The WCAG contrast ratio of two {@code #rrggbb} colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
