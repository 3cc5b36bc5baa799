package org.newspaperingest.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build), or {@code dev} when run from classes. */
public final class Version implements IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"newspaper-ingest " + current()};
    }
}
