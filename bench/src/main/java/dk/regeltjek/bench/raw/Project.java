package dk.regeltjek.bench.raw;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A loan-pool project as a developer writing Drools by hand would model it: a plain object. */
public final class Project {
    private final String name;
    private final String basis;
    private final String kind;
    private final int places2025;
    private final int places2026;
    private final int converted;
    private final int removed;
    private final BigDecimal shareOthers;
    private final LocalDate completion;
    private final BigDecimal gross2025;
    private final BigDecimal gross2026;
    private final Boolean lossMadeProbable;

    public Project(String name, String basis, String kind, int places2025, int places2026, int converted, int removed,
                   BigDecimal shareOthers, LocalDate completion, BigDecimal gross2025, BigDecimal gross2026,
                   Boolean lossMadeProbable) {
        this.name = name;
        this.basis = basis;
        this.kind = kind;
        this.places2025 = places2025;
        this.places2026 = places2026;
        this.converted = converted;
        this.removed = removed;
        this.shareOthers = shareOthers;
        this.completion = completion;
        this.gross2025 = gross2025;
        this.gross2026 = gross2026;
        this.lossMadeProbable = lossMadeProbable;
    }

    public String getName() {
        return name;
    }

    public String getBasis() {
        return basis;
    }

    public String getKind() {
        return kind;
    }

    public int getPlaces2025() {
        return places2025;
    }

    public int getPlaces2026() {
        return places2026;
    }

    public int getConverted() {
        return converted;
    }

    public int getRemoved() {
        return removed;
    }

    public BigDecimal getShareOthers() {
        return shareOthers;
    }

    public LocalDate getCompletion() {
        return completion;
    }

    public BigDecimal getGross2025() {
        return gross2025;
    }

    public BigDecimal getGross2026() {
        return gross2026;
    }

    public Boolean getLossMadeProbable() {
        return lossMadeProbable;
    }
}
