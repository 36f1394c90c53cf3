package dk.regeltjek.report;

import dk.regeltjek.model.Problem;
import dk.regeltjek.model.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

/**
 * The frame every HTML report shares: one self-contained page in Danish (no network, inline
 * style sheet, a few lines of script for the filters and for printing), with the overview of the
 * counts and a bar per pack, and the problems and skipped cases. A Content-Security-Policy allows
 * only this page's own script, so even markup that slipped through could not run.
 */
final class HtmlPage {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy 'kl.' HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final String SCRIPT = """
            (function () {
              document.documentElement.setAttribute('data-js', 'on');
              var boxes = document.querySelectorAll('.filtre input[type=checkbox]');
              function filter() {
                var shown = [];
                boxes.forEach(function (b) { if (b.checked) { shown.push(b.value); } });
                document.querySelectorAll('[data-status]').forEach(function (row) {
                  row.hidden = !row.getAttribute('data-status').split(' ').some(function (s) { return shown.indexOf(s) >= 0; });
                });
              }
              boxes.forEach(function (b) { b.addEventListener('change', filter); });
              document.querySelectorAll('button[data-details]').forEach(function (button) {
                button.addEventListener('click', function () {
                  var open = button.getAttribute('data-details') === 'open';
                  document.querySelectorAll('details').forEach(function (d) { d.open = open; });
                });
              });
              window.addEventListener('beforeprint', function () {
                document.querySelectorAll('details').forEach(function (d) { d.open = true; });
              });
            })();
            """;

    private static final String SCRIPT_HASH = sha256(SCRIPT);

    private HtmlPage() {
    }

    static void head(Html html, String title, Summary summary) {
        html.raw("<!DOCTYPE html>").newline().open("html", "lang", "da").newline().open("head").newline()
                .raw("<meta charset=\"utf-8\"/>").newline()
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>").newline()
                .raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                        + "script-src 'sha256-" + SCRIPT_HASH + "'\"/>").newline()
                .empty("meta", "name", "generator", "content", "regeltjek " + summary.provenance().toolVersion()).newline()
                .element("title", title).newline()
                .open("style").raw(css()).close("style").newline()
                .close("head").newline().open("body").newline();
        html.open("header").element("h1", title)
                .element("p", "Lavet " + WHEN.format(summary.provenance().createdAt()) + " med regeltjek "
                        + summary.provenance().toolVersion() + " · afslutningskode " + summary.exitCode().code() + " ("
                        + outcome(summary) + ")", "class", "meta")
                .close("header").newline().open("main").newline();
    }

    /** What the exit code means for this command, in a few words. */
    private static String outcome(Summary summary) {
        return switch (summary.exitCode()) {
            case OK -> "alt i orden";
            case FAILED -> summary instanceof TestSummary ? "en forventning holder ikke, eller dækningen er for lav"
                    : "ikke alt er opfyldt";
            case BAD_INPUT -> "fejl i input eller regler";
            case INTERNAL_ERROR -> "intern fejl";
        };
    }

    static void foot(Html html) {
        html.close("main").newline().open("script").raw(SCRIPT).close("script").newline().close("body").newline()
                .close("html").newline();
    }

    /** The count table: a row per pack with a bar of its verdicts, drawn in SVG and also written as numbers. */
    static void overview(Html html, String id, String heading, Map<String, Verdicts> byPack, Verdicts total) {
        html.open("section", "class", "oversigt", "aria-labelledby", id).newline()
                .element("h2", heading, "id", id)
                .element("p", total.danish(), "class", "total")
                .open("table", "class", "tal").element("caption", "Sager pr. pakke og verdikt")
                .open("thead").open("tr").element("th", "Pakke", "scope", "col").element("th", "Fordeling", "scope", "col");
        for (Status s : order()) {
            html.open("th", "scope", "col", "class", HtmlPalette.of(s).cssClass()).text(Danish.symbol(s) + " "
                    + Danish.verdictLabel(s)).close("th");
        }
        html.element("th", "I alt", "scope", "col").close("tr").close("thead").open("tbody").newline();
        for (Map.Entry<String, Verdicts> pack : byPack.entrySet()) {
            Verdicts v = pack.getValue();
            html.open("tr").element("th", pack.getKey(), "scope", "row").open("td");
            bar(html, pack.getKey(), v);
            html.close("td");
            for (Status s : order()) {
                html.element("td", String.valueOf(v.count(s)), "class", "tal");
            }
            html.element("td", String.valueOf(v.total()), "class", "tal").close("tr").newline();
        }
        html.close("tbody").close("table").newline().close("section").newline();
    }

    /** The statuses from best to worst, as the bars and columns show them. */
    static Status[] order() {
        return new Status[] {Status.MET, Status.WARNING, Status.UNDETERMINED, Status.NOT_MET};
    }

    private static void bar(Html html, String pack, Verdicts v) {
        int width = 240;
        String label = pack + ": " + v.danish();
        html.open("svg", "class", "bar", "width", String.valueOf(width), "height", "18", "viewBox", "0 0 " + width + " 18",
                "role", "img", "aria-label", label).element("title", label);
        double x = 0;
        for (Status s : order()) {
            if (v.count(s) == 0 || v.total() == 0) {
                continue;
            }
            double w = width * (double) v.count(s) / v.total();
            html.open("rect", "x", String.format(java.util.Locale.ROOT, "%.2f", x), "y", "0",
                    "width", String.format(java.util.Locale.ROOT, "%.2f", w), "height", "18",
                    "fill", HtmlPalette.of(s).foreground).close("rect");
            x += w;
        }
        html.close("svg");
    }

    /**
     * The status filters: a checkbox per status; unticking one hides the rows with nothing else.
     * Shown only once the script runs (without it they could not work).
     */
    static void filters(Html html) {
        html.open("form", "class", "filtre", "aria-label", "Filtre").open("fieldset").element("legend", "Vis rækker med");
        for (Status s : order()) {
            html.open("label").empty("input", "type", "checkbox", "value", s.key(), "checked", "checked")
                    .open("span", "class", "chip " + HtmlPalette.of(s).cssClass()).text(Danish.symbol(s) + " " + s.danish())
                    .close("span").close("label");
        }
        html.close("fieldset")
                .open("button", "type", "button", "data-details", "open").text("Åbn alle forklaringer").close("button")
                .open("button", "type", "button", "data-details", "close").text("Luk alle").close("button")
                .close("form").newline();
    }

    static void problems(Html html, Summary summary) {
        if (!summary.problems().isEmpty()) {
            html.open("section", "class", "problemer").element("h2", Danish.Noun.PROBLEM.count(summary.problems().size())
                    + " i input eller regler").open("ul");
            for (Problem p : summary.problems()) {
                html.open("li").element("code", p.where().toString()).text(": " + p.message());
                if (p.hint() != null && !p.hint().isEmpty()) {
                    html.empty("br").element("span", "hint: " + p.hint(), "class", "hint");
                }
                html.close("li");
            }
            html.close("ul").close("section").newline();
        }
        if (!summary.skipped().isEmpty()) {
            html.open("section", "class", "problemer").element("h2", Danish.Noun.SAG.count(summary.skipped().size())
                    + " kunne ikke tjekkes").open("ul");
            for (Skipped s : summary.skipped()) {
                html.open("li").element("code", s.location().toString()).text(" " + s.name()
                        + (s.cause() == null ? " — stoppet af et problem uden for sagen" : " — " + s.cause().message()))
                        .close("li");
            }
            html.close("ul").close("section").newline();
        }
    }

    /** Where a pack's results come from: its document and the checksums that identify rules and source. */
    static void packSource(Html html, PackUsed pack) {
        if (pack == null) {
            return;
        }
        html.open("p", "class", "kilde");
        if (pack.document() != null) {
            html.text("Dokument: " + pack.document() + " · ");
        }
        html.text("regler (SHA-256): ").element("code", String.valueOf(pack.contentHash()))
                .text(" · kildedokument (SHA-256): ").element("code", String.valueOf(pack.sourceChecksum())).close("p");
    }

    private static String css() {
        StringBuilder css = new StringBuilder("""
                body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff;line-height:1.4}
                h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
                .meta,.kilde,.hint{color:#4d4d4d;font-size:.9rem}
                code{font-family:ui-monospace,monospace;font-size:.85em;word-break:break-all}
                table{border-collapse:collapse;margin:.5rem 0 1rem}caption{text-align:left;font-weight:600;padding:.25rem 0}
                th,td{border:1px solid #9a9a9a;padding:.2rem .4rem;vertical-align:top;text-align:left}
                thead th{background:#f0f0f0;position:sticky;top:0}
                td.tal{text-align:right}.resultat{white-space:nowrap}
                .rul{overflow-x:auto}
                .matrix td{min-width:6.5rem;font-size:.85rem}
                .matrix th[scope=row]{min-width:14rem;max-width:22rem;font-weight:normal}
                .matrix td.emne{min-width:9rem;max-width:14rem}.matrix .sted{word-break:break-all}
                .sag{display:block;font-weight:600}.gentaget{font-weight:normal;color:#4d4d4d}.sted{display:block;color:#4d4d4d;font-size:.8rem}
                details summary{cursor:pointer;font-weight:600}
                .forklaring{margin-top:.3rem;color:#1b1b1b;background:#fff;border:1px solid #9a9a9a;padding:.4rem;min-width:18rem}
                .forklaring dl{margin:.3rem 0 0}.forklaring dt{font-weight:600;margin-top:.3rem}.forklaring dd{margin:0 0 0 .5rem}
                blockquote{margin:.2rem 0 .2rem .5rem;padding-left:.5rem;border-left:3px solid #9a9a9a;font-style:italic}
                .filtre{margin:1rem 0;display:none;gap:1rem;align-items:center;flex-wrap:wrap}
                html[data-js=on] .filtre{display:flex}
                .filtre fieldset{border:1px solid #9a9a9a;display:flex;gap:.75rem;flex-wrap:wrap}
                .chip{padding:.1rem .4rem;border:1px solid currentColor;border-radius:.3rem}
                .problemer{border-left:4px solid #8a1a1a;padding-left:.75rem}
                .bar{display:block}
                .kriterier{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;font-size:.9rem}
                .kriterier dt{font-weight:600}.kriterier dd{margin:0}
                [hidden]{display:none}
                .visuelt-skjult{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
                @media print{.filtre,html[data-js=on] .filtre{display:none}body{margin:0}thead th{position:static}.rul{overflow:visible}
                details>summary{list-style:none}a{color:inherit}@page{size:A4 landscape;margin:1cm}}
                """);
        for (HtmlPalette p : HtmlPalette.values()) {
            css.append('.').append(p.cssClass()).append("{background:").append(p.background).append(";color:")
                    .append(p.foreground).append("}\n");
        }
        css.append("@media print{td,th,.chip{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n");
        return css.toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
