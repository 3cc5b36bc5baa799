package org.newspaperingest.pack;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.ImageFile;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.IssueMetadata;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Processing;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.model.Word;
import org.newspaperingest.profile.Sha256;

/**
 * Builds a small but complete two-page issue for the pack, validate and eval tests: masthead, an article
 * continued from page 1 to page 2 with its jump lines, a vertical column, a photo with caption, an
 * advertisement, rules. Page images are real PNG files written to a folder.
 */
public final class TestIssues {
    public static final int WIDTH = 400;
    public static final int HEIGHT = 600;
    private static final int CHAR = 20;

    private TestIssues() {
    }

    /**
     * Real reference material carried with the tests ({@code src/test/resources/reference/}, see its
     * README): a fresh checkout has nothing beside it.
     */
    public static Path reference() {
        try {
            return Path.of(TestIssues.class.getResource("/reference").toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resources reference/ not on the class path", e);
        }
    }

    /** Writes {@code 1.png} and {@code 2.png} into {@code scanDir} and returns them in page order. */
    public static List<Path> writeScans(Path scanDir) throws IOException {
        Files.createDirectories(scanDir);
        List<Path> scans = new ArrayList<>();
        for (int page = 1; page <= 2; page++) {
            BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.fillRect(20, 100 + page * 10, 360, 3);
            g.dispose();
            Path file = scanDir.resolve(page + ".png");
            ImageIO.write(image, "png", file.toFile());
            scans.add(file);
        }
        return scans;
    }

    /** The issue whose pages are the given scans (as written by {@link #writeScans}). */
    public static Issue issue(List<Path> scans) throws IOException {
        Processing processing = new Processing("Tesseract", "5.5.0", "chi_sim", Map.of("psm", "6", "oem", "1"));
        List<TextBlock> page1 = List.of(
                block("P1_TB0001", BlockType.MASTHEAD, 20, 20, "朝阳|报"),
                block("P1_TB0002", BlockType.KICKER, 20, 130, "全市|春耕|备耕"),
                block("P1_TB0003", BlockType.HEADLINE, 20, 160, "农机|手|忙|检修"),
                block("P1_TB0004", BlockType.BYLINE, 20, 190, "本报讯|(|记者|高鹏飞|)"),
                block("P1_TB0005", BlockType.BODY, 20, 220, "今年|全市|共|检修|农机|2026|台|,|完成率|98.5|%", "各|乡镇|已|全部|完成|任务"),
                block("P1_TB0006", BlockType.JUMP, 20, 280, "(|下转|二版|)"),
                block("P1_TB0007", BlockType.CAPTION, 220, 470, "工人|检修|拖拉机"),
                block("P1_TB0008", BlockType.FOLIO, 20, 570, "1"));
        TextBlock vertical = verticalBlock("P1_TB0009", 360, 300, "春|风|送|暖");
        List<TextBlock> blocks1 = new ArrayList<>(page1);
        blocks1.add(7, vertical);
        List<TextBlock> page2 = List.of(
                block("P2_TB0001", BlockType.JUMP, 20, 20, "(|上接|一版|)"),
                block("P2_TB0002", BlockType.BODY, 20, 50, "检修|工作|将|持续|到|3月|底", "ABC|Company|参与|其中"),
                block("P2_TB0003", BlockType.ADVERTISEMENT, 20, 300, "诚聘|会计|电话|12345678"),
                block("P2_TB0004", BlockType.FOLIO, 20, 570, "2"));
        Page first = new Page(1, Optional.of("1"), imageFile(scans.get(0)), WIDTH, HEIGHT, 0.3, blocks1,
                List.of(new Rule("P1_GE0001", new Box(20, 110, 360, 3))),
                List.of(new Illustration("P1_IL0001", new Box(220, 320, 150, 140))), processing);
        Page second = new Page(2, Optional.of("2"), imageFile(scans.get(1)), WIDTH, HEIGHT, 0, page2,
                List.of(new Rule("P2_GE0001", new Box(20, 120, 360, 3))), List.of(), processing);

        Article masthead = new Article("A0001", Article.Kind.TITLE_SECTION, "朝阳报", null, List.of(),
                List.of(), List.of(new BlockRef(1, "P1_TB0001")), List.of(), List.of(), Optional.empty());
        Article story = new Article("A0002", Article.Kind.ARTICLE, "农机手忙检修", "全市春耕备耕",
                List.of(new Article.Name("高鹏飞", "记者", "本报讯(记者高鹏飞)")),
                List.of(new BlockRef(1, "P1_TB0002"), new BlockRef(1, "P1_TB0003")),
                List.of(new BlockRef(1, "P1_TB0004"), new BlockRef(1, "P1_TB0005"), new BlockRef(2, "P2_TB0002")),
                List.of(new BlockRef(1, "P1_TB0006"), new BlockRef(2, "P2_TB0001")),
                List.of(new BlockRef(1, "P1_IL0001"), new BlockRef(1, "P1_TB0007")), Optional.empty());
        Article ad = new Article("A0003", Article.Kind.ADVERTISEMENT, "", null, List.of(), List.of(),
                List.of(new BlockRef(2, "P2_TB0003")), List.of(), List.of(), Optional.empty());
        IssueMetadata metadata = new IssueMetadata("朝阳报", Optional.of(LocalDate.of(2026, 3, 13)), Optional.of("3683"),
                Optional.empty(), "zh-Hans", List.of("1", "2"), List.of("农历丙午年正月廿五"));
        return new Issue("chaoyang-2026-03-13", metadata, List.of(first, second), List.of(masthead, story, ad),
                List.of("page 2: folio read as 2 with low confidence"));
    }

    public static ImageFile imageFile(Path file) throws IOException {
        return new ImageFile(file.getFileName().toString(), "image/png", Files.size(file), sha256(file), 0,
                WIDTH, HEIGHT, 300, 300, 8, 1, "Deflate");
    }

    /** A horizontal block: each argument is a line, words separated by {@code |}. */
    public static TextBlock block(String id, BlockType type, int x, int y, String... lines) {
        List<Line> result = new ArrayList<>();
        int lineY = y;
        for (String line : lines) {
            result.add(line(x, lineY, line, false));
            lineY += CHAR + 4;
        }
        return new TextBlock(id, type, Box.enclosing(result.stream().map(Line::box).toList()),
                Direction.HORIZONTAL, "zh-Hans", result);
    }

    public static TextBlock verticalBlock(String id, int x, int y, String column) {
        Line line = line(x, y, column, true);
        return new TextBlock(id, BlockType.BODY, line.box(), Direction.VERTICAL, "zh-Hant", List.of(line));
    }

    private static Line line(int x, int y, String text, boolean vertical) {
        List<Word> words = new ArrayList<>();
        int position = vertical ? y : x;
        int glyphNumber = 0;
        for (String token : text.split("\\|")) {
            List<Glyph> glyphs = new ArrayList<>();
            int start = position;
            for (int offset = 0; offset < token.length(); ) {
                int codePoint = token.codePointAt(offset);
                Box box = vertical ? new Box(x, position, CHAR, CHAR) : new Box(position, y, CHAR, CHAR);
                glyphs.add(new Glyph(new String(Character.toChars(codePoint)), box, 0.80 + (glyphNumber++ % 20) / 100.0));
                position += CHAR;
                offset += Character.charCount(codePoint);
            }
            Box wordBox = vertical ? new Box(x, start, CHAR, position - start) : new Box(start, y, position - start, CHAR);
            double confidence = glyphs.stream().mapToDouble(Glyph::confidence).average().orElse(0);
            words.add(new Word(token, wordBox, confidence, glyphs));
            if (token.chars().allMatch(c -> c < 128)) {
                position += CHAR / 2; // a space after Latin or digit tokens
            }
        }
        return new Line(Box.enclosing(words.stream().map(Word::box).toList()), words);
    }

    public static String sha256(Path file) throws IOException {
        return Sha256.of(file);
    }
}
