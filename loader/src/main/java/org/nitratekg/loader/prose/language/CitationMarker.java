package org.nitratekg.loader.prose.language;

import java.util.List;

/** A printed citation such as {@code [12]}, {@code [12,13]} or {@code [3,9–11]}: where it stands and the numbers it cites. */
public record CitationMarker(Span span, List<Integer> numbers) {}
