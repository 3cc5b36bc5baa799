package org.newspaperingest.pack;

import static org.newspaperingest.profile.PackageProfile.IMAGES_DIR;
import static org.newspaperingest.profile.PackageProfile.METS_FILE;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.pack.PackageLayout.PackageFile;
import org.newspaperingest.pack.PackageLayout.PageFiles;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.profile.Sha256;

/**
 * Writes an issue's package folder {@code <out>/<issue-id>/}: {@code mets.xml}, {@code alto/NNNN.xml} and,
 * when copying, {@code images/NNNN.<ext>}. The folder appears complete or not at all: everything is
 * written and synced in a hidden sibling {@code .<id>.partial-<random>}, then renamed into place; on any
 * failure the partial folder is deleted.
 */
public final class PackageWriter {


    /** What happens to the master scans. */
    public enum Images {
        /** Byte-identical copies inside the package (the profile's default). */
        COPY,
        /** Not copied: the METS points at the source files by a relative href (used for ground truth). */
        REFERENCE
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Names the hidden folder a package is written in: {@code .<id>.partial-<random>}. */
    private static final String PARTIAL_MARK = ".partial-";
    private final Images images;
    private final Clock clock;
    private final List<OutputFormat> outputs;

    /** A writer of the profile's minimum: METS, ALTO and the master images. */
    public PackageWriter(Images images, Clock clock) {
        this(images, clock, List.of());
    }

    /**
     * @param outputs the formats written besides ALTO (which is always written, first), in the order given:
     *                a format may use the files of those before it
     */
    public PackageWriter(Images images, Clock clock, List<OutputFormat> outputs) {
        this.images = images;
        this.clock = clock;
        List<OutputFormat> all = new ArrayList<>();
        all.add(new AltoFormat());
        outputs.stream().filter(f -> !f.name().equals(AltoFormat.NAME)).forEach(all::add);
        this.outputs = List.copyOf(all);
    }

    /** The formats this writer writes, ALTO first. */
    public List<OutputFormat> outputs() {
        return outputs;
    }

    public PackageWriter() {
        this(Images.COPY, Clock.systemUTC());
    }

    /**
     * @param sources the source file of each page, in page order (pages of a multi-page file name it repeatedly)
     * @return the finished package folder
     * @throws IOException naming the file that could not be read or written; nothing is left behind
     */
    public Path write(Issue issue, List<Path> sources, Path outRoot) throws IOException {
        return write(issue, sources, outRoot, Optional.empty());
    }

    /**
     * @param sourceFolder the scan folder below the scan root ({@code a b/x}), recorded in the METS header so
     *                     that a later run can tell whose package this is: several folders can give one name
     * @see PackageReader#sourceFolder(Path)
     */
    public Path write(Issue issue, List<Path> sources, Path outRoot, Optional<String> sourceFolder) throws IOException {
        requirePlainName(issue.id());
        if (sources.size() != issue.pages().size()) {
            throw new IllegalArgumentException(issue.id() + ": " + issue.pages().size() + " pages but "
                    + sources.size() + " source files");
        }
        Files.createDirectories(outRoot);
        Path target = outRoot.resolve(issue.id());
        Path partial = outRoot.resolve("." + issue.id() + PARTIAL_MARK + randomSuffix());
        try {
            Files.createDirectory(partial);
            writeContent(issue, sources, target, partial, sourceFolder);
            syncDirectory(partial);
            replace(partial, target);
            syncDirectory(outRoot);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteTree(partial);
            throw e;
        }
    }

    private void writeContent(Issue issue, List<Path> sources, Path target, Path partial, Optional<String> sourceFolder)
            throws IOException {
        Instant now = clock.instant();
        if (images == Images.COPY) {
            Files.createDirectory(partial.resolve(IMAGES_DIR));
        }
        Map<Path, PackageFile> imageBySource = new HashMap<>();
        List<PageFiles> pages = new ArrayList<>();
        for (Page page : issue.pages()) {
            Path source = sources.get(page.sequence() - 1).toAbsolutePath().normalize();
            PackageFile image = imageBySource.get(source);
            if (image == null) {
                image = images == Images.COPY
                        ? copyImage(page, source, partial)
                        : referenceImage(page, source, target);
                imageBySource.put(source, image);
            }
            pages.add(new PageFiles(page.sequence(), image));
        }
        Issue described = withoutMachinePaths(issue, sources);
        PackageLayout layout = new PackageLayout(pages, List.of());
        for (OutputFormat format : outputs) {
            List<PackageLayout.PlacedFile> placed = new ArrayList<>();
            for (OutputFormat.OutputFile file : format.write(described, new OutputFormat.PackageSoFar(partial, layout))) {
                Path path = inside(partial, file.href(), format);
                Files.createDirectories(path.getParent());
                String sha = writeSynced(path, file.content());
                placed.add(new PackageLayout.PlacedFile(file.page(),
                        new PackageFile(file.href(), file.mimeType(), file.content().length, sha, now)));
            }
            layout = layout.with(new PackageLayout.FileGroup(format.use(), format.idPrefix(), placed));
        }
        byte[] mets = Xml.toBytes(MetsWriter.write(described, layout, now, sourceFolder));
        writeSynced(partial.resolve(METS_FILE), mets);
    }

    /** A format's file must land inside the package, in a folder of its own, never over another file. */
    private static Path inside(Path partial, String href, OutputFormat format) {
        Path path = partial.resolve(href).normalize();
        if (href.isBlank() || href.startsWith("/") || href.contains("\\") || !path.startsWith(partial)
                || path.equals(partial) || href.equals(METS_FILE)) {
            throw new IllegalArgumentException(format.name() + ": " + href + " is not a file name inside the package");
        }
        return path;
    }

    private PackageFile copyImage(Page page, Path source, Path partial) throws IOException {
        String href = IMAGES_DIR + "/" + MetsWriter.fourDigits(page.sequence()) + "." + extension(source, page);
        Path copy = partial.resolve(href);
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = Files.newInputStream(source);
             FileChannel channel = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
            in.transferTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw new IOException(source + ": cannot copy into the package: " + e.getMessage(), e);
        }
        String sha = Sha256.hex(digest);
        requireUnchanged(page, source, sha);
        return new PackageFile(href, mimeType(page, source), Files.size(copy), sha, lastModified(source));
    }

    private PackageFile referenceImage(Page page, Path source, Path target) throws IOException {
        Path from = target.toAbsolutePath().normalize();
        String href;
        try {
            href = from.relativize(source).toString().replace(from.getFileSystem().getSeparator(), "/");
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": cannot be referenced relatively from " + from, e);
        }
        String sha;
        try {
            sha = Sha256.of(source);
        } catch (IOException e) {
            throw new IOException(source + ": cannot read: " + e.getMessage(), e);
        }
        requireUnchanged(page, source, sha);
        return new PackageFile(href, mimeType(page, source), Files.size(source), sha, lastModified(source));
    }

    /**
     * Warnings from earlier stages may name scans by absolute path; the package must not carry paths of
     * this machine, so the scan folders' paths are cut down to the file names.
     */
    static Issue withoutMachinePaths(Issue issue, List<Path> sources) {
        List<String> folders = sources.stream().map(p -> p.toAbsolutePath().normalize().getParent())
                .filter(java.util.Objects::nonNull).distinct()
                .map(p -> p.toString() + p.getFileSystem().getSeparator())
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        List<String> warnings = issue.warnings().stream().map(w -> {
            String result = w;
            for (String folder : folders) {
                result = result.replace(folder, "");
            }
            return result;
        }).toList();
        return new Issue(issue.id(), issue.metadata(), issue.pages(), issue.articles(), warnings);
    }

    /** The scan must still be the one the pipeline read; otherwise the package would describe another file. */
    private static void requireUnchanged(Page page, Path source, String sha) throws IOException {
        String expected = page.image() == null ? null : page.image().sha256();
        if (expected != null && !expected.isBlank() && !expected.equalsIgnoreCase(sha)) {
            throw new IOException(source + ": changed since it was read (SHA-256 " + sha + ", expected " + expected + ")");
        }
    }

    private static String writeSynced(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        return Sha256.of(content);
    }

    /** Renames the finished folder into place, moving an earlier (incomplete or outdated) package aside first. */
    private static void replace(Path partial, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + randomSuffix());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(target + ": the file system cannot rename folders atomically", e);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void syncDirectory(Path dir) {
        // Makes the new entries durable on Linux; other systems may refuse to open a folder, which is harmless.
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    /** Quietly: leftovers of a failed run are hidden (dot-prefixed) and replaced by the next run. */
    static void deleteTree(Path root) {
        try {
            Folders.deleteTree(root);
        } catch (IOException e) {
            // nothing more to do; the folder's name keeps it out of the way
        }
    }

    /** The extension for the package copy: from the detected type, else from the source's own name. */
    static String extension(Path source, Page page) {
        String byType = switch (mimeType(page, source)) {
            case "image/tiff" -> "tif";
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/jp2", "image/jpx" -> "jp2";
            case "application/pdf" -> "pdf";
            default -> null;
        };
        if (byType != null) {
            return byType;
        }
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        boolean plain = !ext.isEmpty() && ext.length() <= 5 && ext.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c));
        return plain ? ext : "bin";
    }

    private static String mimeType(Page page, Path source) {
        String mime = page.image() == null ? null : page.image().mimeType();
        return mime == null || mime.isBlank() ? "application/octet-stream" : mime;
    }

    private static Instant lastModified(Path source) throws IOException {
        return Files.getLastModifiedTime(source).toInstant();
    }

    private static void requirePlainName(String id) {
        if (id == null || id.isBlank() || id.equals(".") || id.equals("..") || id.contains("/") || id.contains("\\")
                || id.startsWith(".")) {
            throw new IllegalArgumentException("not usable as a package folder name: " + id);
        }
    }

    /**
     * Whether a folder of an output folder is one a package was being written in: a run killed while
     * writing leaves it behind, and it is never a package.
     */
    public static boolean isUnfinishedPackage(Path folder) {
        String name = folder.getFileName().toString();
        return name.startsWith(".") && name.indexOf(PARTIAL_MARK, 2) >= 2;
    }

    private static String randomSuffix() {
        return Long.toHexString(RANDOM.nextLong() & Long.MAX_VALUE);
    }
}
