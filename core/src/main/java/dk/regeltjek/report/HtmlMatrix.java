package dk.regeltjek.report;

import dk.regeltjek.model.CaseResult;
import dk.regeltjek.model.Status;
import dk.regeltjek.model.Values;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A pack's subjects × criteria as an HTML table with a caption naming the pack; each cell opens its explanation. */
final class HtmlMatrix {
    private HtmlMatrix() {
    }

    static void section(Html html, Matrix.Table table, int number) {
        PackUsed pack = table.pack();
        String title = pack == null || pack.title() == null ? table.packId() : table.packId() + " — " + pack.title();
        html.open("section", "class", "pakke", "id", "pakke-" + number, "aria-labelledby", "pakke-" + number + "-titel").newline()
                .element("h2", title, "id", "pakke-" + number + "-titel");
        HtmlPage.packSource(html, pack);
        html.open("div", "class", "rul").open("table", "class", "matrix")
                .element("caption", "Pakke " + title + ": " + Danish.Noun.EMNE.count(table.rows().size()) + " × "
                        + Danish.Noun.KRITERIUM.count(table.criteria().size()))
                .open("thead").open("tr").element("th", "Sag", "scope", "col").element("th", "Emne", "scope", "col");
        for (String criterion : table.criteria()) {
            html.open("th", "scope", "col", "title", table.title(criterion)).text(criterion).close("th");
        }
        html.close("tr").close("thead").newline().open("tbody").newline();
        CaseResult previous = null;
        for (Matrix.Row row : table.rows()) {
            String statuses = row.statuses().stream().map(Status::key).collect(Collectors.joining(" "));
            html.open("tr", "data-status", statuses.isEmpty() ? "met" : statuses);
            caseHeader(html, row.result(), row.result() != previous);
            previous = row.result();
            html.open("td", "class", "emne");
            if (row.subject() != null) {
                html.element("span", row.subject().type() + " \"" + row.subject().name() + "\"", "class", "sag");
                if (row.subject().location() != null) {
                    html.element("span", row.subject().location().toString(), "class", "sted");
                }
            }
            html.close("td");
            for (String criterion : table.criteria()) {
                HtmlExplanation.cell(html, row.cells().get(criterion));
            }
            html.close("tr").newline();
        }
        html.close("tbody").close("table").close("div").newline();
        legend(html, table);
        html.close("section").newline();
    }

    /** The criteria named in the columns, with their titles: also on paper, where a tooltip is not. */
    private static void legend(Html html, Matrix.Table table) {
        html.open("dl", "class", "kriterier");
        for (String criterion : table.criteria()) {
            html.element("dt", criterion).element("dd", table.title(criterion));
        }
        html.close("dl").newline();
    }

    /** The row header: the case's sentence and place; on its first row also its verdict, scenario, date and parameters. */
    static void caseHeader(Html html, CaseResult result, boolean first) {
        String name = result.info().name();
        if (first) {
            html.open("th", "scope", "row").element("span", name, "class", "sag");
        } else {
            // the case again, for its next subject: short, so the table stays readable (the whole sentence is the title)
            html.open("th", "scope", "row").element("span", name.length() > 60 ? name.substring(0, 59) + "…" : name,
                    "class", "sag gentaget", "title", name);
        }
        html.element("span", result.info().location().toString(), "class", "sted");
        if (first) {
            html.element("span", "verdikt: " + Danish.symbol(result.verdict()) + " " + result.verdict().danish()
                    + (result.info().scenario() == null ? "" : " · scenarie " + result.info().scenario())
                    + (result.info().date() == null ? "" : " · dato " + Values.format(result.info().date())), "class", "sted");
            parameters(html, result.info().parameters());
        }
        html.close("th");
    }

    static void parameters(Html html, Map<String, Object> parameters) {
        if (parameters.isEmpty()) {
            return;
        }
        html.open("details").element("summary", "parametre").open("dl");
        parameters.forEach((name, value) -> html.element("dt", name).element("dd", value(value)));
        html.close("dl").close("details");
    }

    /** A parameter value as the report shows it; values by year as {@code 2025: 40.000.000; 2026: 50.000.000}. */
    static String value(Object value) {
        if (value instanceof Map<?, ?> byKey) {
            return byKey.entrySet().stream().map(e -> e.getKey() + ": " + Values.format(e.getValue()))
                    .collect(Collectors.joining("; "));
        }
        return Values.format(value);
    }

    static List<Matrix.Table> tables(List<CaseResult> results, Provenance provenance) {
        return Matrix.of(results, provenance);
    }
}
