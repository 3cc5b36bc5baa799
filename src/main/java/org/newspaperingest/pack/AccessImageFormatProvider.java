package org.newspaperingest.pack;

/** A JPEG per page for viewers. */
public final class AccessImageFormatProvider implements OutputFormatProvider {

    @Override
    public String name() {
        return AccessImageFormat.NAME;
    }

    @Override
    public OutputFormat create(OutputSettings settings) {
        return new AccessImageFormat();
    }
}
