package dk.regeltjek.archfixture.engine;

import dk.regeltjek.archfixture.api.Facade;

/** The other half of the deliberate cycle, plus a Drools type outside an engine package. */
public final class Core {
    public Facade back() {
        return null;
    }

    public org.kie.api.KieBase kieBase() {
        return null;
    }
}
