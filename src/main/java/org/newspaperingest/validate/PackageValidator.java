package org.newspaperingest.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nu.xom.Element;
import nu.xom.Elements;
import nu.xom.ParsingException;
import org.newspaperingest.pack.OutputFormat;
import org.newspaperingest.pack.PackageHrefs;
import org.newspaperingest.pack.Xml;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.profile.Sha256;

/**
 * Checks a package folder against the profile: {@code mets.xml} and every ALTO file valid against the
 * schemas (offline), every listed file present with the SIZE and SHA-256 the METS gives, every
 * {@code area} pointing at an element that exists in its ALTO file, each ALTO naming its page image by
 * the package path and checksum the METS gives, hrefs relative, and no file the METS does not list.
 */
public final class PackageValidator {

    private final SchemaValidator schemaValidator;
    private final List<OutputFormat> outputs;
    private final List<Path> scanFolders;

    /**
     * @param outputs formats whose files get their own checks besides size and checksum (a manifest must be
     *                a manifest), found by their METS file group
     */
    public PackageValidator(SchemaSet schemas, List<OutputFormat> outputs) {
        this(new SchemaValidator(schemas), List.copyOf(outputs), List.of());
    }

    private PackageValidator(SchemaValidator schemaValidator, List<OutputFormat> outputs, List<Path> scanFolders) {
        this.schemaValidator = schemaValidator;
        this.outputs = outputs;
        this.scanFolders = scanFolders;
    }

    /**
     * This validator, also following hrefs into {@code folders}: the scans a package made with
     * {@code --images reference} points at. Any other href leaving the package is a problem, and the file it
     * names is not opened.
     */
    public PackageValidator withScanFolders(List<Path> folders) {
        return new PackageValidator(schemaValidator, outputs, List.copyOf(folders));
    }

    public PackageValidator(SchemaSet schemas) {
        this(schemas, List.of());
    }

    public PackageValidator(List<OutputFormat> outputs) {
        this(SchemaSet.shared(), outputs);
    }

    public PackageValidator() {
        this(SchemaSet.shared());
    }

    /**
     * Every problem found, in file order; empty when the package is valid. Never throws: whatever the
     * package holds, what is wrong with it is a problem.
     */
    public List<Problem> validate(Path packageDir) {
        try {
            return check(packageDir);
        } catch (RuntimeException | StackOverflowError e) {
            // a safety net: the readers' limits should have refused the file already
            return List.of(new Problem(".", 0, 0, "cannot be validated (" + e + ")"));
        }
    }

    private List<Problem> check(Path packageDir) {
        String mets = PackageProfile.METS_FILE;
        if (!Files.isDirectory(packageDir)) {
            return List.of(new Problem(".", 0, 0, "not a folder: " + packageDir.getFileName()));
        }
        Path metsFile = packageDir.resolve(mets);
        if (!Files.isRegularFile(metsFile)) {
            return List.of(new Problem(mets, 0, 0, "missing"));
        }
        List<Problem> problems = new ArrayList<>(schemaValidator.validate(metsFile, mets));
        LocatedXml metsXml;
        try {
            metsXml = LocatedXml.parse(metsFile);
        } catch (ParsingException | IOException e) {
            if (problems.isEmpty()) {
                problems.add(new Problem(mets, 0, 0, "not readable as XML: " + Xml.plainMessage(e.getMessage())));
            }
            return problems;
        }

        checkProfile(metsXml, problems);
        Map<String, Listed> files = new HashMap<>();
        Set<Path> listedPaths = new HashSet<>();
        listedPaths.add(metsFile.toAbsolutePath().normalize());
        for (Element group : Xml.descendants(metsXml.document.getRootElement(), PackageProfile.METS, "fileGrp")) {
            for (Element file : Xml.descendants(group, PackageProfile.METS, "file")) {
                Listed listed = checkFile(packageDir, metsXml, group.getAttributeValue("USE"), file, problems,
                        listedPaths);
                if (listed != null) {
                    files.put(listed.id, listed);
                    listedPaths.add(listed.path.toAbsolutePath().normalize());
                }
            }
        }

        // ALTO files: schema, then the IDs areas may point at.
        Map<String, Set<String>> altoIds = new HashMap<>();
        Map<String, LocatedXml> altoDocs = new HashMap<>();
        for (Listed listed : files.values().stream().sorted((a, b) -> a.href.compareTo(b.href)).toList()) {
            if (!PackageProfile.TEXT_GROUP.equals(listed.use) || !Files.isRegularFile(listed.path)) {
                continue;
            }
            problems.addAll(schemaValidator.validate(listed.path, listed.href));
            try {
                LocatedXml alto = LocatedXml.parse(listed.path);
                String ns = alto.document.getRootElement().getNamespaceURI();
                for (Element string : Xml.descendants(alto.document.getRootElement(), ns, "String")) {
                    if (string.getAttribute("WC") == null) {
                        problems.add(alto.problem(listed.href, string, "String without WC (the profile wants a confidence on every word)"));
                    }
                }
                altoDocs.put(listed.id, alto);
                Set<String> ids = new HashSet<>();
                collectIds(alto.document.getRootElement(), ids);
                altoIds.put(listed.id, ids);
            } catch (ParsingException | IOException e) {
                // already reported by the schema validation
            }
        }

        for (Element area : Xml.descendants(metsXml.document.getRootElement(), PackageProfile.METS, "area")) {
            String fileId = area.getAttributeValue("FILEID");
            String begin = area.getAttributeValue("BEGIN");
            if ("IDREF".equals(area.getAttributeValue("BETYPE")) && begin != null && altoIds.containsKey(fileId)
                    && !altoIds.get(fileId).contains(begin)) {
                problems.add(metsXml.problem(mets, area,
                        files.get(fileId).href + " has no element with ID " + begin));
            }
        }

        checkOutputs(files, problems);
        checkSourceImages(metsXml, files, altoDocs, problems);
        checkUnlisted(packageDir, listedPaths, problems);
        return problems;
    }

    /** What the profile asks beyond the METS schema: both structure maps, both file groups, full file facts. */
    private static void checkProfile(LocatedXml metsXml, List<Problem> problems) {
        Element root = metsXml.document.getRootElement();
        String mets = PackageProfile.METS_FILE;
        Set<String> maps = new HashSet<>();
        Xml.descendants(root, PackageProfile.METS, "structMap").forEach(m -> maps.add(String.valueOf(m.getAttributeValue("TYPE"))));
        for (String type : List.of("PHYSICAL", "LOGICAL")) {
            if (!maps.contains(type)) {
                problems.add(metsXml.problem(mets, root, "no structMap TYPE=\"" + type + "\""));
            }
        }
        Set<String> groups = new HashSet<>();
        Xml.descendants(root, PackageProfile.METS, "fileGrp").forEach(g -> groups.add(String.valueOf(g.getAttributeValue("USE"))));
        for (String use : List.of(PackageProfile.MASTER_GROUP, PackageProfile.TEXT_GROUP)) {
            if (!groups.contains(use)) {
                problems.add(metsXml.problem(mets, root, "no fileGrp USE=\"" + use + "\""));
            }
        }
        for (Element file : Xml.descendants(root, PackageProfile.METS, "file")) {
            for (String attribute : List.of("MIMETYPE", "SIZE", "CREATED", "CHECKSUM")) {
                if (file.getAttribute(attribute) == null) {
                    problems.add(metsXml.problem(mets, file, "file " + file.getAttributeValue("ID") + " has no " + attribute));
                }
            }
        }
    }

    /** Files of the output formats this validator knows, checked by their format. */
    private void checkOutputs(Map<String, Listed> files, List<Problem> problems) {
        for (Listed listed : files.values().stream().sorted((a, b) -> a.href.compareTo(b.href)).toList()) {
            if (PackageProfile.TEXT_GROUP.equals(listed.use) || !Files.isRegularFile(listed.path)) {
                continue; // ALTO is checked against its schema above
            }
            for (OutputFormat format : outputs) {
                if (format.use().equals(listed.use)) {
                    format.check(listed.path).forEach(p -> problems.add(new Problem(listed.href, 0, 0, p)));
                }
            }
        }
    }

    /** Each page's ALTO must name the page's master image by its package path and SHA-256. */
    private static void checkSourceImages(LocatedXml metsXml, Map<String, Listed> files,
                                          Map<String, LocatedXml> altoDocs, List<Problem> problems) {
        for (Element div : Xml.descendants(metsXml.document.getRootElement(), PackageProfile.METS, "div")) {
            if (!"page".equals(div.getAttributeValue("TYPE"))) {
                continue;
            }
            Listed image = null;
            Listed alto = null;
            for (Element fptr : Xml.descendants(div, PackageProfile.METS, "fptr")) {
                Listed listed = files.get(fptr.getAttributeValue("FILEID"));
                if (listed != null && PackageProfile.MASTER_GROUP.equals(listed.use)) {
                    image = listed;
                } else if (listed != null && PackageProfile.TEXT_GROUP.equals(listed.use)) {
                    alto = listed;
                }
            }
            if (image == null || alto == null) {
                problems.add(metsXml.problem(PackageProfile.METS_FILE, div, "page "
                        + div.getAttributeValue("ORDER") + " lacks a MASTER image or a TEXT file"));
                continue;
            }
            LocatedXml altoXml = altoDocs.get(alto.id);
            if (altoXml == null) {
                continue;
            }
            String ns = altoXml.document.getRootElement().getNamespaceURI();
            List<Element> names = Xml.descendants(altoXml.document.getRootElement(), ns, "fileName");
            List<Element> identifiers = Xml.descendants(altoXml.document.getRootElement(), ns, "fileIdentifier");
            if (names.isEmpty() || !names.get(0).getValue().trim().equals(image.href)) {
                Element at = names.isEmpty() ? altoXml.document.getRootElement() : names.get(0);
                problems.add(altoXml.problem(alto.href, at, "sourceImageInformation/fileName should be "
                        + image.href + (names.isEmpty() ? "" : ", is " + names.get(0).getValue().trim())));
            }
            if (identifiers.isEmpty() || !identifiers.get(0).getValue().trim().equalsIgnoreCase(image.checksum)) {
                Element at = identifiers.isEmpty() ? altoXml.document.getRootElement() : identifiers.get(0);
                problems.add(altoXml.problem(alto.href, at, "sourceImageInformation/fileIdentifier should be the "
                        + "image's SHA-256 " + image.checksum));
            }
        }
    }

    private Listed checkFile(Path packageDir, LocatedXml metsXml, String use, Element file, List<Problem> problems,
                             Set<Path> listedPaths) {
        String mets = PackageProfile.METS_FILE;
        Element location = file.getFirstChildElement("FLocat", PackageProfile.METS);
        String href = location == null ? null : location.getAttributeValue("href", PackageProfile.XLINK);
        String id = file.getAttributeValue("ID");
        if (href == null || href.isBlank()) {
            problems.add(metsXml.problem(mets, file, "file " + id + " has no FLocat xlink:href"));
            return null;
        }
        Path path;
        try {
            path = PackageHrefs.resolve(packageDir, href, scanFolders);
        } catch (PackageHrefs.RefusedHref refused) {
            problems.add(metsXml.problem(mets, location, refused.getMessage()));
            try {
                listedPaths.add(packageDir.resolve(href).toAbsolutePath().normalize()); // reported once, here
            } catch (RuntimeException e) {
                // not a path at all: nothing in the package can be it
            }
            return null;
        }
        Listed listed = new Listed(id, use, href, path, file.getAttributeValue("CHECKSUM"));
        if (!Files.isRegularFile(path)) {
            problems.add(metsXml.problem(mets, location, href + ": listed in mets.xml but missing"));
            return listed;
        }
        try {
            long size = Files.size(path);
            String declaredSize = file.getAttributeValue("SIZE");
            if (declaredSize == null || !declaredSize.equals(Long.toString(size))) {
                problems.add(metsXml.problem(mets, file, href + ": SIZE is " + declaredSize + " in mets.xml, the file has "
                        + size + " bytes"));
            }
            if (!PackageProfile.CHECKSUM_TYPE.equals(file.getAttributeValue("CHECKSUMTYPE"))) {
                problems.add(metsXml.problem(mets, file, href + ": CHECKSUMTYPE should be SHA-256"));
            } else {
                String actual = Sha256.of(path);
                if (!actual.equalsIgnoreCase(String.valueOf(listed.checksum))) {
                    problems.add(metsXml.problem(mets, file, href + ": SHA-256 is " + actual + ", mets.xml says "
                            + listed.checksum));
                }
            }
        } catch (IOException e) {
            problems.add(metsXml.problem(mets, location, href + ": cannot read: " + e.getMessage()));
        }
        return listed;
    }

    private static void checkUnlisted(Path packageDir, Set<Path> listed, List<Problem> problems) {
        try (Stream<Path> walk = Files.walk(packageDir)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !listed.contains(p.toAbsolutePath().normalize()))
                    .map(p -> packageDir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .forEach(p -> problems.add(new Problem(p, 0, 0, "not listed in mets.xml")));
        } catch (IOException e) {
            problems.add(new Problem(".", 0, 0, "cannot list the package: " + e.getMessage()));
        }
    }

    private static void collectIds(Element element, Set<String> ids) {
        String id = element.getAttributeValue("ID");
        if (id != null) {
            ids.add(id);
        }
        Elements children = element.getChildElements();
        for (int i = 0; i < children.size(); i++) {
            collectIds(children.get(i), ids);
        }
    }

    private record Listed(String id, String use, String href, Path path, String checksum) {
    }
}
