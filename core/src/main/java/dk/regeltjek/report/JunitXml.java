package dk.regeltjek.report;

import dk.regeltjek.model.Problem;
import dk.regeltjek.model.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as GitLab, Jenkins and Azure read it: one testsuite per pack with its provenance (and
 * coverage) as properties, one testcase per case with its time, a failure, an error (the case
 * could not be read or checked) or skipped (stopped by a problem outside it). Problems outside any
 * case — a rule file that does not compile, an unreadable case file — are error testcases of
 * their own, in the suite "problems". Every text is made XML-safe, so the file is always well-formed.
 */
final class JunitXml {
    /** A problem no case can carry. */
    static final String PROBLEMS_SUITE = "problems";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Why a case failed: a type (criteria, expectation, changed), the first line and the whole text. */
    record Failure(String type, String message, String text) {
    }

    /** One testcase; at most one of failure, error and skipped. */
    record TestCase(String suite, String name, SourceLocation location, Duration time, Failure failure, Problem error,
                    String skipped) {
    }

    private JunitXml() {
    }

    /** The testcases of the skipped cases, in the order given: an error when the case had its own problem. */
    static List<TestCase> skipped(Summary summary) {
        List<TestCase> cases = new ArrayList<>();
        for (Skipped s : summary.skipped()) {
            String suite = s.pack() == null ? PROBLEMS_SUITE : s.pack();
            cases.add(s.cause() != null ? new TestCase(suite, s.name(), s.location(), Duration.ZERO, null, s.cause(), null)
                    : new TestCase(suite, s.name(), s.location(), Duration.ZERO, null, null,
                    "not checked: a problem outside the case stopped it (see the testsuite \"" + PROBLEMS_SUITE + "\")"));
        }
        return cases;
    }

    /** Error testcases for the problems no skipped case carries. */
    static List<TestCase> problems(Summary summary) {
        Set<Problem> carried = new HashSet<>();
        summary.skipped().stream().filter(s -> s.cause() != null).forEach(s -> carried.add(s.cause()));
        List<TestCase> cases = new ArrayList<>();
        for (Problem p : summary.problems()) {
            if (!carried.contains(p)) {
                cases.add(new TestCase(PROBLEMS_SUITE, p.where() + ": " + p.message(), p.where(), Duration.ZERO, null, p, null));
            }
        }
        return cases;
    }

    static void write(Writer out, Command command, Summary summary, List<TestCase> cases,
                      Map<String, Map<String, String>> suiteProperties) throws IOException {
        Map<String, List<TestCase>> suites = new LinkedHashMap<>();
        for (TestCase c : cases) {
            suites.computeIfAbsent(c.suite(), k -> new ArrayList<>()).add(c);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "regeltjek " + command.key());
            counts(xml, cases);
            xml.writeAttribute("time", seconds(summary.elapsed()));
            xml.writeAttribute("timestamp", TIMESTAMP.format(summary.provenance().createdAt().truncatedTo(ChronoUnit.SECONDS)));
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<TestCase>> suite : suites.entrySet()) {
                suite(xml, suite.getKey(), suite.getValue(), summary, suiteProperties.getOrDefault(suite.getKey(), Map.of()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, String name, List<TestCase> cases, Summary summary,
                              Map<String, String> extra) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", Safe.xmlLine(name));
        counts(xml, cases);
        xml.writeAttribute("time", seconds(cases.stream().map(TestCase::time).reduce(Duration.ZERO, Duration::plus)));
        xml.writeAttribute("timestamp", TIMESTAMP.format(summary.provenance().createdAt().truncatedTo(ChronoUnit.SECONDS)));
        xml.writeCharacters("\n    ");
        xml.writeStartElement("properties");
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("regeltjek.version", summary.provenance().toolVersion());
        PackUsed pack = summary.provenance().pack(name);
        if (pack != null) {
            properties.put("pack.contentHash", String.valueOf(pack.contentHash()));
            properties.put("pack.sourceChecksum", String.valueOf(pack.sourceChecksum()));
            properties.put("pack.document", String.valueOf(pack.document()));
        }
        properties.putAll(extra);
        for (Map.Entry<String, String> p : properties.entrySet()) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("property");
            xml.writeAttribute("name", p.getKey());
            xml.writeAttribute("value", Safe.xmlLine(p.getValue()));
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        for (TestCase c : cases) {
            xml.writeCharacters("\n    ");
            testCase(xml, c);
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void testCase(XMLStreamWriter xml, TestCase c) throws XMLStreamException {
        boolean empty = c.failure() == null && c.error() == null && c.skipped() == null;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        xml.writeAttribute("classname", Safe.xmlLine(c.suite()));
        xml.writeAttribute("name", Safe.xmlLine(c.name()));
        xml.writeAttribute("file", Safe.xmlLine(c.location().file()));
        xml.writeAttribute("line", String.valueOf(c.location().line()));
        xml.writeAttribute("time", seconds(c.time()));
        if (empty) {
            return;
        }
        if (c.failure() != null) {
            xml.writeStartElement("failure");
            xml.writeAttribute("message", Safe.xmlLine(c.failure().message()));
            xml.writeAttribute("type", c.failure().type());
            xml.writeCharacters(Safe.xml(c.failure().text()));
            xml.writeEndElement();
        } else if (c.error() != null) {
            xml.writeStartElement("error");
            xml.writeAttribute("message", Safe.xmlLine(c.error().message()));
            xml.writeAttribute("type", "input");
            xml.writeCharacters(Safe.xml(c.error().toString()));
            xml.writeEndElement();
        } else {
            xml.writeEmptyElement("skipped");
            xml.writeAttribute("message", Safe.xmlLine(c.skipped()));
        }
        xml.writeEndElement();
    }

    private static void counts(XMLStreamWriter xml, List<TestCase> cases) throws XMLStreamException {
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(c -> c.failure() != null).count()));
        xml.writeAttribute("errors", String.valueOf(cases.stream().filter(c -> c.error() != null).count()));
        xml.writeAttribute("skipped", String.valueOf(cases.stream().filter(c -> c.skipped() != null).count()));
    }

    /** Seconds with millisecond precision, as JUnit readers expect: {@code 0.012}. */
    static String seconds(Duration time) {
        return BigDecimal.valueOf(time.toNanos()).movePointLeft(9).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
