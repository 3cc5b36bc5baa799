package org.newspaperingest.profile;

/**
 * The software that makes the packages, as METS, PREMIS, ALTO and the batch report name it. The version
 * comes from the jar's manifest (set by the build), {@code dev} when run from classes.
 */
public final class Software {
    public static final String NAME = "newspaper-ingest";

    private Software() {
    }

    public static String version() {
        String version = Software.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** {@code newspaper-ingest 0.1.0}: the agent name of the METS header and PREMIS. */
    public static String nameAndVersion() {
        return NAME + " " + version();
    }
}
