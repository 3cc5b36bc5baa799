package org.newspaperingest.pdfa;

import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.OutputFormatProvider;
import org.newspaperingest.pack.OutputSettings;

/** A searchable PDF/A-2b of the issue. */
public final class SearchablePdfFormatProvider implements OutputFormatProvider {

    @Override
    public String name() {
        return SearchablePdfFormat.NAME;
    }

    @Override
    public OutputFormat create(OutputSettings settings) {
        return new SearchablePdfFormat();
    }
}
