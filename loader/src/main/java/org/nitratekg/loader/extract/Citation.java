package org.nitratekg.loader.extract;

import java.util.List;

/** An in-text citation such as {@code [2,5–7,60]}: where it is printed and the reference numbers it expands to. */
public record Citation(int start, int end, List<Integer> numbers) {}
