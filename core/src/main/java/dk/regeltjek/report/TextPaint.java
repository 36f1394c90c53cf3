package dk.regeltjek.report;

import dk.regeltjek.model.Status;

/** ANSI colours for text, or none. Only ever wraps text that {@link Safe#terminal} has escaped. */
final class TextPaint {
    private final boolean color;

    TextPaint(boolean color) {
        this.color = color;
    }

    String bold(String text) {
        return paint("1", text);
    }

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String status(Status status, String text) {
        return paint(switch (status) {
            case MET -> "32";
            case NOT_MET -> "31";
            case WARNING -> "33";
            case UNDETERMINED -> "35";
        }, text);
    }

    private String paint(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
