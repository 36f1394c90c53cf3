package dk.regeltjek.report;

import dk.regeltjek.compare.ScenarioComparison;
import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.RuleInfo;
import dk.regeltjek.model.Status;
import dk.regeltjek.testing.Mismatch;
import dk.regeltjek.testing.PackCoverage;
import dk.regeltjek.testing.TestResult;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** The HTML reports of run, test and compare: the page is written at the end, from every result. */
final class HtmlReporters {
    private HtmlReporters() {
    }

    static final class Run implements Reporter<CaseResult, RunSummary> {
        private final Writer out;
        private final List<CaseResult> results = new ArrayList<>();

        Run(Writer out, ReportSettings settings) {
            this.out = out;
        }

        @Override
        public void add(CaseResult result, Duration time) {
            results.add(result);
        }

        @Override
        public void finish(RunSummary summary) throws IOException {
            Html html = new Html();
            HtmlPage.head(html, "regeltjek: kørsel af " + Danish.Noun.SAG.count(summary.cases()), summary);
            HtmlPage.overview(html, "oversigt", "Oversigt", summary.byPack(), summary.verdicts());
            HtmlPage.problems(html, summary);
            matrices(html, results, summary.provenance());
            HtmlPage.foot(html);
            write(out, html);
        }
    }

    static final class Test implements Reporter<TestResult, TestSummary> {
        private final Writer out;
        private final List<TestResult> tests = new ArrayList<>();

        Test(Writer out, ReportSettings settings) {
            this.out = out;
        }

        @Override
        public void add(TestResult test, Duration time) {
            tests.add(test);
        }

        @Override
        public void finish(TestSummary summary) throws IOException {
            Html html = new Html();
            HtmlPage.head(html, "regeltjek: test af " + Danish.Noun.SAG.count(summary.cases()) + " — " + summary.passed()
                    + " bestået, " + summary.failed() + " fejlet", summary);
            Map<String, Verdicts> byPack = new LinkedHashMap<>();
            tests.forEach(t -> byPack.merge(t.result().info().pack(), Verdicts.NONE.plus(t.result().verdict()),
                    (a, b) -> a.plus(t.result().verdict())));
            HtmlPage.overview(html, "oversigt", "Oversigt over verdikterne", byPack, summary.verdicts());
            HtmlPage.problems(html, summary);
            expectations(html);
            coverage(html, summary);
            matrices(html, tests.stream().map(TestResult::result).toList(), summary.provenance());
            HtmlPage.foot(html);
            write(out, html);
        }

        /** Every case with its result; for a failed one, each expectation expected vs actual. */
        private void expectations(Html html) {
            html.open("section", "aria-labelledby", "forventninger").element("h2", "Forventninger", "id", "forventninger")
                    .open("table", "class", "forventninger").element("caption", "Forventet og faktisk udfald pr. sag")
                    .open("thead").open("tr").element("th", "Sag", "scope", "col").element("th", "Resultat", "scope", "col")
                    .element("th", "Hvor", "scope", "col").element("th", "Hvad", "scope", "col")
                    .element("th", "Forventet", "scope", "col").element("th", "Faktisk", "scope", "col")
                    .close("tr").close("thead").open("tbody").newline();
            for (TestResult t : tests) {
                Status shown = t.passed() ? Status.MET : Status.NOT_MET;
                String label = t.passed() ? "✓ bestået" : "✗ fejlet";
                List<Mismatch> rows = t.mismatches().isEmpty() ? java.util.Collections.singletonList(null) : t.mismatches();
                boolean first = true;
                for (Mismatch m : rows) {
                    html.open("tr", "data-status", shown.key());
                    if (first) {
                        html.open("th", "scope", "row").element("span", t.result().info().name(), "class", "sag")
                                .element("span", t.result().info().location().toString(), "class", "sted").close("th");
                        html.element("td", label, "class", HtmlPalette.of(shown).cssClass() + " resultat");
                    } else {
                        html.element("td", "").element("td", "");
                    }
                    first = false;
                    if (m == null) {
                        html.element("td", "").element("td", "alle forventninger holder").element("td", "").element("td", "");
                    } else {
                        html.open("td").element("code", m.where().toString()).close("td").element("td", m.what())
                                .element("td", m.expected()).element("td", m.actual());
                    }
                    html.close("tr").newline();
                }
            }
            html.close("tbody").close("table").close("section").newline();
        }

        private static void coverage(Html html, TestSummary summary) {
            Integer min = summary.gate().minCoverage();
            html.open("section", "aria-labelledby", "daekning").element("h2", "Dækning", "id", "daekning")
                    .open("table", "class", "daekning").element("caption", "Hvor godt eksemplerne afprøver hver pakke"
                            + (min == null ? "" : " (minimum " + min + " %)"))
                    .open("thead").open("tr").element("th", "Pakke", "scope", "col").element("th", "Regler fyret", "scope", "col")
                    .element("th", "Kriterier set både opfyldt og ikke opfyldt", "scope", "col")
                    .element("th", "Mangler", "scope", "col").close("tr").close("thead").open("tbody").newline();
            for (PackCoverage c : summary.coverage()) {
                boolean below = min != null && c.below(min);
                html.open("tr").element("th", c.pack() + (below ? " ✗ under minimum" : ""), "scope", "row",
                        "class", below ? HtmlPalette.NOT_MET.cssClass() : null)
                        .element("td", c.rulesFired() + " af " + c.rules().size() + " (" + TextTestReporter.percent(c.rulesPercent())
                                + ")", "class", "tal")
                        .element("td", c.criteriaOnBothSides().size() + " af " + c.criteria().size() + " ("
                                + TextTestReporter.percent(c.criteriaPercent()) + ")", "class", "tal")
                        .open("td");
                if (!c.unfired().isEmpty()) {
                    html.open("details").element("summary", Danish.Noun.REGEL.count(c.unfired().size()) + " uden eksempel")
                            .open("ul");
                    for (RuleInfo r : c.unfired()) {
                        html.open("li").element("code", r.where()).text(" \"" + r.name() + "\"").close("li");
                    }
                    html.close("ul").close("details");
                }
                List<String> oneSided = c.criteriaOnOneSide();
                if (!oneSided.isEmpty()) {
                    html.open("details").element("summary", Danish.Noun.KRITERIUM.count(oneSided.size())
                            + " kun set på én side").open("ul");
                    for (String id : oneSided) {
                        Set<Status> seen = c.seen().getOrDefault(id, Set.of());
                        html.element("li", id + ": " + (seen.isEmpty() ? "aldrig set" : "kun " + seen.stream().sorted()
                                .map(Status::danish).collect(Collectors.joining(", "))));
                    }
                    html.close("ul").close("details");
                }
                html.close("td").close("tr").newline();
            }
            html.close("tbody").close("table").close("section").newline();
        }
    }

    /** compare: the cases whose outcome changes, each criterion's outcome under both scenarios side by side. */
    static final class Compare implements Reporter<ScenarioComparison, ComparisonSummary> {
        private final Writer out;
        private final List<ScenarioComparison> changed = new ArrayList<>();
        private final Map<String, Verdicts> before = new LinkedHashMap<>();
        private final Map<String, Verdicts> after = new LinkedHashMap<>();

        Compare(Writer out, ReportSettings settings) {
            this.out = out;
        }

        @Override
        public void add(ScenarioComparison c, Duration time) {
            String pack = c.first().info().pack();
            before.merge(pack, Verdicts.NONE.plus(c.first().verdict()), (a, b) -> a.plus(c.first().verdict()));
            after.merge(pack, Verdicts.NONE.plus(c.second().verdict()), (a, b) -> a.plus(c.second().verdict()));
            if (c.changed()) {
                changed.add(c);
            }
        }

        @Override
        public void finish(ComparisonSummary summary) throws IOException {
            Html html = new Html();
            HtmlPage.head(html, "regeltjek: " + summary.before() + " sammenlignet med " + summary.after(), summary);
            html.element("p", summary.changed() + " af " + Danish.Noun.SAG.count(summary.cases())
                    + " får et andet udfald under " + summary.after() + " end under " + summary.before() + ".", "class", "total");
            HtmlPage.overview(html, "oversigt-foer", "Verdikter under " + summary.before(), before, sum(before));
            HtmlPage.overview(html, "oversigt-efter", "Verdikter under " + summary.after(), after, sum(after));
            HtmlPage.problems(html, summary);
            HtmlPage.filters(html);
            html.open("section", "aria-labelledby", "aendrede").element("h2", "Sager der ændrer udfald", "id", "aendrede").newline();
            for (ScenarioComparison c : changed) {
                changedCase(html, c, summary);
            }
            html.close("section").newline();
            HtmlPage.foot(html);
            write(out, html);
        }

        private static Verdicts sum(Map<String, Verdicts> byPack) {
            Verdicts total = Verdicts.NONE;
            for (Verdicts v : byPack.values()) {
                total = new Verdicts(total.met() + v.met(), total.notMet() + v.notMet(), total.warning() + v.warning(),
                        total.undetermined() + v.undetermined());
            }
            return total;
        }

        private static void changedCase(Html html, ScenarioComparison c, ComparisonSummary summary) {
            CaseResult first = c.first();
            CaseResult second = c.second();
            html.open("div", "class", "rul").open("table", "class", "sammenligning")
                    .element("caption", first.info().name() + " (" + first.info().location() + ", pakke " + first.info().pack() + ")")
                    .open("thead").open("tr").element("th", "Kriterium", "scope", "col").element("th", "Emne", "scope", "col")
                    .element("th", summary.before(), "scope", "col").element("th", summary.after(), "scope", "col")
                    .close("tr").close("thead").open("tbody").newline();
            html.open("tr", "data-status", statuses(first.verdict(), second.verdict())).element("th", "Verdikt", "scope", "row")
                    .element("td", "");
            verdictCell(html, first);
            verdictCell(html, second);
            html.close("tr").newline();
            parameterChanges(html, first, second);
            for (ScenarioComparison.Change ch : c.changes()) {
                html.open("tr", "data-status", statuses(ch.first() == null ? null : ch.first().status(),
                        ch.second() == null ? null : ch.second().status()))
                        .element("th", ch.criterion() + (ch.first() != null ? " — " + ch.first().criterionTitle()
                                : ch.second() != null ? " — " + ch.second().criterionTitle() : ""), "scope", "row")
                        .element("td", ch.subject());
                HtmlExplanation.cell(html, ch.first() == null ? null : List.of(ch.first()));
                HtmlExplanation.cell(html, ch.second() == null ? null : List.of(ch.second()));
                html.close("tr").newline();
            }
            html.close("tbody").close("table").close("div").newline();
        }

        private static void verdictCell(Html html, CaseResult r) {
            html.element("td", Danish.symbol(r.verdict()) + " " + r.verdict().danish(), "class",
                    HtmlPalette.of(r.verdict()).cssClass());
        }

        /** The parameter values that differ between the two scenarios: what makes the outcome change. */
        private static void parameterChanges(Html html, CaseResult first, CaseResult second) {
            Set<String> names = new LinkedHashSet<>(first.info().parameters().keySet());
            names.addAll(second.info().parameters().keySet());
            for (String name : names) {
                Object a = first.info().parameters().get(name);
                Object b = second.info().parameters().get(name);
                if (!Objects.equals(a, b)) {
                    html.open("tr", "data-status", "met warning undetermined not_met")
                            .element("th", "Parameter " + name, "scope", "row").element("td", "")
                            .element("td", HtmlMatrix.value(a)).element("td", HtmlMatrix.value(b)).close("tr").newline();
                }
            }
        }

        private static String statuses(Status a, Status b) {
            Set<String> keys = new LinkedHashSet<>();
            keys.add(a == null ? "met" : a.key());
            keys.add(b == null ? "met" : b.key());
            return String.join(" ", keys);
        }
    }

    static void matrices(Html html, List<CaseResult> results, Provenance provenance) {
        HtmlPage.filters(html);
        int number = 1;
        for (Matrix.Table table : HtmlMatrix.tables(results, provenance)) {
            HtmlMatrix.section(html, table, number++);
        }
    }

    private static void write(Writer out, Html html) throws IOException {
        out.write(html.toString());
        out.flush();
    }
}
