import dk.regeltjek.api.Checker;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.OutcomeRecord;
import java.nio.file.Path;

public class LibraryExample {
    public static void main(String[] args) {
        Checker checker = Checker.load(Path.of("rules"));
        for (CaseResult result : checker.checkFile(Path.of("examples/laanepulje/blandet-ansoegning.yaml"))) {
            System.out.println(result.info().name() + " → " + result.verdict().danish());
            for (OutcomeRecord o : result.outcomes()) {
                System.out.println("  " + o.criterion() + " " + o.subject().name() + ": " + o.status().key()
                        + " (" + o.message() + ")");
            }
        }
    }
}
