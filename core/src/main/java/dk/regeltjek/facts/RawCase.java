package dk.regeltjek.facts;

import dk.regeltjek.model.Expectation;
import dk.regeltjek.model.SourceLocation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A case as written, before its facts are typed: the engine converts {@code facts} by the
 * pack's declared types. {@code facts} maps a type name to its objects, each a located mapping.
 * {@code date} is the case's {@code dato:} (null when not given): the date its dated parameters are read at.
 */
public record RawCase(
        String name,
        String pack,
        SourceLocation packLocation,
        String scenario,
        SourceLocation scenarioLocation,
        LocalDate date,
        Node.Mapping parameters,
        Map<String, TypedFacts> facts,
        Expectation expect,
        SourceLocation location) {

    /** The objects written for one type, and where the type's key stands. */
    public record TypedFacts(String type, SourceLocation location, List<Node.Mapping> objects) {
    }
}
