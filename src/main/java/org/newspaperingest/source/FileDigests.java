package org.newspaperingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SHA-256 of page files, streamed. The last few results are kept, keyed by path, size and modification time,
 * so the pages of one multi-page file do not each hash the whole file again.
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
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        synchronized (RECENT) {
            RECENT.put(key, sha);
        }
        return sha;
    }
}
