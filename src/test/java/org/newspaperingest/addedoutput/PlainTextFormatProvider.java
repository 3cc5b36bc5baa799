package org.newspaperingest.addedoutput;

import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.OutputFormatProvider;
import org.newspaperingest.pack.OutputSettings;

/** Registered in the tests' {@code META-INF/services}; nothing in the project's code names it. */
public final class PlainTextFormatProvider implements OutputFormatProvider {

    @Override
    public String name() {
        return PlainTextFormat.NAME;
    }

    @Override
    public OutputFormat create(OutputSettings settings) {
        return new PlainTextFormat();
    }
}
