package dk.regeltjek.bench.raw;

import java.time.LocalDate;

/** The applying municipality and the day it approved the application, as a plain object. */
public final class Application {
    private final String municipality;
    private final LocalDate approved;

    public Application(String municipality, LocalDate approved) {
        this.municipality = municipality;
        this.approved = approved;
    }

    public String getMunicipality() {
        return municipality;
    }

    public LocalDate getApproved() {
        return approved;
    }
}
