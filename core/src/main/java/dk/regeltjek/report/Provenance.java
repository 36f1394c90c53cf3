package dk.regeltjek.report;

import java.time.Instant;
import java.util.List;

/**
 * What decided a report, besides each case's scenario, date and parameter values (in its
 * {@code CaseInfo}): the regeltjek version, when the report was made, and every pack used.
 */
public record Provenance(String toolVersion, Instant createdAt, List<PackUsed> packs) {

    /** The pack {@code id}, or null when no case used it. */
    public PackUsed pack(String id) {
        for (PackUsed p : packs) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }
}
