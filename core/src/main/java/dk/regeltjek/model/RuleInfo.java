package dk.regeltjek.model;

import dk.regeltjek.model.Citation;

/** A rule of a pack as the reports show it: its name, criterion, citation and file. */
public record RuleInfo(String pack, String name, String criterion, Citation citation, String file, int line) {

    /** {@code rules/laanepulje/kriterier.drl:12} */
    public String where() {
        return line > 0 ? file + ":" + line : file;
    }
}
