package dk.regeltjek.archfixture.api;

import dk.regeltjek.archfixture.engine.Core;

/** Half of a deliberate package cycle (api → engine → api), which the architecture rules must catch. */
public final class Facade {
    public Core core() {
        return new Core();
    }
}
