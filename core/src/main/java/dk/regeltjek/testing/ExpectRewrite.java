package dk.regeltjek.testing;

import dk.regeltjek.facts.Node;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Expectation;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text edits that make one case's {@code expect} block state what its rules now give. Only
 * what the block already states is revised — its verdict, and each outcome it names with the
 * status, rating and part of the message it gives — so an approval never grows into a list of
 * every outcome. Each change is an edit of the value as written (a status word, a quoted
 * message); only where the shape must change (a criterion whose subjects now differ, a rating
 * that is gone) is that one entry written anew, in the style it had.
 */
final class ExpectRewrite {
    /** Replace the text between two offsets. */
    record Edit(int start, int end, String text) {
    }

    /** The edits for a case, or why it cannot be approved by a rewrite (then {@code edits} is empty). */
    record Result(List<Edit> edits, String refusal) {
        static Result refused(String why) {
            return new Result(List.of(), why);
        }
    }

    /** The keys of an expected outcome written in detail; as the case reader tells them from a mapping of subjects. */
    private static final Set<String> DETAIL_KEYS = Set.of("status", "rating", "message");

    private final YamlSource source;
    private final CaseResult result;
    private final List<Edit> edits = new ArrayList<>();

    private ExpectRewrite(YamlSource source, CaseResult result) {
        this.source = source;
        this.result = result;
    }

    /** The edits for {@code result}, whose case is the YAML document {@code document} of {@code source}. */
    static Result of(YamlSource source, Node.Mapping document, CaseResult result) {
        return new ExpectRewrite(source, result).rewrite(document);
    }

    private Result rewrite(Node.Mapping document) {
        Expectation expect = result.info().expect();
        if (expect == null) {
            return addVerdict(document);
        }
        for (String rule : expect.fired()) {
            if (!ExpectationCheck.fired(result, rule)) {
                return Result.refused("reglen \"" + rule + "\" under fired: fyrede ikke; --update ændrer ikke fired, ret det i hånden");
            }
        }
        for (String rule : expect.notFired()) {
            if (ExpectationCheck.fired(result, rule)) {
                return Result.refused("reglen \"" + rule + "\" under notFired: fyrede; --update ændrer ikke notFired, ret det i hånden");
            }
        }
        Node.Mapping block = (Node.Mapping) document.get("expect");
        if (expect.verdict() != null && expect.verdict() != result.verdict()) {
            replace((Node.Scalar) block.get("verdict"), result.verdict().key());
        }
        if (block.get("outcomes") instanceof Node.Mapping outcomes) {
            boolean flow = source.isFlow(outcomes);
            for (Node.Entry criterion : outcomes.entries().values()) {
                String refusal;
                if (criterion.value() instanceof Node.Mapping subjects && !isDetailed(subjects)) {
                    boolean subjectsFlow = source.isFlow(subjects);
                    for (Node.Entry subject : subjects.entries().values()) {
                        refusal = revise(criterion.key(), subject.key(), subject, subjectsFlow);
                        if (refusal != null) {
                            return Result.refused(refusal);
                        }
                    }
                } else {
                    refusal = revise(criterion.key(), null, criterion, flow);
                    if (refusal != null) {
                        return Result.refused(refusal);
                    }
                }
            }
        }
        return new Result(edits, null);
    }

    /** A case without an expect block gets one stating its verdict, below its last line. */
    private Result addVerdict(Node.Mapping document) {
        if (source.isFlow(document)) {
            return Result.refused("sagen har ingen expect-blok, og en JSON-sag får ikke en af --update; skriv den i hånden");
        }
        int at = source.lineEnd(source.end(document, false));
        String indent = " ".repeat(source.column(source.offset(document.location())));
        String nl = source.lineBreak();
        edits.add(new Edit(at, at, nl + indent + "expect:" + nl + indent + "  verdict: " + result.verdict().key()));
        return new Result(edits, null);
    }

    /** What an expected outcome states: its status and, when given, a rating and part of the message. */
    private record Stated(Node value, Node.Scalar status, Node.Scalar rating, Node.Scalar message) {
        static Stated of(Node value) {
            if (value instanceof Node.Mapping detail) {
                return new Stated(value, (Node.Scalar) detail.get("status"), (Node.Scalar) detail.get("rating"),
                        (Node.Scalar) detail.get("message"));
            }
            return new Stated(value, (Node.Scalar) value, null, null);
        }

        boolean detailed() {
            return value instanceof Node.Mapping;
        }
    }

    /** What the entry should state for one actual outcome; rating and message only where the entry states them. */
    private record Wanted(Status status, String rating, String message) {
        static Wanted of(OutcomeRecord actual, Stated stated) {
            String message = null;
            if (stated.message() != null) {
                message = actual.message().contains(stated.message().text()) ? stated.message().text() : actual.message();
            }
            return new Wanted(actual.status(), stated.rating() == null ? null : actual.rating(), message);
        }
    }

    /**
     * Revises one expected outcome ({@code subject} null: every subject of the criterion); null
     * when done, otherwise why it cannot be.
     */
    private String revise(String criterion, String subject, Node.Entry entry, boolean inFlow) {
        List<OutcomeRecord> actual = result.outcomes().stream()
                .filter(o -> o.criterion().equals(criterion))
                .filter(o -> subject == null || o.subject() != null && subject.equals(o.subject().name()))
                .toList();
        String what = criterion + (subject == null ? "" : " for \"" + subject + "\"");
        if (actual.isEmpty()) {
            return what + " har intet udfald længere; ret expect i hånden";
        }
        Stated stated = Stated.of(entry.value());
        List<Wanted> wanted = actual.stream().map(o -> Wanted.of(o, stated)).toList();
        if (wanted.stream().distinct().count() == 1) {
            reviseInPlace(entry, stated, wanted.get(0), inFlow);
            return null;
        }
        return splitBySubject(what, entry, actual, wanted, inFlow);
    }

    private void reviseInPlace(Node.Entry entry, Stated stated, Wanted wanted, boolean inFlow) {
        boolean ratingGone = stated.rating() != null && wanted.rating() == null;
        if (ratingGone) {
            replaceValue(entry, detail(wanted, stated), inFlow);
            return;
        }
        if (!stated.status().text().trim().equals(wanted.status().key())) {
            replace(stated.status(), wanted.status().key());
        }
        if (stated.rating() != null && !stated.rating().text().equals(wanted.rating())) {
            replace(stated.rating(), wanted.rating());
        }
        if (stated.message() != null && !stated.message().text().equals(wanted.message())) {
            replace(stated.message(), wanted.message());
        }
    }

    /** A criterion stated for all its subjects at once whose subjects now differ: one line per subject. */
    private String splitBySubject(String what, Node.Entry entry, List<OutcomeRecord> actual, List<Wanted> wanted, boolean inFlow) {
        Set<String> names = new HashSet<>();
        for (OutcomeRecord o : actual) {
            if (o.subject() == null || !names.add(o.subject().name())) {
                return what + " gælder nu flere emner med samme navn, så de kan ikke skrives hver for sig; ret expect i hånden";
            }
        }
        Stated stated = Stated.of(entry.value());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            Wanted w = wanted.get(i);
            String value = w.rating() == null && w.message() == null ? w.status().key()
                    : "{ " + String.join(", ", detail(w, stated)) + " }";
            lines.add(YamlSource.scalar(actual.get(i).subject().name(), (char) 0) + ": " + value);
        }
        replaceValue(entry, lines, inFlow);
        return null;
    }

    /** {@code status: x}, {@code rating: y}, {@code message: "z"} — in the quotes each was written in. */
    private List<String> detail(Wanted wanted, Stated stated) {
        List<String> keys = new ArrayList<>();
        keys.add("status: " + wanted.status().key());
        if (wanted.rating() != null) {
            keys.add("rating: " + YamlSource.scalar(wanted.rating(), quoteOf(stated.rating())));
        }
        if (wanted.message() != null) {
            keys.add("message: " + YamlSource.scalar(wanted.message(), quoteOf(stated.message())));
        }
        return keys;
    }

    private char quoteOf(Node.Scalar scalar) {
        return scalar == null ? 0 : source.quoteOf(scalar);
    }

    /**
     * Writes an entry's value anew as the mapping {@code keys} ("key: value" each): in flow style
     * where it stood in one ({@code { … }}), else as a block below the key.
     */
    private void replaceValue(Node.Entry entry, List<String> keys, boolean inFlow) {
        Node value = entry.value();
        int start = source.offset(value.location());
        int end = source.end(value, inFlow);
        if (inFlow || source.isFlow(value)) {
            edits.add(new Edit(start, end, "{ " + String.join(", ", keys) + " }"));
        } else if (value instanceof Node.Mapping) {
            String indent = " ".repeat(source.column(start));
            edits.add(new Edit(start, end, String.join(source.lineBreak() + indent, keys)));
        } else {
            // a scalar after its key: the block starts on the next line, indented below the key
            int keyStart = source.offset(entry.keyLocation());
            String indent = " ".repeat(source.column(keyStart) + 2);
            int afterColon = start;
            while (afterColon > keyStart && source.text().charAt(afterColon - 1) != ':') {
                afterColon--;
            }
            edits.add(new Edit(afterColon, end, source.lineBreak() + indent + String.join(source.lineBreak() + indent, keys)));
        }
    }

    /** Replaces a scalar as written, keeping its quotes. */
    private void replace(Node.Scalar scalar, String value) {
        int start = source.offset(scalar.location());
        edits.add(new Edit(start, source.end(scalar, inFlowAt(start)), YamlSource.scalar(value, source.quoteOf(scalar))));
    }

    /** Whether the scalar at {@code offset} stands in a flow collection: an unclosed '{' or '[' before it on its line. */
    private boolean inFlowAt(int offset) {
        int depth = 0;
        int lineStart = offset - source.column(offset);
        String text = source.text();
        for (int i = lineStart; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean isDetailed(Node.Mapping mapping) {
        return mapping.get("status") != null && DETAIL_KEYS.containsAll(mapping.entries().keySet());
    }
}
