package org.newspaperingest.pack;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the hrefs of a package lead. A package is read from files its own METS names, and the METS may be
 * hostile: an href is followed only when it stays inside the package folder (or inside a folder the user
 * named for it, such as the scans a reference-mode package points at), symbolic links included.
 */
public final class PackageHrefs {

    private PackageHrefs() {
    }

    /** An href that is not followed, and why. */
    public static final class RefusedHref extends IOException {
        public RefusedHref(String message) {
            super(message);
        }
    }

    /** {@link #resolve(Path, String, List)} with the package folder as the only place allowed. */
    public static Path resolve(Path packageDir, String href) throws RefusedHref {
        return resolve(packageDir, href, List.of());
    }

    /**
     * The file an href names, relative to {@code packageDir}; docWorks' {@code file://./x.xml} reads too.
     *
     * @param alsoAllowed folders outside the package that hrefs may lead into
     * @throws RefusedHref when the href is absolute, malformed, or leads outside the allowed folders, by
     *                     its path or through a symbolic link; the message starts with the href
     */
    public static Path resolve(Path packageDir, String href, List<Path> alsoAllowed) throws RefusedHref {
        if (href == null || href.isBlank()) {
            throw new RefusedHref("(no href): empty href");
        }
        String local = href.startsWith("file://./") ? href.substring("file://".length()) : href;
        Path path;
        try {
            URI uri = new URI(local);
            if (uri.isAbsolute() || local.startsWith("/") || local.startsWith("\\") || local.matches("^[A-Za-z]:.*")
                    || uri.getRawAuthority() != null) {
                throw new RefusedHref(href + ": not a relative href; not opened");
            }
            String decoded = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.indexOf('\0') >= 0) {
                throw new RefusedHref(href + ": not a valid relative URL");
            }
            path = packageDir.resolve(decoded).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new RefusedHref(href + ": not a valid relative URL");
        }
        List<Path> roots = new ArrayList<>();
        roots.add(packageDir);
        roots.addAll(alsoAllowed);
        if (roots.stream().noneMatch(root -> path.startsWith(root.toAbsolutePath().normalize()))) {
            throw new RefusedHref(href + ": leads outside the package; not opened");
        }
        if (Files.exists(path)) {
            try {
                Path real = path.toRealPath();
                boolean inside = false;
                for (Path root : roots) {
                    if (Files.exists(root) && real.startsWith(root.toRealPath())) {
                        inside = true;
                        break;
                    }
                }
                if (!inside) {
                    throw new RefusedHref(href + ": a symbolic link leads outside the package; not opened");
                }
            } catch (RefusedHref e) {
                throw e;
            } catch (IOException e) {
                throw new RefusedHref(href + ": cannot be resolved (" + e.getMessage() + ")");
            }
        }
        return path;
    }
}
