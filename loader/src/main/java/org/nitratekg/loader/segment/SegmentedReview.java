package org.nitratekg.loader.segment;

import java.util.List;

import org.nitratekg.loader.read.SourceLine;

/**
 * The segment stage's result: the review cut into front matter, headings, body blocks in reading order and the raw
 * entries of the numbered reference list; page furniture (copyright and publisher's notes) kept aside.
 */
public record SegmentedReview(String sourceName, FrontMatter frontMatter, List<Heading> headings, List<Block> body,
                              List<ReferenceEntry> references, List<SourceLine> furniture) {

    /** One entry of the numbered reference list, with the lines it was printed on. */
    public record ReferenceEntry(int number, SourceLine line, String text) {}
}
