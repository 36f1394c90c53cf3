package dk.regeltjek.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every status colour of the HTML report is readable: text on its background at least 4.5:1 (WCAG AA). */
class HtmlPaletteTest {

    @Test
    void textOnEveryStatusBackgroundHasAContrastOfAtLeastFourAndAHalf() {
        for (HtmlPalette p : HtmlPalette.values()) {
            assertThat(HtmlPalette.contrast(p.foreground, p.background)).as(p.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theBarsStandOutFromTheWhitePage() {
        for (HtmlPalette p : HtmlPalette.values()) {
            assertThat(HtmlPalette.contrast(p.foreground, "#ffffff")).as(p.name()).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void theContrastFormulaGivesTheKnownExtremes() {
        assertThat(HtmlPalette.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(HtmlPalette.contrast("#777777", "#777777")).isEqualTo(1.0);
    }
}
