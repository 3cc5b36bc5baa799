package org.newspaperingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newspaperingest.ingest.Pipelines;
import org.newspaperingest.profile.PackageProfile;
import org.newspaperingest.validate.PackageValidator;
import org.newspaperingest.validate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newspaper-ingest validate PACKAGE_DIR...}: checks packages against the profile, offline. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Checks archive packages against the profile's schemas, their checksums and their references.",
        description = {
            "Checks mets.xml and every ALTO file against the METS, MODS, MIX, PREMIS and ALTO schemas (offline),"
                    + " every file's SIZE and SHA-256, every area target and each ALTO's source image.",
            "Prints one line per problem as file:line:column: reason, then a summary. A folder without mets.xml"
                    + " (an ingest's output folder) stands for the packages directly inside it.",
            "Schemas come from -Dnewspaperingest.schemas=DIR, else ./schemas, else those inside the program."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every package is valid", "1:a package has problems", "2:usage error"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PACKAGE_DIR",
            description = "package folders (holding mets.xml), or folders of packages")
    List<Path> packages;

    @Option(names = "--scans", paramLabel = "DIR",
            description = {"a folder the packages may point into: the scans of packages made with --images reference.",
                    "Without it, an href leading out of its package is a problem and its file is not opened."})
    List<Path> scans = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PackageValidator validator = new PackageValidator(Pipelines.allOutputs()).withScanFolders(scans);
        List<Path> packages = this.packages.stream().flatMap(ValidateCommand::packagesIn).toList();
        int invalid = 0;
        for (Path dir : packages) {
            List<Problem> problems = validator.validate(dir); // never throws: each package is judged on its own
            for (Problem problem : problems) {
                out.println(dir.resolve(problem.file()).normalize() + ":" + problem.line() + ":" + problem.column()
                        + ": " + problem.reason());
            }
            if (problems.isEmpty()) {
                out.println(dir + ": valid");
            } else {
                invalid++;
                out.println(dir + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            }
        }
        if (packages.size() > 1) {
            out.println(packages.size() + " packages: " + (packages.size() - invalid) + " valid, " + invalid + " invalid");
        }
        out.flush();
        return invalid == 0 ? 0 : 1;
    }

    /** The folder itself if it is a package (or not a folder of packages, so that it is reported as it is). */
    private static Stream<Path> packagesIn(Path dir) {
        if (Files.exists(dir.resolve(PackageProfile.METS_FILE)) || !Files.isDirectory(dir)) {
            return Stream.of(dir);
        }
        try (Stream<Path> children = Files.list(dir)) {
            List<Path> inside = children.filter(child -> Files.isRegularFile(child.resolve(PackageProfile.METS_FILE)))
                    .sorted().toList();
            return inside.isEmpty() ? Stream.of(dir) : inside.stream();
        } catch (IOException e) {
            return Stream.of(dir);
        }
    }
}
