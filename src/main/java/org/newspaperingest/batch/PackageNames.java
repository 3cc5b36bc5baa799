package org.newspaperingest.batch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newspaperingest.pack.PackageReader;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.source.ScanIssue;

/**
 * Gives each issue of a run its package folder, so that no folder's scans are ever taken for another's.
 *
 * <p>A package name comes from the folder path ({@code a-b/x} and {@code a b/x} both give {@code a-b-x}),
 * so it cannot be the issue's identity; the source folder each package records can. An issue gets the
 * existing package that records its own source folder; otherwise its name if that is free, else the next
 * free {@code name-2}, {@code name-3}… with a warning naming the folder that holds the name. A package that
 * records no source folder (made by an earlier version) is left to the issue of its name, which redoes it.
 */
final class PackageNames {

    /** An issue under its package name, and why the name differs from the one its folder gives, if it does. */
    record Assigned(ScanIssue issue, Optional<String> note) {
    }

    private PackageNames() {
    }

    /**
     * @param renamed notes of the scan on issues it named apart because their folders give one name
     *                ({@link org.newspaperingest.source.ScanTree.Result#renamed()}), kept where the name is kept
     */
    static List<Assigned> assign(List<ScanIssue> issues, Map<String, String> renamed, Path out) {
        Map<String, Optional<String>> recorded = recordedSources(out);
        Map<String, String> packageBySource = new HashMap<>();
        recorded.forEach((name, source) -> source.ifPresent(s -> packageBySource.merge(s, name,
                (a, b) -> a.compareTo(b) <= 0 ? a : b)));

        Assigned[] result = new Assigned[issues.size()];
        Set<String> claimed = new HashSet<>();
        // First the issues whose package exists: they keep it whatever name the scan gives them now.
        for (int i = 0; i < issues.size(); i++) {
            ScanIssue issue = issues.get(i);
            String own = recorded.getOrDefault(issue.id(), Optional.empty()).filter(issue.source()::equals)
                    .map(s -> issue.id()).orElse(packageBySource.get(issue.source()));
            if (own != null && claimed.add(own)) {
                result[i] = new Assigned(issue.withId(own), Optional.empty());
            }
        }
        Set<String> wanted = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            if (result[i] == null) {
                wanted.add(issues.get(i).id());
            }
        }
        for (int i = 0; i < issues.size(); i++) {
            if (result[i] != null) {
                continue;
            }
            ScanIssue issue = issues.get(i);
            String base = issue.id();
            if (free(base, issue, recorded, claimed)) {
                claimed.add(base);
                result[i] = new Assigned(issue, Optional.ofNullable(renamed.get(base)));
                continue;
            }
            String name = base;
            for (int n = 2; !free(name, issue, recorded, claimed) || wanted.contains(name); n++) {
                name = base + "-" + n;
            }
            claimed.add(name);
            String holder = recorded.getOrDefault(base, Optional.empty()).orElse("another folder");
            String note = "package name " + base + " is taken by the scans of " + holder + "; this folder ("
                    + issue.source() + ") is written as " + name;
            result[i] = new Assigned(issue.withId(name), Optional.of(note));
        }
        return List.of(result);
    }

    /** A name is free when nothing claims it and no package of another folder (or of an unknown one) holds it. */
    private static boolean free(String name, ScanIssue issue, Map<String, Optional<String>> recorded, Set<String> claimed) {
        if (claimed.contains(name)) {
            return false;
        }
        if (!recorded.containsKey(name)) {
            return true;
        }
        Optional<String> source = recorded.get(name);
        // an unrecorded package is the old behaviour's: it belongs to the issue of that very name
        return source.map(issue.source()::equals).orElse(name.equals(issue.id()));
    }

    /** Each package folder in {@code out} and the source folder it records (empty: none, or unreadable). */
    private static Map<String, Optional<String>> recordedSources(Path out) {
        Map<String, Optional<String>> recorded = new HashMap<>();
        if (!Files.isDirectory(out)) {
            return recorded;
        }
        List<Path> folders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(out)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".") && Files.isDirectory(entry)) {
                    folders.add(entry);
                }
            }
        } catch (IOException e) {
            return recorded; // the probe of the output folder has already said what is wrong
        }
        for (Path folder : folders) {
            Optional<String> source;
            try {
                source = Files.exists(folder.resolve(PackageProfile.METS_FILE))
                        ? PackageReader.sourceFolder(folder) : Optional.empty();
            } catch (IOException e) {
                source = Optional.empty();
            }
            recorded.put(folder.getFileName().toString(), source);
        }
        return recorded;
    }
}
