package org.newspaperingest.pack;

/** ALTO per page: always written, whether named or not. */
public final class AltoFormatProvider implements OutputFormatProvider {

    @Override
    public String name() {
        return AltoFormat.NAME;
    }

    @Override
    public OutputFormat create(OutputSettings settings) {
        return new AltoFormat();
    }
}
