package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.BlockRef;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;

/**
 * A page read story by story, once its articles are known. Layout orders blocks by the white space between them,
 * and a headline cut in two, or a column ending level with the lines beside it, opens a gap across the whole page
 * that no story has: the page's text then jumps between stories. Stories are larger and their outlines steadier, so
 * the page is cut again by them: in rows, each row in columns (left to right, or right to left on a vertical page),
 * each column in rows, and so on. Within a story: the captions over its heading or before it in the line's
 * direction, the heading, the jump line it is continued from, its body, the jump line it goes on at, its other
 * captions. A block of no story (a folio, an advertisement's text) is a story of its own; stories no cut parts keep
 * the order layout gave their first blocks. A scan of two pages side by side is read one page after the other.
 */
public final class StoryOrder {

    private StoryOrder() {
    }

    /** The pages with their blocks in story order; blocks, articles and everything else unchanged. */
    public static List<Page> apply(List<Page> pages, List<Article> articles) {
        return pages.stream().map(page -> page.withBlocks(order(page, articles))).toList();
    }

    private record Story(List<TextBlock> blocks, Box box, int first) {
    }

    static List<TextBlock> order(Page page, List<Article> articles) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < page.blocks().size(); i++) {
            position.put(page.blocks().get(i).id(), i);
        }
        Map<String, Article> owner = new HashMap<>();
        for (Article article : articles) {
            article.allRefs().stream().filter(r -> r.page() == page.sequence())
                    .forEach(r -> owner.putIfAbsent(r.id(), article));
        }
        Map<Object, List<TextBlock>> groups = new LinkedHashMap<>();
        for (TextBlock block : page.blocks()) {
            Article article = owner.get(block.id());
            groups.computeIfAbsent(article == null ? block.id() : article, k -> new ArrayList<>()).add(block);
        }
        boolean vertical = vertical(page);
        List<Story> stories = new ArrayList<>();
        for (Map.Entry<Object, List<TextBlock>> group : groups.entrySet()) {
            List<TextBlock> blocks = group.getKey() instanceof Article article
                    ? withinStory(page, article, group.getValue(), vertical) : group.getValue();
            List<Box> boxes = new ArrayList<>(blocks.stream().map(TextBlock::box).toList());
            if (group.getKey() instanceof Article article) {
                article.illustrations().stream().filter(r -> r.page() == page.sequence())
                        .forEach(r -> page.illustration(r.id()).ifPresent(i -> boxes.add(i.box())));
            }
            stories.add(new Story(blocks, Box.enclosing(boxes), position.get(group.getValue().get(0).id())));
        }
        int slack = Math.max(2, Math.min(page.width(), page.height()) / 300);
        List<TextBlock> ordered = new ArrayList<>();
        List<Box> columnRules = page.rules().stream().filter(r -> !r.isHorizontal()).map(Rule::box).toList();
        for (List<Story> half : halves(stories, page, slack)) {
            cut(half, true, vertical, slack, columnRules, ordered);
        }
        return ordered;
    }

    /**
     * A scan of two pages side by side (wider than tall, parted near the middle by a gap no story crosses) is read one
     * page after the other, in the order layout read them; any other page is one part.
     */
    private static List<List<Story>> halves(List<Story> stories, Page page, int slack) {
        if (page.width() <= 1.15 * page.height()) {
            return List.of(stories);
        }
        List<List<Story>> columns = split(stories, false, slack, List.of());
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        int edge = 0;
        for (int i = 0; i < columns.size() - 1; i++) {
            edge = Math.max(edge, columns.get(i).stream().mapToInt(s -> s.box().right()).max().orElse(edge));
            double distance = Math.abs(edge - page.width() / 2.0);
            if (edge >= 0.4 * page.width() && edge <= 0.6 * page.width() && distance < bestDistance) {
                best = i;
                bestDistance = distance;
            }
        }
        if (best < 0) {
            return List.of(stories);
        }
        List<Story> left = columns.subList(0, best + 1).stream().flatMap(List::stream).toList();
        List<Story> right = columns.subList(best + 1, columns.size()).stream().flatMap(List::stream).toList();
        int leftFirst = left.stream().mapToInt(Story::first).min().orElseThrow();
        int rightFirst = right.stream().mapToInt(Story::first).min().orElseThrow();
        return leftFirst < rightFirst ? List.of(left, right) : List.of(right, left);
    }

    /** Leading captions, heading, jump-in, body, jump-out, other captions; blocks the article does not list last. */
    private static List<TextBlock> withinStory(Page page, Article article, List<TextBlock> onPage, boolean vertical) {
        Map<String, TextBlock> byId = new LinkedHashMap<>();
        onPage.forEach(b -> byId.put(b.id(), b));
        List<TextBlock> heading = blocks(article.heading(), page, byId);
        List<TextBlock> body = blocks(article.body(), page, byId);
        List<TextBlock> jumps = blocks(article.continuations(), page, byId);
        List<TextBlock> captions = blocks(article.illustrations(), page, byId);
        Box headingBox = heading.isEmpty() ? null : Box.enclosing(heading.stream().map(TextBlock::box).toList());
        List<TextBlock> before = headingBox == null ? List.of()
                : captions.stream().filter(c -> before(c.box(), headingBox, vertical)).toList();
        List<TextBlock> out = new ArrayList<>(before);
        out.addAll(heading);
        jumps.stream().filter(StoryOrder::isFrom).forEach(out::add);
        out.addAll(body);
        jumps.stream().filter(j -> !isFrom(j)).forEach(out::add);
        captions.stream().filter(c -> !before.contains(c)).forEach(out::add);
        List<TextBlock> rest = new ArrayList<>(onPage);
        rest.removeAll(out);
        out.addAll(rest);
        return out;
    }

    /** Above the heading, or before it in the line's direction (left of it; right of it on a vertical page). */
    private static boolean before(Box caption, Box heading, boolean vertical) {
        return caption.bottom() <= heading.y() || (vertical ? caption.x() >= heading.right() : caption.right() <= heading.x());
    }

    private static boolean isFrom(TextBlock jump) {
        return JumpLine.parse(jump.text()).map(j -> j.direction() == JumpLine.Direction.FROM).orElse(false);
    }

    private static List<TextBlock> blocks(List<BlockRef> refs, Page page, Map<String, TextBlock> byId) {
        return refs.stream().filter(r -> r.page() == page.sequence()).map(r -> byId.get(r.id()))
                .filter(b -> b != null).distinct().toList();
    }

    /** Most of the page's text set vertically. */
    private static boolean vertical(Page page) {
        long vertical = 0;
        long all = 0;
        for (TextBlock block : page.blocks()) {
            long chars = block.text().length();
            all += chars;
            vertical += block.direction() == Direction.VERTICAL ? chars : 0;
        }
        return 2 * vertical > all;
    }

    /**
     * Cuts the stories into rows ({@code rows}) or columns where no story crosses (by more than {@code slack}), then
     * each part the other way; where neither way parts them, they keep layout's order. A column rule running down
     * through the white between two rows joins them: the stories beside it are read column by column.
     */
    private static void cut(List<Story> stories, boolean rows, boolean vertical, int slack, List<Box> columnRules,
                            List<TextBlock> out) {
        if (stories.size() > 1) {
            List<List<Story>> parts = split(stories, rows, slack, columnRules);
            if (parts.size() == 1) {
                rows = !rows;
                parts = split(stories, rows, slack, columnRules);
            }
            if (parts.size() > 1) {
                if (!rows && vertical) {
                    parts = new ArrayList<>(parts);
                    Collections.reverse(parts);   // columns right to left
                }
                for (List<Story> part : parts) {
                    cut(part, !rows, vertical, slack, columnRules, out);
                }
                return;
            }
        }
        stories.stream().sorted(Comparator.comparingInt(Story::first)).forEach(s -> out.addAll(s.blocks()));
    }

    private static List<List<Story>> split(List<Story> stories, boolean rows, int slack, List<Box> columnRules) {
        List<Story> sorted = new ArrayList<>(stories);
        sorted.sort(Comparator.comparingInt(s -> rows ? s.box().y() : s.box().x()));
        Box all = Box.enclosing(stories.stream().map(Story::box).toList());
        List<List<Story>> parts = new ArrayList<>();
        List<Story> current = new ArrayList<>();
        int end = Integer.MIN_VALUE;
        for (Story story : sorted) {
            int start = rows ? story.box().y() : story.box().x();
            if (!current.isEmpty() && start >= end - slack && !(rows && ruleThrough(columnRules, all, end, start))) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(story);
            end = Math.max(end, rows ? story.box().bottom() : story.box().right());
        }
        parts.add(current);
        return parts;
    }

    /**
     * Whether a column rule within the stories' width runs down through the white between {@code top} and
     * {@code bottom}.
     */
    private static boolean ruleThrough(List<Box> columnRules, Box stories, int top, int bottom) {
        return columnRules.stream().anyMatch(r -> r.x() > stories.x() && r.right() < stories.right()
                && r.y() < Math.min(top, bottom) && r.bottom() > Math.max(top, bottom));
    }
}
