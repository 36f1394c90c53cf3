package dk.regeltjek.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of a table of cells (see {@link Regning#tabeltotaler}): the rows sorted by line once,
 * and each total row's parts found through one map, so a table of 10,000 rows costs one pass.
 */
final class Tabeltotaler {
    private Tabeltotaler() {
    }

    /** One row as the document has it. */
    private record Row(String name, Integer line, List<?> cells, String partOf) {
        BigDecimal number(int column) {
            return cells != null && column < cells.size() ? Regning.talICelle(cells.get(column)) : null;
        }
    }

    static Totaler of(Object table, Collection<?> facts, String unit, BigDecimal tolerance) {
        List<Row> rows = new ArrayList<>(facts.size());
        for (Object fact : facts) {
            rows.add(new Row((String) Felter.read(fact, "navn"), (Integer) Felter.read(fact, "linje"),
                    (List<?>) Felter.read(fact, "vaerdier"), (String) Felter.read(fact, "indgaarI")));
        }
        rows.sort(Comparator.comparing(Row::line, Comparator.nullsLast(Comparator.naturalOrder())));
        List<?> headings = (List<?>) Felter.read(table, "kolonner");
        String totalColumn = (String) Felter.read(table, "totalKolonne");
        int columns = headings == null ? 0 : headings.size();
        Map<String, List<Row>> parts = new LinkedHashMap<>();
        for (Row row : rows) {
            columns = Math.max(columns, row.cells() == null ? 0 : row.cells().size());
            if (row.partOf() != null) {
                parts.computeIfAbsent(row.partOf(), k -> new ArrayList<>()).add(row);
            }
        }
        Totaler totals = new Totaler();
        for (Row total : rows) {
            List<Row> of = parts.get(total.name());
            if (of == null) {
                continue;
            }
            for (int i = 0; i < columns; i++) {
                BigDecimal stated = total.number(i);
                if (stated == null) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                int added = 0;
                for (Row part : of) {
                    BigDecimal v = part.number(i);
                    if (v != null) {
                        sum = sum.add(v);
                        added++;
                    }
                }
                String what = total.name() + (columns > 1 ? ", " + heading(headings, i) : "");
                totals.tilfoej(new Total(total.line(), what, stated, sum, unit, tolerance,
                        Enheder.antal(added, "række", "rækker").toString()));
            }
        }
        if (totalColumn != null && headings != null) {
            int k = headings.indexOf(totalColumn);
            if (k < 0) {
                throw new IllegalArgumentException("tabellen \"" + Felter.read(table, "navn") + "\" har ingen kolonne \""
                        + totalColumn + "\" (totalKolonne); kolonnerne er " + headings);
            }
            for (Row row : rows) {
                BigDecimal stated = row.number(k);
                if (stated == null) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                int added = 0;
                for (int i = 0; i < columns; i++) {
                    BigDecimal v = i == k ? null : row.number(i);
                    if (v != null) {
                        sum = sum.add(v);
                        added++;
                    }
                }
                totals.tilfoej(new Total(row.line(), row.name() + ", " + totalColumn, stated, sum, unit, tolerance,
                        Enheder.antal(added, "kolonne", "kolonner").toString()));
            }
        }
        return totals;
    }

    /** The column's heading, or "kolonne n" when the table does not name its columns. */
    private static String heading(List<?> headings, int i) {
        return headings != null && i < headings.size() ? String.valueOf(headings.get(i)) : "kolonne " + (i + 1);
    }
}
