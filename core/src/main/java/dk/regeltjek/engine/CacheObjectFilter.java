package dk.regeltjek.engine;

import java.io.ObjectInputFilter;
import java.io.Serializable;
import java.util.Set;
import org.drools.core.base.accumulators.CountAccumulateFunction;
import org.drools.wiring.api.classloader.ProjectClassLoader;

/**
 * What a cache entry may deserialise: the serialisable classes compiled Drools packages are made
 * of, the pack's own declared types, and classes no instance of which can be deserialised at all
 * (not Serializable: they can only be named, as a Class, e.g. an import); nothing else, and within
 * limits far above the largest bundled pack's.
 *
 * <p>The list was found by reading every bundled pack, and a probe pack using each construct
 * docs/authoring.md describes, back from the cache with a filter that logged every class it was
 * asked about (docs/engine-notes.md, "Compiled-pack cache"). A pack needing a class that is not
 * here is compiled on every run, never loaded wrongly; the debug log names the class.
 */
final class CacheObjectFilter implements ObjectInputFilter {
    static final long MAX_DEPTH = 100;
    static final long MAX_REFERENCES = 1_000_000;
    static final long MAX_ARRAY_LENGTH = 16L << 20;
    static final long MAX_STREAM_BYTES = 64L << 20;

    /** The serialisable classes allowed, by package; arrays are allowed when their element class is. */
    static final Set<String> ALLOWED = Set.of(
            // the JDK: collections, values, and the serial forms they use
            "java.io.File",
            "java.lang.Boolean", "java.lang.Double", "java.lang.Enum", "java.lang.Integer", "java.lang.Long",
            "java.lang.Number", "java.lang.String",
            "java.math.BigDecimal", "java.math.RoundingMode",
            "java.time.LocalDate",
            "java.util.ArrayList", "java.util.Collections$EmptyList",
            "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet", "java.util.Collections$SynchronizedMap",
            "java.util.Date", "java.util.HashMap", "java.util.HashSet", "java.util.IdentityHashMap",
            "java.util.LinkedHashMap", "java.util.LinkedHashSet",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$CollectionView",
            "java.util.concurrent.ConcurrentHashMap$KeySetView", "java.util.concurrent.ConcurrentHashMap$Segment",
            "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer", "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.ReentrantLock$NonfairSync", "java.util.concurrent.locks.ReentrantLock$Sync",
            // regeltjek's own enums that rules compare with
            "dk.regeltjek.model.Status", "dk.regeltjek.rules.Sammenligning",
            // Drools: packages, rules, conditions, accessors
            "org.drools.base.base.AccessorKey", "org.drools.base.base.BaseClassFieldReader",
            "org.drools.base.base.ClassObjectType", "org.drools.base.base.EnabledBoolean",
            "org.drools.base.base.SalienceInteger", "org.drools.base.base.ValueType",
            "org.drools.base.base.extractors.ArrayElementReader",
            "org.drools.base.base.extractors.BaseObjectClassFieldReader",
            "org.drools.base.base.extractors.SelfReferenceClassFieldReader",
            "org.drools.base.base.field.ObjectFieldImpl",
            "org.drools.base.definitions.ResourceTypePackageRegistry",
            "org.drools.base.definitions.impl.KnowledgePackageImpl",
            "org.drools.base.definitions.rule.impl.RuleImpl",
            "org.drools.base.factmodel.ClassDefinition", "org.drools.base.factmodel.ClassDefinition$TRAITING_MODE",
            "org.drools.base.factmodel.FieldDefinition",
            "org.drools.base.rule.Accumulate", "org.drools.base.rule.Collect", "org.drools.base.rule.ConditionalElement",
            "org.drools.base.rule.ConsequenceMetaData", "org.drools.base.rule.ConsequenceMetaData$Field",
            "org.drools.base.rule.ConsequenceMetaData$Statement", "org.drools.base.rule.ConsequenceMetaData$Statement$Type",
            "org.drools.base.rule.Declaration", "org.drools.base.rule.DialectRuntimeRegistry",
            "org.drools.base.rule.EvalCondition", "org.drools.base.rule.From", "org.drools.base.rule.Function",
            "org.drools.base.rule.GroupElement", "org.drools.base.rule.GroupElement$Type",
            "org.drools.base.rule.ImportDeclaration", "org.drools.base.rule.LineMappings",
            "org.drools.base.rule.MultiAccumulate", "org.drools.base.rule.MutableTypeConstraint",
            "org.drools.base.rule.Pattern", "org.drools.base.rule.SingleAccumulate",
            "org.drools.base.rule.TypeDeclaration", "org.drools.base.rule.TypeDeclaration$Format",
            "org.drools.base.rule.TypeDeclaration$Kind", "org.drools.base.rule.TypeDeclaration$Nature",
            "org.drools.base.rule.accessor.PatternExtractor",
            "org.drools.base.rule.constraint.Constraint$ConstraintType",
            "org.drools.base.util.index.ConstraintTypeOperator",
            "org.drools.compiler.builder.impl.classbuilder.EnumClassDefinition",
            "org.drools.compiler.builder.impl.classbuilder.EnumLiteralDefinition",
            "org.drools.compiler.rule.builder.EvaluatorWrapper",
            "org.drools.core.base.accumulators.JavaAccumulatorFunctionExecutor",
            "org.drools.core.rule.JavaDialectRuntimeData",
            "org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr", "org.drools.drl.ast.descr.AndDescr",
            "org.drools.drl.ast.descr.AnnotatedBaseDescr", "org.drools.drl.ast.descr.AnnotationDescr",
            "org.drools.drl.ast.descr.AttributeDescr", "org.drools.drl.ast.descr.BaseDescr",
            "org.drools.drl.ast.descr.EnumDeclarationDescr", "org.drools.drl.ast.descr.EnumLiteralDescr",
            "org.drools.drl.ast.descr.FunctionDescr", "org.drools.drl.ast.descr.FunctionImportDescr",
            "org.drools.drl.ast.descr.ImportDescr", "org.drools.drl.ast.descr.PackageDescr",
            "org.drools.drl.ast.descr.PatternDescr", "org.drools.drl.ast.descr.QualifiedName",
            "org.drools.drl.ast.descr.RuleDescr", "org.drools.drl.ast.descr.TypeDeclarationDescr",
            "org.drools.drl.ast.descr.TypeFieldDescr",
            "org.drools.io.BaseResource", "org.drools.io.ByteArrayResource", "org.drools.io.DescrResource",
            "org.drools.io.FileSystemResource", "org.drools.io.ResourceConfigurationImpl",
            "org.drools.mvel.MVELConstraint", "org.drools.mvel.MVELConstraint$EvaluationContext",
            "org.drools.mvel.MVELDialectRuntimeData", "org.drools.mvel.MVELKnowledgePackageImpl",
            "org.drools.mvel.accessors.ClassFieldAccessor", "org.drools.mvel.accessors.ClassFieldAccessorStore",
            "org.drools.mvel.accessors.ClassFieldAccessorStore$ClassObjectTypeLookupEntry",
            "org.drools.mvel.accessors.ClassFieldAccessorStore$FieldLookupEntry",
            "org.drools.mvel.accessors.ClassFieldReader", "org.drools.mvel.accessors.ClassFieldWriter",
            "org.drools.mvel.dataproviders.MVELDataProvider", "org.drools.mvel.expr.MVELCompilationUnit",
            "org.drools.mvel.extractors.MVELDateClassFieldReader",
            "org.drools.mvel.extractors.MVELNumberClassFieldReader", "org.drools.mvel.extractors.MVELObjectClassFieldReader",
            "org.drools.mvel.field.BooleanFieldImpl", "org.drools.mvel.field.ClassFieldImpl",
            "org.drools.mvel.field.DoubleFieldImpl", "org.drools.mvel.field.IntegerFieldImpl",
            "org.drools.mvel.field.LongFieldImpl",
            "org.drools.util.PortablePath",
            "org.kie.api.definition.type.Role$Type", "org.kie.api.io.ResourceType",
            "org.kie.internal.definition.GenericTypeDefinition");

    /** DRL's built-in accumulate functions (sum, min, max, average, count, collectList, …): one class per argument type. */
    private static final String ACCUMULATE_FUNCTIONS = "org.drools.core.base.accumulators.";

    private final ProjectClassLoader packLoader;

    /** A filter for one entry, whose declared types {@code packLoader} defines. */
    CacheObjectFilter(ProjectClassLoader packLoader) {
        this.packLoader = packLoader;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY_LENGTH
                || info.streamBytes() > MAX_STREAM_BYTES) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.UNDECIDED; // a limits-only check, passed
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        return allowed(type) ? Status.ALLOWED : Status.REJECTED;
    }

    private boolean allowed(Class<?> type) {
        String name = type.getName();
        return type.isPrimitive() || !Serializable.class.isAssignableFrom(type) || ALLOWED.contains(name)
                || name.startsWith(ACCUMULATE_FUNCTIONS) && name.endsWith("AccumulateFunction")
                    && type.getClassLoader() == CountAccumulateFunction.class.getClassLoader()
                || definedByThePack(type);
    }

    /** The pack's declared types (enums among them), defined from this entry's authenticated bytecode. */
    private boolean definedByThePack(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null && (loader == packLoader || loader == packLoader.getTypesClassLoader());
    }
}
