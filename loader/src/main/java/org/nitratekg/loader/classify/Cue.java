package org.nitratekg.loader.classify;

/** One piece of class wording found in a text: its kind and where it stands. */
record Cue(CueKind kind, int start, int end, String text) {

    boolean overlaps(Cue other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
