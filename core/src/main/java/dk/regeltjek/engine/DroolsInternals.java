package dk.regeltjek.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.factmodel.FieldDefinition;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

/**
 * Every use of Drools beyond its public {@code org.kie.api} that the engine makes (except the
 * rewriting of parsed rules in {@link CaseScoping}): parsing DRL into descriptions, building a
 * rule base from them, reading a rule's resource and bindings, and setting declared fields
 * without a lookup by name. docs/engine-notes.md lists them; a Drools upgrade starts here.
 */
final class DroolsInternals {
    private DroolsInternals() {
    }

    /** A DRL file parsed into Drools' description of it, which the engine rewrites before building. */
    record Drl(PackageDescr descr) {
    }

    /** A DRL file parsed (null when unreadable), and the located problems of its syntax (line and column from 1; 0 unknown). */
    record Parsed(Drl drl, List<SyntaxError> errors) {
    }

    record SyntaxError(int line, int column, String message) {
    }

    /** The result of building: the packages, the located errors and the bytecode of the declared types. */
    record Built(Collection<KiePackage> packages, List<BuildError> errors, Map<String, byte[]> declaredTypes) {
    }

    /**
     * A build error: the file inside the pack (or null), the line (0 unknown) and Drools' message;
     * for a consequence that does not compile also the rule, the line of its {@code then}, the
     * Java compiler's problems and the line of the rule's generated class where the consequence's
     * first line stands (else null, 0, empty and 0).
     */
    record BuildError(String file, int line, String message, String rule, int thenLine, List<JavaProblem> javaProblems,
                      int firstConsequenceLineGenerated) {
    }

    /** One problem the Java compiler found in a rule's generated class, at a line of that class. */
    record JavaProblem(String message, int generatedLine) {
    }

    /**
     * The lines of the consequence method's head in a rule's generated class, between the offset
     * Drools records for the consequence ({@link RuleDescr#getConsequenceOffset()}: the class's
     * package, imports and the methods its accumulates, evals and froms need) and the consequence's
     * first line. Pinned by DrlErrorsTest, on rules with and without an accumulate.
     */
    static final int CONSEQUENCE_METHOD_HEAD_LINES = 4;

    static Parsed parse(Path file, String inPack) {
        DrlParser parser = new DrlParser();
        try {
            // read as bytes, not as a java.io.File: a pack may live inside a jar (rules on the class path)
            PackageDescr descr = parser.parse(ResourceFactory.newByteArrayResource(Files.readAllBytes(file))
                    .setSourcePath(inPack));
            List<SyntaxError> errors = new ArrayList<>();
            for (DroolsError error : parser.getErrors()) {
                if (error instanceof ParserError p) {
                    errors.add(new SyntaxError(p.getRow(), p.getCol() + 1, p.getMessage()));
                } else {
                    errors.add(new SyntaxError(error.getLines().length > 0 ? error.getLines()[0] : 0, 0, error.getMessage()));
                }
            }
            if (descr == null && errors.isEmpty()) {
                errors.add(new SyntaxError(0, 0, "the file holds no rules Drools can read"));
            }
            return new Parsed(descr == null ? null : new Drl(descr), errors);
        } catch (DroolsParserException | IOException e) {
            return new Parsed(null, List.of(new SyntaxError(0, 0, String.valueOf(e.getMessage()))));
        }
    }

    /**
     * Adds imports of {@code classes} and of every function of {@code functionClasses}, except where
     * the file imports a class or function of the same name itself.
     */
    static void addImports(Drl drl, List<Class<?>> classes, Map<Class<?>, List<String>> functions) {
        for (Class<?> type : classes) {
            addImport(drl.descr(), type.getName());
        }
        functions.forEach((type, names) -> names.forEach(name -> addFunctionImport(drl.descr(), type.getName(), name)));
    }

    /** The package the file declares ("" for none). */
    static String packageOf(Drl drl) {
        return drl.descr().getName();
    }

    /**
     * The rules of the file whose {@code @id} is one of {@code ids}, as a file of package {@code pkg}
     * (null when there are none): with the file's imports, globals and package attributes, without its
     * declared types, functions and queries — an included rule matches the including pack's types,
     * which the package it is moved into declares.
     */
    static Drl onlyRules(Drl drl, Set<String> ids, String pkg) {
        PackageDescr from = drl.descr();
        PackageDescr to = new PackageDescr(pkg);
        to.setResource(from.getResource());
        from.getImports().forEach(to::addImport);
        from.getFunctionImports().forEach(to::addFunctionImport);
        from.getGlobals().forEach(to::addGlobal);
        from.getAttributes().forEach(to::addAttribute);
        for (RuleDescr rule : from.getRules()) {
            AnnotationDescr id = rule.getAnnotation("id");
            if (!rule.isQuery() && id != null && ids.contains(AnnotationDescr.unquote(String.valueOf(id.getSingleValue())))) {
                rule.setNamespace(pkg);
                to.addRule(rule);
            }
        }
        return to.getRules().isEmpty() ? null : new Drl(to);
    }

    /** Puts a checkpoint in every loop of every rule's consequence (see {@link LoopCheckpoints}). */
    static void addLoopCheckpoints(Drl drl) {
        for (RuleDescr rule : drl.descr().getRules()) {
            if (rule.getConsequence() instanceof String consequence) {
                rule.setConsequence(LoopCheckpoints.insert(consequence));
            }
        }
    }

    private static void addImport(PackageDescr descr, String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        boolean taken = descr.getImports().stream().anyMatch(i -> i.getTarget().endsWith("." + simple)
                || i.getTarget().equals(simple));
        if (!taken) {
            descr.addImport(new ImportDescr(className));
        }
    }

    private static void addFunctionImport(PackageDescr descr, String className, String function) {
        boolean taken = descr.getFunctionImports().stream().anyMatch(i -> i.getTarget().endsWith("." + function))
                || descr.getFunctions().stream().anyMatch(f -> f.getName().equals(function));
        if (!taken) {
            FunctionImportDescr imported = new FunctionImportDescr();
            imported.setTarget(className + "." + function);
            descr.addFunctionImport(imported);
        }
    }

    /** Builds the descriptions (by their paths inside the pack) into packages, resolving types across files. */
    static Built build(Map<String, Drl> descrs) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        descrs.forEach((inPack, drl) -> batch.add(ResourceFactory.newDescrResource(drl.descr()).setSourcePath(inPack),
                ResourceType.DESCR));
        batch.build();
        List<BuildError> errors = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            int line = error.getLines() != null && error.getLines().length > 0 ? error.getLines()[0] : 0;
            String file = error.getResource() == null ? null : error.getResource().getSourcePath();
            String message = error.getMessage() == null ? "" : error.getMessage();
            if (error instanceof RuleBuildError ruleError && ruleError.getObject() instanceof CompilationProblem[] problems
                    && ruleError.getDescr() instanceof RuleDescr rule) {
                List<JavaProblem> java = new ArrayList<>();
                for (CompilationProblem problem : problems) {
                    java.add(new JavaProblem(problem.getMessage(), problem.getStartLine()));
                }
                errors.add(new BuildError(file, line, message, rule.getName(), rule.getConsequenceLine(), java,
                        rule.getConsequenceOffset() + CONSEQUENCE_METHOD_HEAD_LINES));
            } else {
                errors.add(new BuildError(file, line, message, null, 0, List.of(), 0));
            }
        }
        Map<String, byte[]> types = builder instanceof KnowledgeBuilderImpl impl
                && impl.getRootClassLoader() instanceof ProjectClassLoader loader ? loader.getStore() : null;
        return new Built(errors.isEmpty() ? builder.getKnowledgePackages() : List.of(), errors, types);
    }

    /** The fields of every type the files declare, by type name, in the order declared. */
    static Map<String, List<String>> declaredFields(Collection<Drl> drls) {
        Map<String, List<String>> fields = new java.util.TreeMap<>();
        for (Drl drl : drls) {
            drl.descr().getTypeDeclarations().forEach(type -> fields.put(type.getTypeName(), List.copyOf(type.getFields().keySet())));
        }
        return fields;
    }

    static KieBase newKieBase(Collection<KiePackage> packages) {
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return kieBase;
    }

    /** The rule's file inside the pack, as it was given to the builder. */
    static String fileOf(Rule rule) {
        RuleImpl impl = (RuleImpl) rule;
        return impl.getResource() == null ? null : impl.getResource().getSourcePath();
    }

    static String agendaGroupOf(Rule rule) {
        return ((RuleImpl) rule).getAgendaGroup();
    }

    /** Whether the compiled rule binds {@code declaration} (a rewritten rule binds the case number). */
    static boolean declares(Rule rule, String declaration) {
        return ((RuleImpl) rule).getDeclaration(declaration) != null;
    }

    /** Sets a declared field through its generated accessor ({@code FactType.set} looks the field up by name each time). */
    static void set(FactType type, FactField field, Object fact, Object value) {
        if (field instanceof FieldDefinition definition) {
            definition.setValue(fact, value);
        } else {
            type.set(fact, field.getName(), value);
        }
    }

    static Object get(FactType type, FactField field, Object fact) {
        return field instanceof FieldDefinition definition ? definition.getValue(fact) : type.get(fact, field.getName());
    }
}
