package org.newspaperingest.model;

/** Points at a block or illustration on a page of the issue (ALTO element ID, 1-based page sequence). */
public record BlockRef(int page, String id) {
}
