package org.nitratekg.loader.segment;

import java.util.List;

import org.nitratekg.loader.read.SourceLine;

/** A piece of the body of a review, in reading order. */
public sealed interface Block {

    Heading section();

    SourceLine firstLine();

    /** A paragraph, possibly printed in several pieces split by a page break or a publisher's note. */
    record Paragraph(Heading section, List<SourceLine> pieces) implements Block {
        public SourceLine firstLine() {
            return pieces.getFirst();
        }
    }

    /** A figure caption ("Figure 3. …"). */
    record Caption(Heading section, SourceLine line, int figureNumber) implements Block {
        public SourceLine firstLine() {
            return line;
        }
    }

    /** A table: its caption, its printed parts (each with its header line), and its notes. */
    record Table(Heading section, SourceLine caption, int number, String title, List<TablePart> parts,
                 List<SourceLine> notes) implements Block {
        public SourceLine firstLine() {
            return caption;
        }
    }

    /** One printed part of a table: the header line it repeats and its data rows. */
    record TablePart(SourceLine header, List<SourceLine> rows) {}
}
