package dk.regeltjek.engine;

import dk.regeltjek.model.PackInfo;
import dk.regeltjek.model.PackInfo.Parameter;
import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import dk.regeltjek.model.Values;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parameter values a case's rules read: each parameter's value in force on the case's date
 * (its {@code dato:}, else the pack's reference date — never today's, so results do not drift),
 * then the scenario's values, then the case's own.
 */
final class ParameterValues {
    private ParameterValues() {
    }

    static Map<String, Object> forCase(PackInfo pack, String scenario, Map<String, Object> overrides, LocalDate date,
                                       SourceLocation where) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter p : pack.parameters().values()) {
            values.put(p.name(), p.isDated() ? inForce(p, date, where) : p.isByYear() ? p.byYear() : p.value());
        }
        if (scenario != null) {
            values.putAll(pack.scenarios().get(scenario).parameters());
        }
        values.putAll(overrides);
        return Collections.unmodifiableMap(values);
    }

    private static Object inForce(Parameter p, LocalDate date, SourceLocation where) {
        Map.Entry<LocalDate, Object> entry = p.dated().floorEntry(date);
        if (entry == null) {
            throw RegeltjekException.badInput(where, "parameter " + p.name() + " has no value on " + Values.format(date)
                    + "; its first value is in force from " + Values.format(p.dated().firstKey()),
                    "check the case's dato:, or give the parameter a value from an earlier date in pack.yaml");
        }
        return entry.getValue();
    }
}
