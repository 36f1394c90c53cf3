package dk.regeltjek.rules;

import java.math.BigDecimal;

/**
 * One field of a table's rows, summed: how many rows, their sum (null when a row lacks the number)
 * and how many lack it. {@code hvad} and {@code uden} word the note when a total cannot be checked:
 * "beløbet (2 rækker uden beløb)". Made with {@link Regning#kolonne}.
 */
public record Kolonne(int raekker, BigDecimal sum, int mangler, String hvad, String uden) {
}
