package org.nitratekg.loader.link;

/**
 * One factor of a printed unit: a prefix ("m", "u", "" …), a base ("g", "mol", "h", "cm" …), an optional basis
 * written after it ("cat", "Cu", "metal", "N") and a signed exponent.
 */
record UnitFactor(String prefix, String base, String basis, int exponent) {

    enum Kind { MASS, AMOUNT, TIME, LENGTH, VOLUME }

    Kind kind() {
        return switch (base) {
            case "g" -> Kind.MASS;
            case "mol" -> Kind.AMOUNT;
            case "h", "min", "s" -> Kind.TIME;
            case "L" -> Kind.VOLUME;
            default -> Kind.LENGTH;
        };
    }

    /** The UCUM code without annotation ("mg", "cm2", "h"), exponent as magnitude. */
    String ucum() {
        String p = prefix.equals("u") ? "u" : prefix;
        int e = Math.abs(exponent);
        return p + base + (e == 1 ? "" : Integer.toString(e));
    }

    /** The UCUM code with the basis as an annotation ("g{Cu}", "mg{cat}"). */
    String annotatedUcum() {
        String code = ucum();
        if (basis == null || basis.isEmpty()) {
            return code;
        }
        int e = Math.abs(exponent);
        String unit = prefix + base + "{" + basis + "}";
        return e == 1 ? unit : prefix + base + e + "{" + basis + "}";
    }

    /** The QUDT-style name of this factor ("MilliGM", "CentiM2", "HR"). */
    String qudtName() {
        String p = switch (prefix) {
            case "u" -> "Micro";
            case "m" -> "Milli";
            case "n" -> "Nano";
            case "k" -> "Kilo";
            case "c" -> "Centi";
            case "d" -> "Deci";
            default -> "";
        };
        String b = switch (base) {
            case "g" -> "GM";
            case "mol" -> "MOL";
            case "h" -> "HR";
            case "min" -> "MIN";
            case "s" -> "SEC";
            case "L" -> "L";
            default -> "M";
        };
        int e = Math.abs(exponent);
        return p + b + (e == 1 ? "" : Integer.toString(e));
    }
}
