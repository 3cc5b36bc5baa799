package org.newspaperingest.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newspaperingest.profile.Sha256;

/**
 * SHA-256 of page files ({@link Sha256}, as the package records it). The last few results are kept, keyed
 * by path, size and modification time, so the pages of one multi-page file do not each hash it again.
 */
final class FileDigests {

    private static final int REMEMBERED = 16;
    private static final Map<String, String> RECENT = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    private FileDigests() {
    }

    static String sha256(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String key = file.toAbsolutePath() + "|" + attributes.size() + "|" + attributes.lastModifiedTime().toMillis();
        synchronized (RECENT) {
            String known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        String sha = Sha256.of(file);
        synchronized (RECENT) {
            RECENT.put(key, sha);
        }
        return sha;
    }
}
