package org.nitratekg.queries.gold;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.nitratekg.queries.gold.NameNormalizer.CatalystName;

/** How two printed values of one column are compared: each kind of value has its own idea of "the same". */
enum Comparison {
    /** Names, labels, qualifiers: equal after {@link NameNormalizer#name}. */
    NAME {
        @Override
        boolean agree(String gold, String found) {
            return NameNormalizer.name(gold).equals(NameNormalizer.name(found));
        }
    },
    /** Numbers compare by value (3.0 is 3); a cell that is not a number falls back to {@link #NAME}. */
    NUMBER {
        @Override
        boolean agree(String gold, String found) {
            Double a = NameNormalizer.number(gold);
            Double b = NameNormalizer.number(found);
            if (a != null && b != null) {
                return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
            }
            return NAME.agree(gold, found);
        }
    },
    /**
     * Catalyst names: a trailing qualifier in parentheses is dropped, and a generic statement (gold "(generic)" or
     * "coinage-metal surfaces (generic)") also matches an empty catalyst.
     */
    CATALYST {
        @Override
        boolean agree(String gold, String found) {
            CatalystName a = NameNormalizer.catalyst(gold);
            CatalystName b = NameNormalizer.catalyst(found);
            return a.name().equals(b.name()) || a.generic() && b.name().isEmpty() || b.generic() && a.name().isEmpty();
        }
    },
    UNIT {
        @Override
        boolean agree(String gold, String found) {
            return NameNormalizer.unit(gold).equals(NameNormalizer.unit(found));
        }
    },
    /** Intermediates and steps ({@code *NO3}, {@code NO3−}, {@code *NO → *NOH}). */
    INTERMEDIATE {
        @Override
        boolean agree(String gold, String found) {
            return NameNormalizer.intermediate(gold).equals(NameNormalizer.intermediate(found));
        }
    },
    TECHNIQUE {
        @Override
        boolean agree(String gold, String found) {
            return TechniqueMatcher.sameTechnique(gold, found);
        }
    },
    /** Sections compare by their first item: gold may add a figure caption that restates the fact ("4.3; Figure 5b"). */
    SECTION {
        @Override
        boolean agree(String gold, String found) {
            return NAME.agree(firstItem(gold), firstItem(found));
        }

        private static String firstItem(String section) {
            String s = Objects.requireNonNullElse(section, "");
            int semicolon = s.indexOf(';');
            return semicolon < 0 ? s : s.substring(0, semicolon);
        }
    },
    /** Reference numbers as a set: order and separators ({@code 53;46;45}, {@code 45, 46, 53}) do not matter. */
    REFS {
        @Override
        boolean agree(String gold, String found) {
            return numbers(gold).equals(numbers(found));
        }

        private static Set<String> numbers(String refs) {
            Set<String> out = new TreeSet<>();
            for (String item : NameNormalizer.name(refs).split("[;,\\s]+")) {
                if (item.matches("\\d{1,4}-\\d{1,4}")) {
                    // A printed range such as 12–15 stands for each number in it.
                    int first = Integer.parseInt(item.substring(0, item.indexOf('-')));
                    int last = Integer.parseInt(item.substring(item.indexOf('-') + 1));
                    for (int n = first; n <= last; n++) {
                        out.add(Integer.toString(n));
                    }
                } else if (!item.isEmpty()) {
                    out.add(item.replaceFirst("^0+(?=\\d)", ""));
                }
            }
            return out;
        }
    };

    abstract boolean agree(String gold, String found);
}
