package org.newspaperingest.profile;

/**
 * What a package looks like (the project's profile, {@code PROFILE.md}): where its files are, the METS
 * file groups they are listed in, and the namespaces and schema versions of its XML. The writers make
 * packages by it, the reader reads them by it and the validator checks them against it.
 */
public final class PackageProfile {
    public static final String METS_FILE = "mets.xml";
    public static final String IMAGES_DIR = "images";
    public static final String ALTO_DIR = "alto";

    /** The METS file group of the page images. */
    public static final String MASTER_GROUP = "MASTER";
    /** The METS file group of the ALTO files. */
    public static final String TEXT_GROUP = "TEXT";
    /** The only CHECKSUMTYPE the package uses: lowercase hex, see {@link Sha256}. */
    public static final String CHECKSUM_TYPE = "SHA-256";

    public static final String ALTO = "http://www.loc.gov/standards/alto/ns-v4#";
    public static final String ALTO_XSD = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd";
    public static final String METS = "http://www.loc.gov/METS/";
    public static final String METS_XSD = "http://www.loc.gov/standards/mets/version1121/mets.xsd";
    public static final String MODS = "http://www.loc.gov/mods/v3";
    public static final String MODS_XSD = "http://www.loc.gov/standards/mods/v3/mods-3-8.xsd";
    public static final String MIX = "http://www.loc.gov/mix/v20";
    public static final String MIX_XSD = "http://www.loc.gov/standards/mix/mix20/mix20.xsd";
    public static final String PREMIS = "http://www.loc.gov/premis/v3";
    public static final String PREMIS_XSD = "http://www.loc.gov/standards/premis/v3/premis-v3-0.xsd";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private PackageProfile() {
    }
}
