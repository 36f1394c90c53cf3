package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.testing.Mismatch;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as GitLab and Jenkins read it: one testsuite per pack, one testcase per case, one
 * failure element per failing case. For {@code run}, a case fails when its verdict is not met.
 */
public final class JunitReporter implements Reporter {
    private record Entry(CaseResult result, String failure) {
    }

    private final Writer out;
    private final Map<String, List<Entry>> suites = new LinkedHashMap<>();

    public JunitReporter(Writer out) {
        this.out = out;
    }

    @Override
    public void caseChecked(CaseResult result, List<Mismatch> mismatches) {
        String failure;
        if (mismatches != null) {
            failure = mismatches.isEmpty() ? null : mismatches.stream().map(Mismatch::toString).collect(Collectors.joining("\n"));
        } else {
            failure = result.passed() ? null : result.outcomes().stream().filter(o -> o.status().severity() >= 2)
                    .map(o -> o.criterion() + " " + o.status().danish() + ": " + o.message()).collect(Collectors.joining("\n"));
        }
        suites.computeIfAbsent(result.info().pack(), k -> new ArrayList<>()).add(new Entry(result, failure));
    }

    @Override
    public void finish(Summary summary) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "regeltjek " + summary.command());
            xml.writeAttribute("tests", String.valueOf(summary.cases()));
            xml.writeAttribute("failures", String.valueOf(failures()));
            for (Map.Entry<String, List<Entry>> suite : suites.entrySet()) {
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                xml.writeAttribute("tests", String.valueOf(suite.getValue().size()));
                xml.writeAttribute("failures", String.valueOf(suite.getValue().stream().filter(e -> e.failure != null).count()));
                xml.writeAttribute("time", "0");
                for (Entry e : suite.getValue()) {
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", suite.getKey());
                    xml.writeAttribute("name", clean(e.result.info().name()));
                    xml.writeAttribute("file", e.result.info().location().file());
                    xml.writeAttribute("line", String.valueOf(e.result.info().location().line()));
                    xml.writeAttribute("time", "0");
                    if (e.failure != null) {
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", clean(e.failure.lines().findFirst().orElse("")));
                        xml.writeAttribute("type", summary.isTest() ? "expectation" : "criteria");
                        xml.writeCharacters(clean(e.failure));
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.write('\n');
            out.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private long failures() {
        return suites.values().stream().flatMap(List::stream).filter(e -> e.failure != null).count();
    }

    /** XML 1.0 forbids most control characters; drop them. */
    static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "");
    }
}
