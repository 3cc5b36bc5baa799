package org.newspaperingest.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the issue folders under a scan root, whatever the arrangement: flat folders
 * ({@code chaoyang-2026-03-13/}), dated trees ({@code chaoyang/2026/03/13/}) or NDNP batches
 * ({@code sn85058233/17082901001/1935080201/}).
 *
 * <p>An issue folder is a folder directly holding page files (or an {@code issue.json}). Its pages are
 * ordered by the natural order of their names. Where a page exists as a master image and as a derivative
 * with the same name (NDNP's {@code 1289.jp2} beside {@code 1289.pdf}), only the master is taken.
 * Symbolic links are followed, but a folder already seen (a link loop, or two links to one folder) is not
 * entered twice.
 */
public final class ScanTree {

    public static final String SIDECAR_NAME = "issue.json";
    /** The file that marks a folder as a package rather than a scan folder. */
    private static final String PACKAGE_METS = "mets.xml";

    private static final Logger LOG = LoggerFactory.getLogger(ScanTree.class);
    private static final int MAX_DEPTH = 32;
    private static final int MAX_ID_LENGTH = 100;
    private static final Pattern LCCN = Pattern.compile("[a-z]{1,3}\\d{8,10}");
    private static final Pattern NDNP_ISSUE = Pattern.compile("\\d{10}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** When a page exists in several formats, the earlier format is the master. */
    private static final List<PageFormat> MASTER_RANK =
            List.of(PageFormat.TIFF, PageFormat.JPEG_2000, PageFormat.PNG, PageFormat.JPEG, PageFormat.PDF);

    /**
     * Something in the scan tree that could not be used.
     *
     * @param issueId the issue that fails because of it, or empty when no issue is concerned (a folder
     *                that could not be listed, a link loop)
     */
    public record Problem(Optional<String> issueId, Path path, String reason) {
        /** The problem as one line for a person: path, then reason. */
        public String message() {
            return path + ": " + reason;
        }
    }

    /**
     * The issues found, in path order, and the problems met on the way.
     *
     * @param renamed issue id to why it is not the name its folder gives (another folder gives that name too)
     */
    public record Result(List<ScanIssue> issues, List<Problem> problems, Map<String, String> renamed) {
        public Result {
            issues = List.copyOf(issues);
            problems = List.copyOf(problems);
            renamed = Map.copyOf(renamed);
        }

        /** Problems that make an issue fail (a folder that should hold pages but holds none). */
        public List<Problem> failedIssues() {
            return problems.stream().filter(p -> p.issueId().isPresent()).toList();
        }
    }

    private final Path root;
    private final Set<Path> excluded;
    private final Set<Path> visited = new HashSet<>();
    private final Map<Path, Path> firstSeenAs = new HashMap<>();
    private final List<Found> found = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private ScanTree(Path root, Set<Path> excluded) {
        this.root = root;
        this.excluded = excluded;
    }

    /** Scans a folder tree; never throws for what it finds inside, only if the root itself is unusable. */
    public static Result scan(Path root) throws IOException {
        return scan(root, Set.of());
    }

    /**
     * @param excluded folders not to look into, such as an output folder placed inside the scan root
     */
    public static Result scan(Path root, Set<Path> excluded) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(root + ": not a folder" + (Files.exists(root) ? "" : " (it does not exist)"));
        }
        Set<Path> excludedReal = new HashSet<>();
        for (Path path : excluded) {
            if (Files.exists(path)) {
                excludedReal.add(path.toRealPath());
            }
        }
        ScanTree tree = new ScanTree(root.toAbsolutePath().normalize(), excludedReal);
        tree.walk(tree.root, 0);
        return tree.result();
    }

    private record Found(Path folder, List<Path> pages, Optional<Path> sidecar) {
    }

    private void walk(Path dir, int depth) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            problems.add(new Problem(Optional.empty(), dir, "cannot resolve folder (" + reason(e) + ")"));
            return;
        }
        if (excluded.contains(real)) {
            return;
        }
        if (!visited.add(real)) {
            String why = "already scanned as " + firstSeenAs.get(real) + " (symbolic link); not followed again";
            LOG.warn("{}: {}", dir, why);
            problems.add(new Problem(Optional.empty(), dir, why));
            return;
        }
        firstSeenAs.put(real, dir);
        if (depth > MAX_DEPTH) {
            // whatever is below is not scanned, and must not be lost without a word: it fails as an issue
            String why = "folder nested more than " + MAX_DEPTH + " levels below the scan root; not scanned"
                    + " (move the issue folders in it up)";
            LOG.warn("{}: {}", dir, why);
            problems.add(new Problem(Optional.of(issueId(dir)), dir, why));
            return;
        }

        List<Path> files = new ArrayList<>();
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // hidden files, and the .partial folders of interrupted runs
                }
                if (Files.isDirectory(entry)) {
                    subfolders.add(entry);
                } else if (Files.isRegularFile(entry)) {
                    files.add(entry);
                } else if (Files.isSymbolicLink(entry)) {
                    problems.add(new Problem(Optional.empty(), entry, "symbolic link to nothing; skipped"));
                }
            }
        } catch (IOException | SecurityException e) {
            problems.add(new Problem(Optional.empty(), dir, "cannot list folder (" + reason(e) + ")"));
            return;
        }

        if (files.stream().anyMatch(f -> f.getFileName().toString().equals(PACKAGE_METS))) {
            return; // a finished package (an earlier run's output, a ground truth): not scans
        }
        Optional<Path> sidecar = files.stream().filter(f -> f.getFileName().toString().equals(SIDECAR_NAME)).findFirst();
        List<Path> pages = mastersOnly(files.stream().filter(f -> !f.getFileName().toString().equals(SIDECAR_NAME))
                .filter(this::isPageFile).toList());
        if (!pages.isEmpty() || sidecar.isPresent() || (subfolders.isEmpty() && depth > 0)) {
            found.add(new Found(dir, pages, sidecar));
        }
        subfolders.sort(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE));
        for (Path sub : subfolders) {
            walk(sub, depth + 1);
        }
    }

    private boolean isPageFile(Path file) {
        if (PageFormat.hasPageExtension(file)) {
            return true; // even if damaged: reading it will say what is wrong
        }
        return detect(file).isPresent();
    }

    private static Optional<PageFormat> detect(Path file) {
        try {
            return PageFormat.of(PageFormat.detectContent(file));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Drops derivatives: of files sharing a name stem, keeps the one in the highest-ranked format. */
    private List<Path> mastersOnly(List<Path> pages) {
        Map<String, List<Path>> byStem = new LinkedHashMap<>();
        for (Path page : pages) {
            byStem.computeIfAbsent(stem(page), s -> new ArrayList<>()).add(page);
        }
        List<Path> masters = new ArrayList<>();
        for (List<Path> same : byStem.values()) {
            if (same.size() == 1) {
                masters.add(same.get(0));
                continue;
            }
            Map<Path, Integer> rank = new HashMap<>();
            for (Path p : same) {
                rank.put(p, detect(p).map(MASTER_RANK::indexOf).orElse(Integer.MAX_VALUE));
            }
            int best = rank.values().stream().min(Integer::compare).orElseThrow();
            for (Path p : same) {
                if (rank.get(p) == best || rank.get(p) == Integer.MAX_VALUE) {
                    masters.add(p);
                } else {
                    LOG.info("{}: taken as a derivative of a master scan with the same name; skipped", p);
                }
            }
        }
        masters.sort(Comparator.comparing(p -> p.getFileName().toString(), NaturalOrder.INSTANCE));
        return masters;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    }

    private Result result() {
        List<ScanIssue> issues = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        Map<String, String> takenBy = new HashMap<>();
        Map<String, String> renamed = new HashMap<>();
        for (Found f : found) {
            String base = issueId(f.folder());
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            String source = source(f.folder());
            if (!id.equals(base)) {
                renamed.put(id, "package name " + base + " is also the name of " + takenBy.get(base)
                        + "; this folder (" + source + ") is written as " + id);
            }
            takenBy.putIfAbsent(base, source);
            if (f.pages().isEmpty()) {
                problems.add(new Problem(Optional.of(id), f.folder(), "issue folder holds no page images"
                        + " (looked for TIFF, JPEG, PNG, JPEG 2000 and PDF files)"));
            } else {
                issues.add(new ScanIssue(id, f.folder(), f.pages(), f.sidecar(), source));
            }
        }
        return new Result(issues, problems, renamed);
    }

    /** The folder's path below the root, {@code /}-separated; the root's own name for the root itself. */
    String source(Path folder) {
        Path relative = root.relativize(folder);
        if (relative.toString().isEmpty()) {
            return name(root).isEmpty() ? "." : name(root);
        }
        List<String> parts = new ArrayList<>();
        relative.forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    /** {@code title-yyyy-mm-dd} from the folders below the root; {@code lccn-yyyymmddee} for NDNP. */
    String issueId(Path folder) {
        Path parent = folder.getParent();
        Path grandparent = parent == null ? null : parent.getParent();
        if (grandparent != null && NDNP_ISSUE.matcher(name(folder)).matches()
                && DIGITS.matcher(name(parent)).matches() && LCCN.matcher(name(grandparent)).matches()) {
            return name(grandparent) + "-" + name(folder); // the reel says nothing about the issue
        }
        List<String> parts = new ArrayList<>();
        for (Path part : root.relativize(folder)) {
            if (!part.toString().isEmpty()) {
                parts.add(part.toString());
            }
        }
        // A tree of dates under the root (2026/03/13): the root's own name is the title.
        if (parts.isEmpty() || DIGITS.matcher(parts.get(0)).matches()) {
            Path rootName = root.getFileName();
            if (rootName != null) {
                parts.add(0, rootName.toString());
            }
        }
        String id = String.join("-", parts.stream().map(ScanTree::slug).filter(s -> !s.isEmpty()).toList());
        if (id.length() > MAX_ID_LENGTH) {
            id = id.substring(id.length() - MAX_ID_LENGTH).replaceFirst("^-+", "");
        }
        return id.isEmpty() ? "issue" : id;
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString();
    }

    /** Letters and digits of any script survive; everything else becomes a single hyphen. */
    static String slug(String segment) {
        String normal = Normalizer.normalize(segment, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        normal.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        });
        int end = slug.length();
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "it no longer exists";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
