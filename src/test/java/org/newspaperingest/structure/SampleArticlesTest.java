package org.newspaperingest.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Issue;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleSpec;
import org.newspaperingest.samples.SampleSpec.Variant;

/**
 * Assembles the articles of the rendered sample issue from its true pages (true blocks, classes, text and
 * rules, without the articles) and checks them against the true articles, as an archivist would: each story
 * one article, no article mixing two stories, continued stories joined, a missing partner reported.
 */
@Tag("slow")
class SampleArticlesTest {

    private static final Map<Variant, Issue> SAMPLES = new java.util.EnumMap<>(Variant.class);
    private static SampleGenerator generator;

    @BeforeAll
    static void generator() {
        generator = new SampleGenerator();
    }

    @ParameterizedTest
    @EnumSource(value = Variant.class, names = {"STANDARD", "SHUFFLED", "HEADLINE_LEFT", "BOXED", "CONTINUED_TO_PAGE_3",
            "MISSING_PARTNER", "VERTICAL_TRADITIONAL"})
    void assemblesTheTrueArticles(Variant variant) {
        Issue truth = sample(variant);
        assertEquals(List.of(), problems(truth, truth.pages()), variant.name());
    }

    /**
     * The same on pages as layout analysis finds them: every block edge off by up to a third of a line, rules
     * shorter by up to half a line at each end, and (with {@code dropRule}) one rule of each page not found.
     */
    @ParameterizedTest
    @CsvSource({"STANDARD, false", "SHUFFLED, false", "HEADLINE_LEFT, false", "BOXED, false",
            "CONTINUED_TO_PAGE_3, false", "MISSING_PARTNER, false", "VERTICAL_TRADITIONAL, false",
            "STANDARD, true", "SHUFFLED, true", "HEADLINE_LEFT, true", "BOXED, true", "CONTINUED_TO_PAGE_3, true",
            "VERTICAL_TRADITIONAL, true"})
    void assemblesTheTrueArticlesFromInexactBoxes(Variant variant, boolean dropRule) {
        Issue truth = sample(variant);
        Random random = new Random(3683);
        List<Page> pages = truth.pages().stream().map(p -> perturbed(p, random, dropRule)).toList();
        assertEquals(List.of(), problems(truth, pages), variant.name() + (dropRule ? " with a rule missing" : ""));
    }

    /** Rendered once per variant: 150 dpi without scan noise renders fast; the boxes keep the standard skew. */
    private static Issue sample(Variant variant) {
        return SAMPLES.computeIfAbsent(variant,
                v -> generator.generate(SampleSpec.of(v).withDpi(150).withNoise(0)).truth());
    }

    private static Page perturbed(Page page, Random random, boolean dropRule) {
        double size = Geometry.bodyTextSize(page.blocks(), page.height());
        List<TextBlock> blocks = page.blocks().stream().map(b -> new TextBlock(b.id(), b.type(),
                jitter(b.box(), size / 3, random), b.direction(), b.language(), b.lines())).toList();
        List<Rule> rules = new ArrayList<>();
        for (Rule rule : page.rules()) {
            Box box = rule.box();
            int a = (int) (random.nextDouble() * size / 2);
            int b = (int) (random.nextDouble() * size / 2);
            boolean frame = Math.min(box.width(), box.height()) > 3 * size;
            rules.add(new Rule(rule.id(), frame ? box : rule.isHorizontal()
                    ? Box.ofCorners(box.x() + a, box.y(), box.right() - b, box.bottom())
                    : Box.ofCorners(box.x(), box.y() + a, box.right(), box.bottom() - b)));
        }
        if (dropRule && !rules.isEmpty()) {
            rules.remove(random.nextInt(rules.size()));
        }
        return new Page(page.sequence(), page.label(), page.image(), page.width(), page.height(), page.skewAngle(),
                blocks, rules, page.illustrations(), page.processing());
    }

    private static Box jitter(Box box, double by, Random random) {
        int left = box.x() + (int) Math.round((random.nextDouble() * 2 - 1) * by);
        int top = box.y() + (int) Math.round((random.nextDouble() * 2 - 1) * by);
        int right = box.right() + (int) Math.round((random.nextDouble() * 2 - 1) * by);
        int bottom = box.bottom() + (int) Math.round((random.nextDouble() * 2 - 1) * by);
        return Box.ofCorners(left, top, Math.max(left + 1, right), Math.max(top + 1, bottom));
    }

    /** What an archivist would object to in the assembled articles, checked against the true ones. */
    private static List<String> problems(Issue truth, List<Page> pages) {
        List<Article> found = new RuleGridArticleAssembler().assemble(pages);
        Map<BlockRef, String> trueOwner = new HashMap<>();
        truth.articles().forEach(a -> a.allRefs().forEach(r -> trueOwner.put(r, a.id())));
        List<String> problems = new ArrayList<>();
        for (Article a : found) {
            Set<String> owners = a.allRefs().stream().map(trueOwner::get).filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            if (owners.size() > 1) {
                problems.add(a.id() + " \"" + a.title() + "\" mixes true articles " + owners);
            }
        }
        for (Article t : truth.articles()) {
            Set<BlockRef> refs = Set.copyOf(t.allRefs());
            List<Article> matches = found.stream().filter(a -> Set.copyOf(a.allRefs()).equals(refs)).toList();
            if (matches.size() != 1) {
                List<String> parts = found.stream().filter(a -> a.allRefs().stream().anyMatch(refs::contains))
                        .map(a -> a.id() + "(" + a.kind() + ", pages " + a.pages() + ")").toList();
                problems.add(t.kind() + " \"" + t.title() + "\" on pages " + t.pages() + " is not one article but " + parts);
                continue;
            }
            Article match = matches.get(0);
            if (match.kind() != t.kind()) {
                problems.add("\"" + t.title() + "\" is a " + match.kind() + ", should be " + t.kind());
            }
            if (t.unresolvedJump().isPresent() != match.unresolvedJump().isPresent()) {
                problems.add("\"" + t.title() + "\" unresolved jump: expected " + t.unresolvedJump() + ", got "
                        + match.unresolvedJump());
            }
            if (t.kind() == Article.Kind.ARTICLE) {
                if (!compact(t.title()).equals(compact(match.title()))) {
                    problems.add("title: expected \"" + t.title() + "\", got \"" + match.title() + "\"");
                }
                Set<String> trueNames = t.names().stream().map(n -> n.role() + ":" + n.name()).collect(Collectors.toSet());
                Set<String> names = match.names().stream().map(n -> n.role() + ":" + n.name()).collect(Collectors.toSet());
                if (!trueNames.equals(names)) {
                    problems.add("names of \"" + t.title() + "\": expected " + trueNames + ", got " + names);
                }
            }
        }
        if (found.size() != truth.articles().size()) {
            problems.add(found.size() + " articles found, " + truth.articles().size() + " true");
        }
        return problems;
    }

    private static String compact(String text) {
        return text == null ? "" : text.replaceAll("\\s", "");
    }
}
