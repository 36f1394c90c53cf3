package dk.regeltjek.report;

import java.util.Locale;

/** The output formats; which command writes which is decided in {@link Reporters}. */
public enum Format {
    /** Danish explanations for people, compact by default. */
    TEXT,
    /** Complete results for programs; versioned by a JSON schema in docs/. */
    JSON,
    /** JUnit XML for GitLab, Jenkins and other CI test views. */
    JUNIT,
    /** GitHub Actions annotations, and a job summary when GITHUB_STEP_SUMMARY is set. */
    GITHUB,
    /** SARIF 2.1.0 for code-scanning tools. */
    SARIF,
    /** One self-contained HTML page for people: matrices, explanations, filters. */
    HTML;

    /** The name on the command line: {@code text}, {@code json}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The usual file name extension of a report in this format. */
    public String extension() {
        return switch (this) {
            case TEXT, GITHUB -> "txt";
            case JUNIT -> "xml";
            default -> key();
        };
    }

    /** The format named {@code key}, or null. */
    public static Format fromKey(String key) {
        for (Format f : values()) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return key();
    }
}
