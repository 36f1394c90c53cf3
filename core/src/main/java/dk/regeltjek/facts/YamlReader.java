package dk.regeltjek.facts;

import dk.regeltjek.model.RegeltjekException;
import dk.regeltjek.model.SourceLocation;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Builds located {@link Node} trees from SnakeYAML's parse events. An alias ({@code *sg}) stands
 * for the value of its anchor ({@code &sg}), shared rather than copied, and counts against the
 * read's budget as if written out, so an alias bomb is refused instead of filling the memory.
 */
final class YamlReader {
    private static final String NULL_TAG = "tag:yaml.org,2002:null";
    private static final Set<String> NULL_WORDS = Set.of("", "~", "null", "Null", "NULL");

    private final Parser parser;
    private final String shownAs;
    private final ReadBudget budget;
    private final Map<String, Built> anchors = new HashMap<>();
    /** Anchors of the mappings and lists being read: an alias to one of them would make the value contain itself. */
    private final Set<String> open = new HashSet<>();
    private int depth;

    /** A node and how many values it holds with its aliases written out. */
    private record Built(Node node, long values) {
    }

    private YamlReader(Parser parser, String shownAs, ReadBudget budget) {
        this.parser = parser;
        this.shownAs = shownAs;
        this.budget = budget;
    }

    /** Every document of {@code text}; SnakeYAML's own exceptions are left to the caller to locate. */
    static List<Node> read(String text, String shownAs, ReadBudget budget) {
        refuseLongLines(text, shownAs);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, ReadLimits.MAX_CASE_FILE_BYTES));
        options.setNestingDepthLimit(ReadLimits.MAX_NESTING_DEPTH);
        Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        return new YamlReader(parser, shownAs, budget).documents();
    }

    /** Before parsing: a line over the limit would cost SnakeYAML time that grows with its square. */
    private static void refuseLongLines(String text, String shownAs) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > ReadLimits.MAX_YAML_LINE_LENGTH) {
                    throw RegeltjekException.badInput(new SourceLocation(shownAs, line, 1), "the line is longer than "
                            + ReadLimits.count(ReadLimits.MAX_YAML_LINE_LENGTH) + " characters",
                            "break a long text over several lines (a block scalar: key: >-), or give the data as CSV");
                }
                line++;
                start = i + 1;
            }
        }
    }

    private List<Node> documents() {
        List<Node> documents = new ArrayList<>();
        parser.getEvent(); // stream start
        while (!parser.checkEvent(Event.ID.StreamEnd)) {
            parser.getEvent(); // document start
            anchors.clear();
            documents.add(node(parser.getEvent()).node());
            parser.getEvent(); // document end
        }
        return documents;
    }

    private Built node(Event event) {
        SourceLocation at = location(event.getStartMark());
        if (event instanceof AliasEvent alias) {
            return alias(alias.getAnchor(), at);
        }
        Built built;
        if (event instanceof ScalarEvent scalar) {
            built = scalar(scalar, at);
        } else if (event instanceof SequenceStartEvent || event instanceof MappingStartEvent) {
            String anchor = ((NodeEvent) event).getAnchor();
            if (++depth > ReadLimits.MAX_NESTING_DEPTH) {
                throw RegeltjekException.badInput(at, "mappings and lists are nested more than "
                        + ReadLimits.MAX_NESTING_DEPTH + " deep", "a case needs only a few levels: facts, a type, a list of facts, their fields");
            }
            if (anchor != null) {
                open.add(anchor);
            }
            built = event instanceof SequenceStartEvent ? sequence(at) : mapping(at);
            open.remove(anchor);
            depth--;
        } else {
            throw RegeltjekException.badInput(at, "unexpected " + event.getEventId(), null);
        }
        String anchor = ((NodeEvent) event).getAnchor();
        if (anchor != null) {
            anchors.put(anchor, built);
        }
        return built;
    }

    private Built alias(String anchor, SourceLocation at) {
        if (open.contains(anchor)) {
            throw RegeltjekException.badInput(at, "the alias *" + anchor + " stands inside the value of &" + anchor
                    + ", which would then contain itself", "write the value out here");
        }
        Built target = anchors.get(anchor);
        if (target == null) {
            throw RegeltjekException.badInput(at, "the alias *" + anchor + " refers to no anchor &" + anchor
                    + " before it in this document", "mark the value it stands for with &" + anchor + ", above this line");
        }
        budget.add(target.values(), at);
        // the value stands where the alias is: a mistake in using it is shown there, not at the anchor
        return new Built(at(target.node(), at), target.values());
    }

    private static Node at(Node node, SourceLocation at) {
        if (node instanceof Node.Scalar s) {
            return new Node.Scalar(s.text(), s.isNull(), at, s.value(), s.notation());
        }
        return node instanceof Node.Sequence list ? new Node.Sequence(list.items(), at)
                : new Node.Mapping(((Node.Mapping) node).entries(), at);
    }

    private Built scalar(ScalarEvent event, SourceLocation at) {
        String value = event.getValue();
        if (value.length() > ReadLimits.MAX_TEXT_LENGTH) {
            throw RegeltjekException.badInput(at, "the value is longer than " + ReadLimits.count(ReadLimits.MAX_TEXT_LENGTH)
                    + " characters", "shorten it; a case needs no such text");
        }
        budget.add(1, at);
        boolean isNull = NULL_TAG.equals(event.getTag())
                || event.getImplicit().canOmitTagInPlainScalar() && NULL_WORDS.contains(value);
        return new Built(new Node.Scalar(isNull ? "" : value, isNull, at), 1);
    }

    private Built sequence(SourceLocation at) {
        List<Node> items = new ArrayList<>();
        long values = 0;
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            Built item = node(parser.getEvent());
            items.add(item.node());
            values += item.values();
        }
        parser.getEvent();
        return new Built(new Node.Sequence(items, at), values);
    }

    private Built mapping(SourceLocation at) {
        Map<String, Node.Entry> entries = new LinkedHashMap<>();
        long values = 0;
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Event keyEvent = parser.getEvent();
            SourceLocation keyAt = location(keyEvent.getStartMark());
            String key = key(keyEvent, keyAt);
            Built value = node(parser.getEvent());
            values += value.values() + 1;
            Node.Entry previous = entries.put(key, new Node.Entry(key, keyAt, value.node()));
            if (previous != null) {
                throw RegeltjekException.badInput(keyAt, "the key \"" + key + "\" is repeated (first at line "
                        + previous.keyLocation().line() + ")", "keep one of them");
            }
        }
        parser.getEvent();
        return new Built(new Node.Mapping(entries, at), values);
    }

    /** A key is a text; {@code <<} (merge) is refused rather than read as a field called "<<". */
    private String key(Event event, SourceLocation at) {
        Node key = node(event).node();
        if (event instanceof ScalarEvent s && s.getImplicit().canOmitTagInPlainScalar() && "<<".equals(s.getValue())) {
            throw RegeltjekException.badInput(at, "merge keys (<<) are not read",
                    "write the fields out, or use an alias (*name) for a whole value");
        }
        if (key instanceof Node.Scalar scalar) {
            return scalar.text();
        }
        throw RegeltjekException.badInput(at, "a key must be a text, not " + Node.kind(key), "write key: value");
    }

    private SourceLocation location(Mark mark) {
        return new SourceLocation(shownAs, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
