package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.testing.Mismatch;
import java.io.IOException;
import java.util.List;

/** Renders results as they come, one case at a time, then a summary. */
public interface Reporter {

    /** {@code mismatches} is null for {@code run}, the unmet expectations for {@code test}. */
    void caseChecked(CaseResult result, List<Mismatch> mismatches) throws IOException;

    void finish(Summary summary) throws IOException;
}
