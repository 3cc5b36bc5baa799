package org.newspaperingest.pack;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newspaperingest.eval.Scores;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.validate.SchemaSet;
import org.newspaperingest.validate.SchemaValidator;

/**
 * Times the pack stage on a dense page (4000 glyphs: 40 blocks x 5 lines x 10 two-character words).
 * Run after {@code mvn test-compile}:
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.newspaperingest.pack.PackBenchmark}
 */
public final class PackBenchmark {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Page page = densePage();
        long glyphs = page.blocks().stream().flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream())
                .mapToLong(w -> w.glyphs().size()).sum();
        byte[] alto = Xml.toBytes(AltoWriter.write(page, "images/0001.tif", "ab", List.of()));
        Path file = Files.createTempFile("bench", ".xml");
        Files.write(file, alto);
        SchemaValidator validator = new SchemaValidator(SchemaSet.shared());
        List<String> words = new ArrayList<>();
        page.blocks().forEach(b -> b.lines().forEach(l -> l.words().forEach(w -> words.add(w.text()))));
        List<String> changed = new ArrayList<>(words);
        changed.set(100, "错字");

        for (int warmup = 0; warmup < 5; warmup++) {
            Xml.toBytes(AltoWriter.write(page, "images/0001.tif", "ab", List.of()));
            PackageReader.readAlto(file, "bench.xml", 1, null);
            validator.validate(new ByteArrayInputStream(alto), "bench.xml");
        }
        report("build ALTO document", rounds, () -> AltoWriter.write(page, "images/0001.tif", "ab", List.of()));
        nu.xom.Document built = AltoWriter.write(page, "images/0001.tif", "ab", List.of());
        report("serialize ALTO document", rounds, () -> Xml.toBytes(built));
        report("write ALTO (build + serialize)", rounds, () -> Xml.toBytes(AltoWriter.write(page, "images/0001.tif", "ab", List.of())));
        report("read ALTO (XOM)", rounds, () -> PackageReader.readAlto(file, "bench.xml", 1, null));
        report("validate ALTO against schema", rounds, () -> validator.validate(new ByteArrayInputStream(alto), "bench.xml"));
        report("CER+WER of the page", rounds, () -> Scores.of(words, changed));
        System.out.printf(Locale.ROOT, "page: %d glyphs, ALTO %d bytes%n", glyphs, alto.length);
        Files.delete(file);
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void report(String name, int rounds, Work work) throws Exception {
        // CPU time of this thread as well as wall time: on a shared machine the wall time mostly measures the others.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            work.run();
        }
        double ms = (System.nanoTime() - start) / 1e6 / rounds;
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "%-32s %8.2f ms/page CPU, %8.2f ms wall (mean of %d)%n", name, cpuMs, ms, rounds);
    }

    static Page densePage() {
        List<TextBlock> blocks = new ArrayList<>();
        String chars = "朝阳报今年全市共检修农机台完成率各乡镇已全部任务工作将持续到月底参与其中";
        int k = 0;
        for (int b = 0; b < 40; b++) {
            String[] lines = new String[5];
            for (int l = 0; l < 5; l++) {
                StringBuilder line = new StringBuilder();
                for (int w = 0; w < 10; w++) {
                    if (w > 0) {
                        line.append('|');
                    }
                    line.append(chars.charAt(k++ % chars.length())).append(chars.charAt(k++ % chars.length()));
                }
                lines[l] = line.toString();
            }
            blocks.add(TestIssues.block(String.format(Locale.ROOT, "P1_TB%04d", b + 1), BlockType.BODY,
                    20 + (b % 8) * 450, 20 + (b / 8) * 130, lines));
        }
        return new Page(1, Optional.of("1"), new ImageFile("1.tif", "image/tiff", 1, "ab", 0, 4000, 6000, 300, 300, 8, 1,
                "LZW"), 4000, 6000, 0, blocks, List.of(), List.of(),
                new Processing("Tesseract", "5.5.0", "chi_sim", Map.of("psm", "3")));
    }
}
