package dk.regeltjek.report;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.RuleInfo;
import java.io.IOException;
import java.util.List;

/** Renders the {@code packs} listing: each pack as its pack.yaml describes it, with its rules. */
public interface PacksReporter {

    /** A pack and its rules in file order. */
    record Listing(PackInfo pack, List<RuleInfo> rules) {
    }

    void write(List<Listing> packs) throws IOException;
}
