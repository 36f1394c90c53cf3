package dk.regeltjek.report;

import dk.regeltjek.model.Citation;
import dk.regeltjek.model.FactRef;
import dk.regeltjek.model.NamedValue;
import dk.regeltjek.model.OutcomeRecord;
import dk.regeltjek.model.Status;
import java.util.List;

/** A cell of the HTML report: the status as symbol and word, opening to the outcome's explanation. */
final class HtmlExplanation {
    private HtmlExplanation() {
    }

    /** A table cell for {@code outcomes} (empty: the criterion has no outcome for this subject). */
    static void cell(Html html, List<OutcomeRecord> outcomes) {
        if (outcomes == null || outcomes.isEmpty()) {
            html.open("td", "class", HtmlPalette.NONE.cssClass()).open("span", "aria-hidden", "true").text("–").close("span")
                    .element("span", "intet udfald", "class", "visuelt-skjult").close("td");
            return;
        }
        Status worst = Matrix.worst(outcomes);
        html.open("td", "class", HtmlPalette.of(worst).cssClass());
        for (OutcomeRecord o : outcomes) {
            details(html, o);
        }
        html.close("td");
    }

    /** One outcome: {@code ✗ ikke opfyldt} opening to message, values, rule, quoted passage and facts. */
    static void details(Html html, OutcomeRecord o) {
        html.open("details").open("summary").text(Danish.symbol(o.status()) + " " + o.status().danish()
                + (o.rating() == null ? "" : " (" + o.rating() + ")")).close("summary");
        html.open("div", "class", "forklaring").element("p", o.message(), "class", "besked").open("dl");
        html.element("dt", "Kriterium").element("dd", o.criterion() + " — " + o.criterionTitle()
                + (o.verdict() ? " (afledt af andre kriterier)" : ""));
        if (o.subject() != null) {
            html.element("dt", "Emne").open("dd");
            fact(html, o.subject());
            html.close("dd");
        }
        if (!o.values().isEmpty()) {
            html.element("dt", "Værdier").open("dd").open("ul");
            for (NamedValue v : o.values()) {
                html.open("li").text(v.label() + " = ").element("strong", v.text()).close("li");
            }
            html.close("ul").close("dd");
        }
        if (o.rule() != null) {
            html.element("dt", "Regel").element("dd", "\"" + o.rule() + "\"");
        }
        Citation c = o.citation();
        if (c != null && (c.quote() != null || c.lines() != null)) {
            html.element("dt", "Kilde").open("dd");
            String where = String.join(", ", java.util.stream.Stream.of(c.document(), c.section(), c.lines())
                    .filter(s -> s != null && !s.isBlank()).toList());
            html.text(where);
            if (c.quote() != null) {
                html.element("blockquote", c.quote());
            }
            html.close("dd");
        }
        if (!o.matched().isEmpty()) {
            html.element("dt", "Fakta").open("dd").open("ul");
            for (FactRef f : o.matched()) {
                html.open("li");
                fact(html, f);
                html.close("li");
            }
            html.close("ul").close("dd");
        }
        html.close("dl").close("div").close("details");
    }

    /** {@code Projekt "Nordlys"} and where it is written. */
    static void fact(Html html, FactRef f) {
        html.text(f.type() + " \"" + f.name() + "\"");
        if (f.location() != null) {
            html.text(" ").element("code", f.location().toString());
        }
    }
}
