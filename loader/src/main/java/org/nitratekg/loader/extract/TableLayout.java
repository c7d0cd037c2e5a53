package org.nitratekg.loader.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nitratekg.loader.link.YieldUnit;

/**
 * Reads a table header into columns with roles, whatever their order, and decides whether the table reports
 * catalyst performance (a catalyst column and a Faradaic efficiency or yield column).
 */
public record TableLayout(List<Column> columns) {
    private static final Pattern PARENTHESIS = Pattern.compile("[(\\[]([^()\\[\\]]+)[)\\]]|,\\s*([^,]+)$|/\\s*([^/]+)$");
    private static final Pattern ELECTRODE = Pattern.compile("(?:\\bvs\\.?|\\bversus)\\s*\\(?([A-Za-z][^()]{0,40})");

    public static TableLayout of(List<String> normalizedHeaders) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < normalizedHeaders.size(); i++) {
            String header = normalizedHeaders.get(i);
            ColumnRole role = role(header.toLowerCase(Locale.ROOT));
            columns.add(new Column(i + 1, header, role, headerUnit(header, role), electrode(header).orElse(null)));
        }
        return new TableLayout(List.copyOf(columns));
    }

    public boolean isPerformanceTable() {
        return find(ColumnRole.CATALYST).isPresent()
                && (find(ColumnRole.FARADAIC_EFFICIENCY).isPresent() || find(ColumnRole.YIELD).isPresent());
    }

    public Optional<Column> find(ColumnRole role) {
        return columns.stream().filter(c -> c.role() == role).findFirst();
    }

    static ColumnRole role(String h) {
        // Figures that look like a role's but measure something else: they must not fill that role's value.
        if (h.matches(".*\\breference electrode.*")) {
            return ColumnRole.REFERENCE_ELECTRODE;
        }
        if (h.matches(".*(energy|conversion|removal|half-cell|cathodic energy) efficiency.*"
                + "|^ee\\b.*|.*partial current density.*|^j ?_?\\(?nh3\\)?\\b.*")) {
            return ColumnRole.OTHER;
        }
        if (h.matches("^refs?\\b.*|.*\\breferences?\\b.*")) {
            return ColumnRole.REFERENCE;
        }
        if (h.contains("electrolyte") || h.contains("solution")) {
            return ColumnRole.ELECTROLYTE;
        }
        if (h.matches(".*\\bfe(?:\\b|nh|_).*|.*faradaic.*|.*efficiency.*")) {
            return ColumnRole.FARADAIC_EFFICIENCY;
        }
        if (h.matches(".*(yield|production rate|\\brate\\b|productivity|\\br ?_?\\(?nh3\\)?).*")) {
            return ColumnRole.YIELD;
        }
        if (h.matches(".*(potential|voltage|current density|applied|condition).*|^e\\b.*")) {
            return ColumnRole.CONDITION;
        }
        if (h.matches(".*(catalyst|material|sample|electrode).*")) {
            return ColumnRole.CATALYST;
        }
        return ColumnRole.OTHER;
    }

    /** A unit written in the header, e.g. "Yield (mg h-1 cm-2)" or "Potential (V vs. RHE)". */
    static String headerUnit(String header, ColumnRole role) {
        Matcher m = PARENTHESIS.matcher(header);
        while (m.find()) {
            String inside = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).strip();
            String withoutElectrode = ELECTRODE.matcher(inside).replaceAll("").strip();
            switch (role) {
                case YIELD -> {
                    Optional<YieldUnit> unit = YieldUnit.parse(inside);
                    if (unit.isPresent() && unit.get().hasNumerator()) {
                        return unit.get().printed();
                    }
                }
                case CONDITION -> {
                    Optional<String> unit = CellParser.conditionUnit(withoutElectrode);
                    if (unit.isPresent()) {
                        return unit.get();
                    }
                }
                case FARADAIC_EFFICIENCY -> {
                    if (inside.equals("%")) {
                        return "%";
                    }
                }
                default -> { }
            }
        }
        if (role == ColumnRole.CONDITION && header.toLowerCase(Locale.ROOT).contains("current density")) {
            return "mA cm-2";
        }
        return null;
    }

    /** The reference electrode a text names after "vs." or "versus", in its usual short form. */
    public static Optional<String> electrode(String text) {
        Matcher m = ELECTRODE.matcher(text);
        return m.find() ? Optional.of(CellParser.canonicalElectrode(m.group(1))) : Optional.empty();
    }
}
