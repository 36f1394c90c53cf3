package dk.regeltjek.bench.raw;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The Drools a developer would write by hand for the loan pool (resources /rawdrools): built the
 * documented way (KieFileSystem, KieBuilder, KieContainer) and run with one stateless session per
 * case, results collected in a global list. The benchmark's yardstick for the rule engine's cost
 * without regeltjek's explanations and safety net.
 */
public final class RawDroolsPeer {
    private final KieBase kieBase;

    public RawDroolsPeer() {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        try (InputStream drl = RawDroolsPeer.class.getResourceAsStream("/rawdrools/laanepulje.drl")) {
            files.write("src/main/resources/rawdrools/laanepulje/laanepulje.drl", drl.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the raw-Drools peer does not compile: " + builder.getResults().getMessages());
        }
        kieBase = services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
    }

    /** One case: its application and projects in a stateless session of their own. */
    public List<Result> check(Application application, List<Project> projects) {
        List<Result> results = new ArrayList<>(8 * projects.size() + 4);
        List<Object> facts = new ArrayList<>(projects.size() + 1);
        facts.add(application);
        facts.addAll(projects);
        StatelessKieSession session = kieBase.newStatelessKieSession();
        session.setGlobal("results", results);
        session.execute(facts);
        return results;
    }
}
