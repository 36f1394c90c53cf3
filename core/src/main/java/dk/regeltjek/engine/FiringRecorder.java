package dk.regeltjek.engine;

import dk.regeltjek.rules.Outcome;
import dk.regeltjek.rules.runtime.RuleRuntime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.rule.Match;

/**
 * Records, while rules fire, which rule fired how often and which rule (with which matched facts)
 * inserted each outcome; tells the helpers which criterion the firing rule decides. Rules are
 * known by their number in the pack ({@link CompiledPack.RuleMeta}), found by identity; what a
 * session records lives in a few arrays shared by its cases.
 */
final class FiringRecorder {
    /** The rule that made an outcome and the facts it had matched. */
    record Provenance(CompiledPack.RuleMeta meta, List<Object> matched) {
        String rule() {
            return meta.name();
        }
    }

    private final CompiledPack pack;
    private final RuleRuntime.Session context;
    /** Whether the session holds a batch of cases, numbered from 1 (a single case is number 0). */
    private final boolean batch;
    /** How often each rule fired, counted in single-case sessions only (see beforeMatchFired). */
    private final Map<String, Integer> firings = new LinkedHashMap<>();
    /** Per case number and rule number, whether the rule fired for the case: cases × words bits. */
    private final long[] firedBits;
    private final int words;
    /** Each case's first firing of a rule, as case number × 65,536 + rule number, in firing order. */
    private int[] firstFirings = new int[64];
    private int firstFiringCount;
    /** A rule inserted something other than an outcome while a batch ran: the batch must be redone case by case. */
    private boolean insertedOwnFacts;
    /** A rule inserted or deleted something other than an outcome: working memory is no longer the cases' facts and outcomes. */
    private boolean factsChanged;
    /** Objects deleted from working memory (places in {@link #live} after them have moved). */
    private int deletions;
    /** Working memory as the events report it, in insertion order (cheaper than asking the session). */
    private final List<Object> live = new ArrayList<>();
    /** Beside each object in {@link #live}: for an outcome a rule inserted, that firing; otherwise null. */
    private final List<Provenance> origins = new ArrayList<>();
    private Match current;
    /**
     * The rule that fired last (or is firing): the one a timeout names. Read by the session's own
     * thread once the firing has stopped, so not volatile (a fence at every firing was a visible cost).
     */
    private CompiledPack.RuleMeta currentMeta;
    /** What the current firing matched, made at its first outcome and shared by the others it inserts. */
    private Provenance currentProvenance;

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch();
            CompiledPack.RuleMeta meta = pack.meta(current.getRule());
            currentMeta = meta;
            currentProvenance = null;
            long caseNumber = batch ? ((Number) current.getDeclarationValue(CaseScoping.CASE_BINDING)).longValue() : 0;
            context.firing(meta.name(), meta.criterion(), meta.verdict(), caseNumber);
            if (!batch) { // a batch that fails or loops is redone case by case, where the counts name the culprit
                firings.merge(meta.name(), 1, Integer::sum);
            }
            firedOnce((int) caseNumber, meta.index());
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            current = null;
        }
    };

    final DefaultRuleRuntimeEventListener insertListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object object = event.getObject();
            Provenance origin = null;
            if (current != null && object instanceof Outcome) {
                if (currentProvenance == null) { // getObjects() builds a fresh list each call: it is ours to keep
                    currentProvenance = new Provenance(currentMeta, current.getObjects());
                }
                origin = currentProvenance;
            } else if (current != null && !(object instanceof Outcome)) {
                factsChanged = true;
                insertedOwnFacts |= batch; // a derived fact has no case number, so rules of every case would see it
            }
            live.add(object);
            origins.add(origin);
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Object gone = event.getOldObject();
            factsChanged |= !(gone instanceof Outcome);
            deletions++;
            for (int i = live.size() - 1; i >= 0; i--) { // by identity: equal facts may be different facts; deletes are rare
                if (live.get(i) == gone) {
                    live.remove(i);
                    origins.remove(i);
                    break;
                }
            }
        }
    };

    /** {@code cases}: the highest case number the session holds (0 for a single case). */
    FiringRecorder(CompiledPack pack, RuleRuntime.Session context, boolean batch, int cases) {
        this.pack = pack;
        this.context = context;
        this.batch = batch;
        this.words = (pack.ruleList.size() + 63) >>> 6;
        this.firedBits = new long[(cases + 1) * words];
    }

    /** Notes the rule's first firing for the case; rules the pack does not number are not listed. */
    private void firedOnce(int caseNumber, int rule) {
        if (rule < 0 || caseNumber > firedBits.length / words - 1 || rule >= 65_536) {
            return;
        }
        int word = caseNumber * words + (rule >>> 6);
        long bit = 1L << rule;
        if ((firedBits[word] & bit) == 0) {
            firedBits[word] |= bit;
            if (firstFiringCount == firstFirings.length) {
                firstFirings = Arrays.copyOf(firstFirings, firstFiringCount * 2);
            }
            firstFirings[firstFiringCount++] = caseNumber << 16 | rule;
        }
    }

    /** Every object now in working memory, in the order inserted (a view: copy it before inserting more). */
    List<Object> workingMemory() {
        return java.util.Collections.unmodifiableList(live);
    }

    /** Working memory itself, for the engine's own reading (not to be changed). */
    List<Object> live() {
        return live;
    }

    /**
     * The rules that fired for each case number {@code 0 … cases}, in the order they first fired:
     * views of one array the session's cases share.
     */
    List<List<String>> firedByCase(int cases) {
        int[] counts = new int[cases + 2];
        for (int i = 0; i < firstFiringCount; i++) {
            counts[(firstFirings[i] >>> 16) + 1]++;
        }
        for (int c = 1; c < counts.length; c++) {
            counts[c] += counts[c - 1];
        }
        int[] start = Arrays.copyOf(counts, counts.length);
        String[] names = new String[firstFiringCount];
        for (int i = 0; i < firstFiringCount; i++) {
            int caseNumber = firstFirings[i] >>> 16;
            names[counts[caseNumber]++] = pack.ruleList.get(firstFirings[i] & 0xFFFF).name();
        }
        List<List<String>> byCase = new ArrayList<>(cases + 1);
        for (int c = 0; c <= cases; c++) {
            byCase.add(start[c] == start[c + 1] ? List.of() : new Names(names, start[c], start[c + 1]));
        }
        return byCase;
    }

    /** A case's part of the session's rule names: read-only, shared, cheap to hand out. */
    private static final class Names extends AbstractList<String> implements RandomAccess {
        private final String[] names;
        private final int from;
        private final int to;

        Names(String[] names, int from, int to) {
            this.names = names;
            this.from = from;
            this.to = to;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException(index);
            }
            return names[from + index];
        }

        @Override
        public int size() {
            return to - from;
        }
    }

    int deletions() {
        return deletions;
    }

    boolean factsChanged() {
        return factsChanged;
    }

    /** Beside each object of {@link #live()}, the firing that inserted it, or null. */
    List<Provenance> origins() {
        return origins;
    }

    boolean insertedOwnFacts() {
        return insertedOwnFacts;
    }

    /** The firing that inserted the object at {@code index} of {@link #workingMemory()}, or null. */
    Provenance provenanceAt(int index) {
        return origins.get(index);
    }

    /** The rules that fired most often, most first: the likely culprits when the firing limit is reached. */
    List<Map.Entry<String, Integer>> busiestRules(int n) {
        return firings.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).toList();
    }

    /** The rule that fired last, or is firing now; null before the first firing. */
    String lastRule() {
        CompiledPack.RuleMeta last = currentMeta;
        return last == null ? null : last.name();
    }

    /** The rule that fired most often. */
    String busiestRule() {
        return firings.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
