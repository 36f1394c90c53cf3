package dk.regeltjek.cli;

import dk.regeltjek.api.Checker;
import java.time.Duration;

/** The rules and how every case is checked: limits, session size and threads. */
record CheckerConfig(RulesConfig rules, int firingLimit, int batchSize, Duration timeout, int threads) {

    /** Loads the rules; bad rules surface where a pack is used, as located problems. */
    Checker load(Invocation invocation) {
        return rules.load(invocation).withBatchSize(batchSize).withFiringLimit(firingLimit).withTimeout(timeout);
    }
}
