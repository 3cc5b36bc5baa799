package org.newspaperingest.layout;

import org.newspaperingest.preprocess.PreparedPage;

/** Cuts a prepared page into classified regions in reading order, rules and photos. */
public interface LayoutAnalyzer {
    PageLayout analyze(PreparedPage page);
}
