package org.nitratekg.loader.quality;

/** One data-quality finding: its kind, the IRI of the resource it is about, and a readable detail. */
public record Finding(FindingKind kind, String subject, String detail) {}
