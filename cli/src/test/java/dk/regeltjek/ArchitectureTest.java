package dk.regeltjek;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house as docs/engine-notes.md and the README's Layout draw it, kept by a test: packages
 * without cycles, Drools only inside the engine (its internal APIs only in the adapter classes),
 * the result model a leaf, the rule vocabulary's engine hooks used only by the engine.
 */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dk.regeltjek");

    @Test
    void noPackageCycles() {
        // every package its own slice, sub-packages too (rules and rules.runtime may not import each other both ways)
        slices().matching("dk.regeltjek.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /** The rules themselves are tested: a deliberate cycle and a stray Drools type (test classes) are caught. */
    @Test
    void theRulesCatchACycleAndAStrayDroolsType() {
        JavaClasses fixture = new ClassFileImporter().importPackages("dk.regeltjek.archfixture");
        assertThatThrownBy(() -> slices().matching("dk.regeltjek.archfixture.(*)..").should().beFreeOfCycles().check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Cycle detected");
        assertThatThrownBy(() -> noClasses().that().resideOutsideOfPackage("dk.regeltjek.engine")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..").check(fixture))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.kie.api.KieBase");
    }

    @Test
    void droolsTypesStayInsideTheEngine() {
        noClasses().that().resideOutsideOfPackage("dk.regeltjek.engine")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .because("results, readers, reporters and the CLI work with plain data; only the engine runs Drools")
                .check(CLASSES);
    }

    @Test
    void droolsInternalsOnlyInTheAdapter() {
        noClasses().that().resideInAPackage("dk.regeltjek.engine")
                .and().haveNameNotMatching("dk\\.regeltjek\\.engine\\.(DroolsInternals|CaseScoping|CompiledPackCache|CacheObjectFilter)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie.internal..")
                .because("the internal Drools APIs sit behind DroolsInternals (and CaseScoping's rewriting of parsed rules, "
                        + "the cache's serialisation and its allow-list); docs/engine-notes.md lists them")
                .check(CLASSES);
    }

    @Test
    void theResultModelIsALeaf() {
        noClasses().that().resideInAPackage("dk.regeltjek.model")
                .should().dependOnClassesThat().resideInAnyPackage("dk.regeltjek.api..", "dk.regeltjek.engine..",
                        "dk.regeltjek.facts..", "dk.regeltjek.rules..", "dk.regeltjek.report..", "dk.regeltjek.testing..",
                        "dk.regeltjek.compare..", "dk.regeltjek.cli..", "dk.regeltjek.daemon..")
                .check(CLASSES);
    }

    @Test
    void theLibraryDoesNotKnowTheCommandLine() {
        noClasses().that().resideInAnyPackage("dk.regeltjek.model..", "dk.regeltjek.facts..", "dk.regeltjek.rules..",
                        "dk.regeltjek.engine..", "dk.regeltjek.api..", "dk.regeltjek.report..", "dk.regeltjek.testing..",
                        "dk.regeltjek.compare..", "dk.regeltjek.io..")
                .should().dependOnClassesThat().resideInAnyPackage("dk.regeltjek.cli..", "dk.regeltjek.daemon..",
                        "dk.regeltjek.warm..", "dk.regeltjek.service..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void theEngineHooksOfTheRuleVocabularyAreUsedOnlyByTheEngine() {
        classes().that().resideInAPackage("dk.regeltjek.rules.runtime")
                .should().onlyBeAccessed().byClassesThat().resideInAnyPackage("dk.regeltjek.engine", "dk.regeltjek.rules..")
                .check(CLASSES);
    }

    @Test
    void theEngineShowsOnlyItsEntryPoint() {
        classes().that().resideInAPackage("dk.regeltjek.engine").and().arePublic().and().areTopLevelClasses()
                .should().haveSimpleName("Engine")
                .because("the engine's internals are package-private; the library's face is dk.regeltjek.api")
                .check(CLASSES);
    }
}
