package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newspaperingest.model.Article.Kind;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Illustration;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.Rule;
import org.newspaperingest.model.TextBlock;

/**
 * Groups the blocks of one page into article parts.
 *
 * <p>First the printed rules cut the page into regions ({@link RuleRegions}). A region holding one heading is one
 * article, wherever the headline stands in it: above, beside or below its body. A region holding several
 * headings (articles set apart by white space only) is shared out: each block goes to the heading it is most
 * closely tied to, along a chain of neighbouring blocks (a column's next paragraph, the next column) that never
 * passes through another heading. A chain is as strong as its weakest tie; ties are gaps measured in lines of body
 * text, so slightly wrong boxes change little.
 */
final class PageGrouping {

    private static final double INFINITE = Double.MAX_VALUE / 4;
    /** The longest text taken for a jump line OCR could not read: {@code （下转第十二版）} has nine characters. */
    static final int JUMP_LENGTH = 15;

    private final Page page;
    private final double tolerance;
    private final Map<String, Integer> readingOrder = new HashMap<>();
    /** The page's blocks without specks of noise that layout analysis took for text. */
    private final List<TextBlock> blocks;
    private final RuleRegions regions;
    private final List<Rule> partialRules;
    /** The width of a column of body text: the median width of the body blocks of three lines or more. */
    private final int columnWidth;
    /** A sentence's end or a clause's comma: body text has them, a kicker or deck line has none. */
    private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[。！？；，,.!?;]");
    /** What a sentence ends with: its stop, or the closing quote after it. */
    private static final String SENTENCE_END = "。！？!?…”";
    /** Subheadlines set as large as headlines, taken for headlines (by id). */
    private final Set<String> promoted = new HashSet<>();
    /**
     * Lines of body type read with a heading: kickers over the headline ({@link #isKicker}) and decks under it
     * ({@link #isDeck}); heading, not body.
     */
    private final Set<TextBlock> headingLines = new HashSet<>();
    /** Kickers and subheadlines near no headline, set with the body. */
    private final List<TextBlock> loose = new ArrayList<>();

    private PageGrouping(Page page) {
        this.page = page;
        this.tolerance = Geometry.bodyTextSize(page.blocks(), page.height());
        for (int i = 0; i < page.blocks().size(); i++) {
            readingOrder.put(page.blocks().get(i).id(), i);
        }
        this.blocks = page.blocks().stream().filter(b -> !isSpeck(b)).toList();
        List<Box> content = new ArrayList<>();
        blocks.forEach(b -> content.add(b.box()));
        page.illustrations().forEach(i -> content.add(i.box()));
        this.regions = RuleRegions.of(content, page.rules(), page.illustrations(), tolerance);
        this.partialRules = page.rules();
        int[] widths = blocks.stream().filter(b -> b.type() == BlockType.BODY && b.lines().size() >= 3)
                .mapToInt(b -> b.box().width()).sorted().toArray();
        this.columnWidth = widths.length == 0 ? 0 : widths[widths.length / 2];
    }

    /** The article parts of the page, in no particular order. */
    static List<Piece> group(Page page) {
        return new PageGrouping(page).pieces();
    }

    /** A headline with the kicker above it and the subheadlines below it. */
    private static final class Heading {
        final List<TextBlock> blocks = new ArrayList<>();
        int region;
        /** For a continuation's opening (its {@code 上接一版} line) standing in for a heading: that node. */
        Node continuation;
        /** Whether text or a photo stands right under the heading: it heads columns below it, not beside it. */
        boolean bodyUnder;
        /** For a heading set beside its body: the side its byline stands on, level with it (-1 left, 1 right). */
        int bylineSide;

        Box box() {
            if (continuation != null) {
                return continuation.box();
            }
            return Box.enclosing(blocks.stream().map(TextBlock::box).toList());
        }

        boolean tall() {
            Box box = box();
            return box.height() > box.width();
        }
    }

    /** A body, byline or jump block, a lone caption, or a photo with its captions. */
    private static final class Node {
        final List<TextBlock> blocks = new ArrayList<>();
        Illustration photo;
        int region;

        Box box() {
            List<Box> boxes = new ArrayList<>(blocks.stream().map(TextBlock::box).toList());
            if (photo != null) {
                boxes.add(photo.box());
            }
            return Box.enclosing(boxes);
        }
    }

    private List<Piece> pieces() {
        List<Piece> pieces = new ArrayList<>();
        List<Illustration> photos = new ArrayList<>(page.illustrations());

        List<TextBlock> masthead = new ArrayList<>(ofType(BlockType.MASTHEAD));
        List<Illustration> logos = new ArrayList<>();
        if (!masthead.isEmpty()) {
            Box area = Geometry.grow(Box.enclosing(masthead.stream().map(TextBlock::box).toList()), (int) tolerance);
            logos.addAll(claim(photos, area));
        }
        Set<Integer> mastheadRegions = masthead.stream().map(b -> regions.regionOf(b.box())).collect(Collectors.toSet());
        Map<Integer, List<TextBlock>> advertisements = new LinkedHashMap<>();
        ofType(BlockType.ADVERTISEMENT).forEach(b -> advertisements.computeIfAbsent(regions.regionOf(b.box()),
                r -> new ArrayList<>()).add(b));
        for (Map.Entry<Integer, List<TextBlock>> ad : advertisements.entrySet()) {
            Box area = Geometry.grow(Box.enclosing(ad.getValue().stream().map(TextBlock::box).toList()), (int) tolerance);
            List<Illustration> own = new ArrayList<>(claim(photos, area));
            // A QR code or logo beside the advertisement's text, in the frame that holds nothing else, is the
            // advertisement's too.
            boolean framed = blocks.stream().filter(b -> regions.regionOf(b.box()) == ad.getKey())
                    .allMatch(b -> b.type() == BlockType.ADVERTISEMENT);
            if (framed) {
                List<Illustration> inFrame = photos.stream().filter(p -> regions.regionOf(p.box()) == ad.getKey()).toList();
                photos.removeAll(inFrame);
                own.addAll(inFrame);
            }
            pieces.add(piece(Kind.ADVERTISEMENT, List.of(), ad.getValue(), List.of(), own, List.of()));
        }

        List<Heading> headings = headings();
        List<Node> nodes = nodes(photos);
        Map<Integer, List<Heading>> headingsByRegion = new LinkedHashMap<>();
        headings.forEach(h -> headingsByRegion.computeIfAbsent(h.region, r -> new ArrayList<>()).add(h));
        Map<Integer, List<Node>> nodesByRegion = new LinkedHashMap<>();
        nodes.forEach(n -> nodesByRegion.computeIfAbsent(n.region, r -> new ArrayList<>()).add(n));

        // The masthead's region, fenced off by its rule, holds nothing but the masthead: text there that layout
        // analysis classed otherwise (a motto as subheadline, the issue lines as body) is the masthead's too.
        for (Integer region : mastheadRegions) {
            List<Heading> regionHeadings = headingsByRegion.getOrDefault(region, List.of());
            boolean story = regionHeadings.stream().flatMap(h -> h.blocks.stream())
                    .anyMatch(b -> b.type() == BlockType.HEADLINE && !promoted.contains(b.id()));
            if (!story) {
                regionHeadings.forEach(h -> masthead.addAll(h.blocks));
                headingsByRegion.remove(region);
                for (Node node : nodesByRegion.getOrDefault(region, List.of())) {
                    masthead.addAll(node.blocks);
                    if (node.photo != null) {
                        logos.add(node.photo);
                    }
                }
                nodesByRegion.remove(region);
            }
        }
        if (!masthead.isEmpty()) {
            pieces.add(piece(Kind.TITLE_SECTION, List.of(), masthead, List.of(), logos, List.of()));
        }

        List<Piece> headed = new ArrayList<>();
        List<Piece> headless = new ArrayList<>();
        for (Map.Entry<Integer, List<Node>> entry : nodesByRegion.entrySet()) {
            if (!headingsByRegion.containsKey(entry.getKey())) {
                headless.add(pieceOf(null, entry.getValue()));
            }
        }
        for (Map.Entry<Integer, List<Heading>> entry : headingsByRegion.entrySet()) {
            List<Node> regionNodes = nodesByRegion.getOrDefault(entry.getKey(), List.of());
            // A continuation from another page (上接一版) opens a part of its own: its opening line heads it.
            List<Heading> regionHeadings = new ArrayList<>(entry.getValue());
            for (Node node : regionNodes) {
                // ...unless it stands right under a headline: the story's headline repeated over its continuation.
                boolean underHeadline = entry.getValue().stream().map(Heading::box).anyMatch(h -> node.box().y() >= h.bottom() - tolerance
                        && Geometry.stacked(h, node.box(), 0.3) && Geometry.verticalGap(h, node.box()) <= 2 * tolerance);
                if (opensContinuation(node) && !underHeadline) {
                    Heading anchor = new Heading();
                    anchor.continuation = node;
                    anchor.region = node.region;
                    regionHeadings.add(anchor);
                }
            }
            for (Heading heading : regionHeadings) {
                // A line or two right under a headline is its deck (a subheadline taken for body), not a column;
                // the column may start under it.
                Box box = regionNodes.stream().filter(n -> n.photo == null && !prose(n.blocks.get(0)))
                        .map(Node::box).filter(n -> under(heading.box(), n, 1.5 * tolerance))
                        .reduce(heading.box(), Box::union);
                heading.bodyUnder = heading.continuation == null && regionNodes.stream()
                        .filter(n -> n.photo != null || n.blocks.get(0).type() == BlockType.BYLINE
                                || prose(n.blocks.get(0)))
                        .anyMatch(n -> under(box, n.box(), 2 * tolerance));
                heading.bylineSide = heading.continuation == null
                        ? bylineSide(box, regionHeadings.stream().map(Heading::box).toList(), regionNodes) : 0;
            }
            Map<Node, Integer> tops = columnTops(regionNodes);
            int[] owner = assign(regionHeadings, regionNodes, tops, Map.of());
            Map<Node, Integer> openings = reportOpenings(regionHeadings, regionNodes, tops, owner);
            if (!openings.isEmpty()) {
                owner = assign(regionHeadings, regionNodes, tops, openings);
            }
            photosOverOpenings(regionNodes, owner);
            for (int h = 0; h < regionHeadings.size(); h++) {
                List<Node> own = new ArrayList<>();
                for (int n = 0; n < regionNodes.size(); n++) {
                    if (owner[n] == h) {
                        own.add(regionNodes.get(n));
                    }
                }
                if (regionHeadings.get(h).continuation != null) {
                    headless.add(pieceOf(null, own));
                    continue;
                }
                List<Node> flowingIn = flowingIn(regionHeadings.get(h), own);
                own.removeAll(flowingIn);
                if (!flowingIn.isEmpty()) {
                    headless.add(pieceOf(null, flowingIn));
                }
                headed.add(pieceOf(regionHeadings.get(h), own));
            }
        }
        pieces.addAll(placePhotos(followVerticalFlow(mendCutHeadings(headed, headless))));
        return pieces;
    }

    /** Whether the box is no wider than the heading's, and within its width. */
    private boolean within(Box box, Box heading) {
        return box.x() >= heading.x() - tolerance && box.right() <= heading.right() + tolerance;
    }

    /** Whether {@code lower} stands right under {@code upper}, at most {@code gap} lower. */
    private boolean under(Box upper, Box lower, double gap) {
        return lower.y() >= upper.bottom() - tolerance && Geometry.stacked(upper, lower, 0.5)
                && Geometry.verticalGap(upper, lower) <= gap;
    }

    /**
     * Vertical columns before a vertical headline, right of it in its tier and earlier in reading order, are
     * not its story's: they are the tail of the story before, flowing in from the tier above where no rule
     * fences it off. They are set apart to be followed back ({@link #followVerticalFlow}).
     */
    private List<Node> flowingIn(Heading heading, List<Node> nodes) {
        if (heading.blocks.stream().anyMatch(b -> b.direction() != Direction.VERTICAL)) {
            return List.of();
        }
        Box box = heading.box();
        int start = heading.blocks.stream().mapToInt(b -> readingOrder.get(b.id())).min().orElseThrow();
        return nodes.stream()
                .filter(n -> n.photo == null && !n.blocks.isEmpty())
                .filter(n -> n.blocks.stream().allMatch(b -> b.direction() == Direction.VERTICAL
                        && readingOrder.get(b.id()) < start))
                .filter(n -> n.box().x() >= box.right() - tolerance && Geometry.beside(box, n.box(), 0.3))
                .toList();
    }

    /**
     * On a page set in vertical columns, a story flows on from the left end of one tier to the right end of the
     * tier below, across the rule between the tiers, with no heading of its own there: such a part joins the
     * story whose block comes just before it in reading order (unless that story jumps to another page).
     */
    private List<Piece> followVerticalFlow(List<Piece> pieces) {
        List<Piece> result = new ArrayList<>(pieces);
        List<Piece> flowing = pieces.stream()
                .filter(p -> p.kind() == Kind.ARTICLE && p.heading().isEmpty() && !p.body().isEmpty())
                .filter(p -> p.body().stream().allMatch(b -> b.direction() == Direction.VERTICAL))
                .filter(p -> !Continuations.opensWithJumpFrom(p))
                .sorted(Comparator.comparingDouble(Piece::order)).toList();
        for (Piece part : flowing) {
            int first = part.body().stream().mapToInt(b -> readingOrder.get(b.id())).min().orElseThrow();
            Piece before = null;
            for (int i = first - 1; i >= 0 && before == null; i--) {
                String id = page.blocks().get(i).id();
                before = result.stream().filter(p -> p != part && holds(p, id)).findFirst().orElse(null);
                if (before == null && page.blocks().get(i).type() != BlockType.FOLIO && !isSpeck(page.blocks().get(i))) {
                    break;
                }
            }
            if (before != null && before.kind() == Kind.ARTICLE && !Continuations.endsWithJumpTo(before)
                    && result.contains(part)) {
                result.set(result.indexOf(before), before.plus(part));
                result.remove(part);
            }
        }
        return result;
    }

    private static boolean holds(Piece piece, String blockId) {
        return java.util.stream.Stream.of(piece.heading(), piece.body(), piece.jumps(), piece.captions())
                .flatMap(List::stream).anyMatch(b -> b.id().equals(blockId));
    }

    /**
     * A photo set in a column of its own beside a story, in the same row, illustrates that story; a photo
     * alone in its row stays an illustration of its own.
     */
    private List<Piece> placePhotos(List<Piece> pieces) {
        List<Piece> result = new ArrayList<>(pieces);
        for (Piece photo : pieces) {
            if (photo.kind() != Kind.ILLUSTRATION) {
                continue;
            }
            Box box = photo.box();
            Piece best = null;
            double bestOverlap = 0;
            for (Piece story : result) {
                if (story.kind() != Kind.ARTICLE) {
                    continue;
                }
                Box storyBox = story.box();
                double overlap = box.yOverlap(storyBox) / (double) box.height();
                if (box.xOverlap(storyBox) <= 0 && overlap >= 0.5
                        && Geometry.horizontalGap(box, storyBox) <= 3 * tolerance && overlap > bestOverlap) {
                    best = story;
                    bestOverlap = overlap;
                }
            }
            if (best != null) {
                result.set(result.indexOf(best), best.plus(photo));
                result.remove(photo);
            }
        }
        return result;
    }

    /**
     * A rule printed between a headline and its body (a common design) leaves a heading with nothing under it
     * and a body with no heading; such neighbours are one article again. A part opening with a jump line
     * {@code (上接一版)} is a continuation and stays apart.
     */
    private List<Piece> mendCutHeadings(List<Piece> headed, List<Piece> headless) {
        List<Piece> result = new ArrayList<>();
        List<Piece> open = new ArrayList<>(headless);
        for (Piece heading : headed) {
            Piece merged = heading;
            if (heading.body().isEmpty() && heading.jumps().isEmpty()) {
                Box top = heading.box();
                Piece best = null;
                double bestDistance = INFINITE;
                for (Piece candidate : open) {
                    if (Continuations.opensWithJumpFrom(candidate)) {
                        continue;
                    }
                    Box box = candidate.box();
                    boolean under = box.y() >= top.bottom() - tolerance && Geometry.stacked(top, box, 0.3);
                    boolean beside = Geometry.beside(top, box, 0.3);
                    double distance = Geometry.distance(top, box) + (candidate.hasText() ? 0 : tolerance);
                    if ((under || beside) && distance <= 3 * tolerance && distance < bestDistance) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
                if (best != null) {
                    open.remove(best);
                    merged = heading.plus(best);
                }
            }
            result.add(merged);
        }
        result.addAll(open);
        return result;
    }

    /** Headline blocks of one printed headline joined (its lines), with their kickers and subheadlines. */
    private List<Heading> headings() {
        List<TextBlock> headlines = new ArrayList<>(ofType(BlockType.HEADLINE));
        // Layout analysis may class a large headline, or its second deck, as a subheadline: set in type half as
        // large again as the body, it is a headline (a subheadline is set barely larger than the body).
        blocks.stream().filter(b -> b.type() == BlockType.SUBHEADLINE && lineSize(b) >= 1.5 * tolerance).toList()
                .forEach(b -> promote(b, headlines));
        // A headline's short middle line (a character or two, 老旧小区综 / 合 / 整治全面提速) may be classed as a
        // kicker or subheadline: in headline type between two lines of headline, it is one of them.
        blocks.stream().filter(b -> (b.type() == BlockType.KICKER || b.type() == BlockType.SUBHEADLINE)
                && !promoted.contains(b.id()) && betweenHeadlineLines(b, headlines)).toList()
                .forEach(b -> promote(b, headlines));
        headlines.sort(Comparator.comparingInt(b -> readingOrder.get(b.id())));
        int[] parent = new int[headlines.size()];
        Arrays.setAll(parent, i -> i);
        for (int i = 0; i < headlines.size(); i++) {
            for (int j = i + 1; j < headlines.size(); j++) {
                Box a = headlines.get(i).box();
                Box b = headlines.get(j).box();
                // Lines of one headline stand close one under the other. Headlines side by side on one line
                // are taken as two: neighbouring articles in a grid look just like that.
                boolean lines = Geometry.stacked(a, b, 0.3) && Geometry.verticalGap(a, b) <= 1.5 * tolerance;
                if (lines && regions.regionOf(a) == regions.regionOf(b)) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, Heading> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < headlines.size(); i++) {
            Heading heading = byRoot.computeIfAbsent(find(parent, i), r -> new Heading());
            heading.blocks.add(headlines.get(i));
        }
        List<Heading> headings = new ArrayList<>(byRoot.values());
        headings.forEach(h -> h.region = regions.regionOf(h.box()));
        List<Heading> withHeadline = List.copyOf(headings);
        for (TextBlock block : blocks) {
            if (block.type() != BlockType.KICKER && block.type() != BlockType.SUBHEADLINE || promoted.contains(block.id())) {
                continue;
            }
            Heading owner = headingOf(block, withHeadline);
            if (owner == null) {
                // A subhead inside a long article (小标题), or a kicker far from any headline: text of the body
                // around it, not the start of an article of its own.
                loose.add(block);
                continue;
            }
            owner.blocks.add(block);
        }
        for (TextBlock block : blocks) {
            withHeadline.stream().filter(h -> h.region == regions.regionOf(block.box()) && isKicker(block, h.box()))
                    .findFirst().ifPresent(h -> {
                        h.blocks.add(block);
                        headingLines.add(block);
                    });
        }
        // A deck within the heading's width, read with it, is no column of the story: the column beside it is not
        // tied to it. (A column's first line may stand apart, cut off by layout, as wide as its column.)
        List<Box> everything = java.util.stream.Stream.concat(blocks.stream().map(TextBlock::box),
                page.illustrations().stream().map(Illustration::box)).toList();
        Map<Heading, Box> boxOf = new HashMap<>();
        headings.forEach(h -> boxOf.put(h, h.box()));
        for (TextBlock block : blocks) {
            if (headingLines.contains(block)) {
                continue;
            }
            headings.stream().filter(h -> h.region == regions.regionOf(block.box())
                            && within(block.box(), boxOf.get(h)) && isDeck(block, boxOf.get(h), everything))
                    .findFirst().ifPresent(h -> {
                        h.blocks.add(block);
                        headingLines.add(block);
                    });
        }
        // Layout may read a kicker in body type after the headline it stands over: lines over the headline first.
        for (Heading heading : headings) {
            int headlineTop = heading.blocks.stream().filter(b -> b.type() == BlockType.HEADLINE)
                    .mapToInt(b -> b.box().y()).min().orElse(Integer.MIN_VALUE);
            heading.blocks.sort(Comparator.comparing((TextBlock b) -> b.direction() != Direction.HORIZONTAL
                            || b.box().bottom() > headlineTop + tolerance / 2)
                    .thenComparingInt(b -> readingOrder.get(b.id())));
        }
        return headings;
    }

    private void promote(TextBlock block, List<TextBlock> headlines) {
        promoted.add(block.id());
        headlines.add(new TextBlock(block.id(), BlockType.HEADLINE, block.box(), block.direction(), block.language(),
                block.lines()));
    }

    /** Right under one headline block and right over another, in type nearly as large as theirs. */
    private boolean betweenHeadlineLines(TextBlock block, List<TextBlock> headlines) {
        Box box = block.box();
        double size = lineSize(block);
        boolean under = headlines.stream().anyMatch(h -> h.box().bottom() <= box.y() + tolerance / 2
                && Geometry.stacked(h.box(), box, 0.3) && Geometry.verticalGap(h.box(), box) <= 1.5 * tolerance
                && size >= 0.8 * lineSize(h));
        boolean over = headlines.stream().anyMatch(h -> box.bottom() <= h.box().y() + tolerance / 2
                && Geometry.stacked(box, h.box(), 0.3) && Geometry.verticalGap(box, h.box()) <= 1.5 * tolerance
                && size >= 0.8 * lineSize(h));
        return under && over;
    }

    /** The height of the block's lines (their width, set vertically), on the median. */
    private static double lineSize(TextBlock block) {
        double[] sizes = block.lines().stream()
                .mapToDouble(l -> block.direction() == Direction.VERTICAL ? l.box().width() : l.box().height())
                .filter(v -> v > 0).sorted().toArray();
        return sizes.length == 0 ? 0 : sizes[sizes.length / 2];
    }

    /** The headline a kicker stands over, or a subheadline under, or beside either. */
    private Heading headingOf(TextBlock block, List<Heading> headings) {
        Box box = block.box();
        int region = regions.regionOf(box);
        Heading best = null;
        double bestDistance = INFINITE;
        for (Heading heading : headings) {
            if (heading.region != region) {
                continue;
            }
            Box headline = heading.box();
            boolean placed = block.type() == BlockType.KICKER
                    ? box.bottom() <= headline.y() + tolerance
                    : box.y() >= headline.bottom() - tolerance;
            double distance = Geometry.distance(box, headline);
            boolean near = placed && Geometry.stacked(box, headline, 0.3) && distance <= 3 * tolerance
                    || Geometry.beside(box, headline, 0.3) && distance <= 3 * tolerance;
            if (near && distance < bestDistance) {
                best = heading;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Body, byline and jump blocks, and photos with the captions next to them. */
    private List<Node> nodes(List<Illustration> photos) {
        List<Node> nodes = new ArrayList<>();
        Map<Illustration, Node> photoNodes = new LinkedHashMap<>();
        for (Illustration photo : photos) {
            Node node = new Node();
            node.photo = photo;
            node.region = regions.regionOf(photo.box());
            photoNodes.put(photo, node);
        }
        for (TextBlock block : blocks) {
            if (loose.contains(block)) {
                nodes.add(textNode(block));
                continue;
            }
            if (headingLines.contains(block)) {
                continue;
            }
            switch (block.type()) {
                case BODY, BYLINE, JUMP -> nodes.add(textNode(block));
                case CAPTION -> {
                    Node photo = nearestPhoto(block, photoNodes.values());
                    if (photo != null) {
                        photo.blocks.add(block);
                    } else {
                        nodes.add(textNode(block));
                    }
                }
                default -> {
                }
            }
        }
        nodes.addAll(photoNodes.values());
        return nodes;
    }

    private static boolean isJump(Node node) {
        return node.photo == null && node.blocks.get(0).type() == BlockType.JUMP;
    }

    /** A jump or body block that opens with a jump line from another page: {@code （上接一版）}. */
    private static boolean opensContinuation(Node node) {
        if (node.photo != null || node.blocks.size() != 1) {
            return false;
        }
        TextBlock block = node.blocks.get(0);
        if (block.type() != BlockType.JUMP && block.type() != BlockType.BODY) {
            return false;
        }
        java.util.Optional<JumpLine.Found> found = block.type() == BlockType.JUMP
                ? JumpLine.anywhereAtEdge(block.text()) : JumpLine.atStart(block.text());
        return found.isPresent() && found.get().jump().direction() == JumpLine.Direction.FROM;
    }

    private Node textNode(TextBlock block) {
        Node node = new Node();
        node.blocks.add(block);
        node.region = regions.regionOf(block.box());
        return node;
    }

    private Node nearestPhoto(TextBlock caption, java.util.Collection<Node> photos) {
        int region = regions.regionOf(caption.box());
        Node best = null;
        double bestDistance = 3 * tolerance;
        for (Node photo : photos) {
            double distance = Geometry.distance(caption.box(), photo.photo.box());
            // A caption inside a photo's frame may sit in the region of the frame rule: near is enough then.
            if ((photo.region == region || distance <= tolerance) && distance <= bestDistance) {
                best = photo;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Shares the nodes of a region among its headings: the strongest chain of ties from a heading to a node wins,
     * judged by its weakest tie, then by its length (Dijkstra over the nodes, all headings as sources). {@code tops}:
     * where each node's column starts ({@link #columnTops}).
     */
    private int[] assign(List<Heading> headings, List<Node> nodes, Map<Node, Integer> tops,
                         Map<Node, Integer> openings) {
        int[] owner = new int[nodes.size()];
        if (headings.size() == 1) {
            return owner;
        }
        // A chain is as strong as its weakest tie: a story's sixth column is as much its own as its second.
        // Of chains equally strong, the shorter wins.
        double[] weakest = new double[nodes.size()];
        double[] length = new double[nodes.size()];
        Arrays.fill(weakest, INFINITE);
        Arrays.fill(length, INFINITE);
        List<Box> headingBoxes = headings.stream().map(Heading::box).toList();
        for (int n = 0; n < nodes.size(); n++) {
            for (int h = 0; h < headings.size(); h++) {
                Node node = nodes.get(n);
                boolean opens = headings.get(h).continuation == node || Integer.valueOf(h).equals(openings.get(node));
                double c = opens ? 0 : headingCost(headings.get(h), headingBoxes.get(h), node, headingBoxes, tops);
                if (c < weakest[n]) {
                    weakest[n] = c;
                    length[n] = c;
                    owner[n] = h;
                }
            }
        }
        Set<Node> feet = columnFeet(nodes, headingBoxes);
        Columns columns = new Columns(tops, feet, levelFeet(feet), rowStarts(nodes));
        boolean[] done = new boolean[nodes.size()];
        for (int round = 0; round < nodes.size(); round++) {
            int next = -1;
            for (int n = 0; n < nodes.size(); n++) {
                if (!done[n] && (next < 0 || stronger(weakest[n], length[n], weakest[next], length[next]))) {
                    next = n;
                }
            }
            done[next] = true;
            for (int n = 0; n < nodes.size(); n++) {
                if (!done[n]) {
                    double tie = nodeCost(nodes.get(next), nodes.get(n), columns, headingBoxes);
                    double w = Math.max(weakest[next], tie);
                    double l = Math.min(INFINITE, length[next] + tie);
                    if (stronger(w, l, weakest[n], length[n])) {
                        weakest[n] = w;
                        length[n] = l;
                        owner[n] = owner[next];
                    }
                }
            }
        }
        return owner;
    }

    /**
     * A report opens with its dateline and reporters ({@code 本报讯（记者…）}) once, at the start of its text. Where
     * the text shared out to one heading holds two such openings, the one tied to the heading less closely (one
     * beside the headline while another stands under it, one in the middle of a column) opens another story; so
     * does an opening with running text of the same share right above it in its column, the end of the story
     * above; and any opening in the text of a story continued from another page, which printed its dateline there.
     * Each such opening is given to a heading in the region with no byline yet, standing level with it or
     * above it, the one most closely tied to it. Returns those openings with the heading each opens for.
     */
    private Map<Node, Integer> reportOpenings(List<Heading> headings, List<Node> nodes, Map<Node, Integer> tops,
                                              int[] owner) {
        List<Box> headingBoxes = headings.stream().map(Heading::box).toList();
        Map<Integer, List<Node>> openingsOf = new HashMap<>();
        Set<Integer> withByline = new HashSet<>();
        for (int n = 0; n < nodes.size(); n++) {
            Node node = nodes.get(n);
            if (node.photo != null) {
                continue;
            }
            TextBlock block = node.blocks.get(0);
            boolean opening = (block.type() == BlockType.BYLINE || block.type() == BlockType.BODY)
                    && Bylines.opensReport(block.text());
            if (opening) {
                openingsOf.computeIfAbsent(owner[n], h -> new ArrayList<>()).add(node);
            }
            if (opening || block.type() == BlockType.BYLINE) {
                withByline.add(owner[n]);
            }
        }
        List<Node> others = new ArrayList<>();
        for (Map.Entry<Integer, List<Node>> entry : openingsOf.entrySet()) {
            Heading heading = headings.get(entry.getKey());
            if (heading.continuation != null) {
                // A story continued from another page printed its dateline there: an opening here is another's.
                others.addAll(entry.getValue());
                continue;
            }
            Box box = headingBoxes.get(entry.getKey());
            List<Node> byTie = entry.getValue().stream()
                    .sorted(Comparator.comparingDouble(n -> headingCost(heading, box, n, headingBoxes, tops))).toList();
            for (int i = 0; i < byTie.size(); i++) {
                Node opening = byTie.get(i);
                int share = entry.getKey();
                boolean textAbove = nodes.stream().anyMatch(o -> o != opening && o.photo == null
                        && owner[nodes.indexOf(o)] == share && runningText(o.blocks.get(0))
                        && o.box().bottom() <= opening.box().y() + tolerance / 2
                        && Geometry.stacked(o.box(), opening.box(), 0.5)
                        && Geometry.verticalGap(o.box(), opening.box()) <= 4 * tolerance);
                if (i > 0 || textAbove) {
                    others.add(opening);
                }
            }
        }
        Map<Node, Integer> result = new HashMap<>();
        for (Node opening : others) {
            int best = -1;
            double bestCost = INFINITE;
            for (int h = 0; h < headings.size(); h++) {
                Heading other = headings.get(h);
                if (other.continuation != null || withByline.contains(h)
                        || headingBoxes.get(h).y() > opening.box().bottom() + tolerance) {
                    continue;
                }
                double cost = headingCost(other, headingBoxes.get(h), opening, headingBoxes, tops);
                if (cost < bestCost) {
                    best = h;
                    bestCost = cost;
                }
            }
            if (best >= 0) {
                result.put(opening, best);
                withByline.add(best);
            }
        }
        return result;
    }

    /**
     * A line or two right under the headline, without a sentence's end or a clause's comma, and nothing else of the
     * story level with it: its deck (a subheadline set in body type, classed as body), read with the heading. The
     * first lines of a story's columns under a wide headline, cut off by layout, stand side by side; a subhead
     * opening the second column stands beside the photo that opens the first.
     */
    private boolean isDeck(TextBlock block, Box headline, List<Box> story) {
        Box box = block.box();
        return block.type() == BlockType.BODY && block.lines().size() <= 2 && box.y() >= headline.bottom() - tolerance / 2
                && Geometry.stacked(headline, box, 0.5) && Geometry.verticalGap(headline, box) <= 1.5 * tolerance
                && !CLAUSE_PUNCTUATION.matcher(block.text()).find()
                && story.stream().noneMatch(o -> !o.equals(box) && Geometry.beside(o, box, 0.5)
                        && Geometry.stacked(headline, o, 0.5));
    }

    /**
     * A line or two of body type right over a headline, no wider than it, without a sentence's end or a clause's
     * comma, and no other text level with it over the headline: its kicker set in body type. The last lines of a
     * story above end a sentence, and its columns' last lines stand side by side. A longer kicker, of three lines
     * with a clause's comma, is told from the foot of a column by what stands over it: not running text, and it
     * does not end a sentence.
     */
    private boolean isKicker(TextBlock block, Box headline) {
        Box box = block.box();
        String text = block.text().strip();
        boolean plain = block.lines().size() <= 2 && !CLAUSE_PUNCTUATION.matcher(text).find();
        boolean endsSentence = !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
        boolean longer = block.lines().size() <= 3 && !endsSentence
                && blocks.stream().noneMatch(o -> runningText(o) && o.box().bottom() <= box.y() + tolerance / 2
                        && Geometry.stacked(o.box(), box, 0.5) && Geometry.verticalGap(o.box(), box) <= 1.5 * tolerance);
        return block.type() == BlockType.BODY && (plain || longer) && box.bottom() <= headline.y() + tolerance / 2
                && box.width() <= headline.width() + tolerance && Geometry.stacked(headline, box, 0.5)
                && Geometry.verticalGap(headline, box) <= 1.5 * tolerance
                && blocks.stream().noneMatch(o -> o != block && Geometry.beside(o.box(), box, 0.5)
                        && Geometry.stacked(headline, o.box(), 0.5));
    }

    /** One short line of body type, without a clause's punctuation, set in a column: a subhead inside a story. */
    private boolean subhead(Node node) {
        if (node.photo != null || node.blocks.size() != 1 || isJump(node) || opensWithByline(node.blocks.get(0))) {
            return false;
        }
        TextBlock block = node.blocks.get(0);
        return (block.type() == BlockType.BODY || block.type() == BlockType.SUBHEADLINE) && block.lines().size() == 1
                && block.box().width() < 0.7 * columnWidth && !CLAUSE_PUNCTUATION.matcher(block.text()).find();
    }

    /** Body text of a few lines at least: running text, not a line set apart (a deck or subhead taken for body). */
    private static boolean runningText(TextBlock block) {
        return block.type() == BlockType.BODY && block.lines().size() >= 3;
    }

    /** Running text, or two lines or more holding a sentence's end: the body of a short story, never a deck. */
    private static boolean prose(TextBlock block) {
        return runningText(block) || block.type() == BlockType.BODY && block.lines().size() >= 2
                && block.text().chars().anyMatch(c -> "。！？".indexOf(c) >= 0);
    }

    /**
     * Where each text node's column starts: the top of the text set close above it in the same column (a column
     * opening with a byline or a jump line starts with that line, level with the columns beside it).
     */
    private Map<Node, Integer> columnTops(List<Node> nodes) {
        Map<Node, Integer> tops = new HashMap<>();
        for (Node node : nodes) {
            Node top = node;
            for (int steps = 0; top.photo == null && steps < nodes.size(); steps++) {
                Node current = top;
                Node above = nodes.stream().filter(o -> o != current && o.photo == null
                                && o.box().bottom() <= current.box().y() + tolerance / 2
                                && Geometry.stacked(o.box(), current.box(), 0.5)
                                && Geometry.verticalGap(o.box(), current.box()) <= tolerance)
                        .findFirst().orElse(null);
                if (above == null) {
                    break;
                }
                top = above;
            }
            tops.put(node, top.box().y());
        }
        return tops;
    }

    private static boolean stronger(double weakest, double length, double otherWeakest, double otherLength) {
        return weakest < otherWeakest || weakest == otherWeakest && length < otherLength;
    }

    /**
     * A body under its headline, or beside a headline set in a column of its own, is tied to it closely. Text beside
     * a headline is judged by where its column starts ({@code tops}): a paragraph further down a column that happens
     * to start level with a headline beside it is not set beside that headline.
     */
    private double headingCost(Heading heading, Box top, Node of, List<Box> headingBoxes, Map<Node, Integer> tops) {
        Box node = of.box();
        double cost;
        // A photo with its captions under it; a line at its foot taken for its caption may stand beside the heading
        Box picture = of.photo == null ? null : node.bottom() <= top.y() + tolerance ? node : of.photo.box();
        if (picture != null && picture.bottom() <= top.y() + tolerance && Geometry.stacked(top, picture, 0.5)
                && Geometry.verticalGap(picture, top) <= 2 * tolerance) {
            // A photo right over a headline is that story's: a picture set above its headline.
            cost = Geometry.verticalGap(picture, top) + tolerance;
        } else if (node.y() >= top.bottom() - tolerance && Geometry.stacked(underSpan(top), node, 0.3)) {
            cost = Geometry.verticalGap(top, node);
        } else if (Geometry.beside(top, node, 0.5)) {
            // Text set beside its headline starts level with it; a column beside it starting lower is more
            // likely a neighbour's, under a heading of its own.
            // A photo beside a headline is tied to it less than text is: a headline set beside its story heads
            // the text it stands beside, while a photo's own headline more often stands under it.
            // A horizontal headline with nothing under it, narrower than a column, stands in a column of its own
            // beside its body, set flush left: the white right of it in that column is not white between it and
            // its body.
            boolean horizontal = heading.blocks.stream().allMatch(b -> b.direction() == Direction.HORIZONTAL);
            double inColumn = horizontal && !heading.bodyUnder && heading.continuation == null && node.x() > top.x()
                    ? Math.max(0, columnWidth - top.width()) : 0;
            cost = Math.max(0, Geometry.horizontalGap(top, node) - inColumn) + (heading.tall() ? 0 : tolerance)
                    + Math.min(Math.abs(top.y() - tops.getOrDefault(of, node.y())), 8 * tolerance)
                    + (of.photo != null ? tolerance : 0);
            if (heading.bylineSide != 0 && heading.bylineSide != Integer.signum(node.x() - top.x())) {
                // A headline beside its body has it on one side, where the byline stands; the column on the
                // other side is a neighbour's.
                cost += 6 * tolerance;
            }
            if (heading.bodyUnder) {
                // A headline over its own columns heads what is under it; the column beside it is a neighbour's
                // (a story continued from another page, the next article), not text set beside a headline.
                cost += 6 * tolerance;
            }
        } else if (top.y() >= node.bottom() - tolerance) {
            // A headline under a block heads what follows it, not what comes before; only a layout that puts
            // headlines below their stories does otherwise, and such pages fence their stories with rules.
            cost = Geometry.distance(top, node) + 20 * tolerance;
        } else {
            cost = Geometry.distance(top, node) + 4 * tolerance;
        }
        return cost + obstacles(top, node, headingBoxes, 4 * tolerance);
    }

    /**
     * The width a heading heads the columns under: its own, or that of a wider photo right over it whose middle it is
     * centred under (a photo, its headline under it and the story's columns under both make one story).
     */
    private Box underSpan(Box heading) {
        for (Illustration photo : page.illustrations()) {
            Box box = photo.box();
            if (box.width() > heading.width() && under(box, heading, 2 * tolerance)
                    && Math.abs(box.centerX() - heading.centerX()) <= 0.1 * box.width()) {
                return new Box(box.x(), heading.y(), box.width(), heading.height());
            }
        }
        return heading;
    }

    /**
     * A photo right over the byline that opens a story illustrates that story, though a photo of the story beside
     * stands next to it: the ties between photos side by side are no closer than those down a story.
     */
    private void photosOverOpenings(List<Node> nodes, int[] owner) {
        for (int p = 0; p < nodes.size(); p++) {
            Node photo = nodes.get(p);
            for (int n = 0; n < nodes.size() && photo.photo != null; n++) {
                Node node = nodes.get(n);
                if (node.photo == null && opensWithByline(node.blocks.get(0))
                        && under(photo.box(), node.box(), 3 * tolerance)) {
                    owner[p] = owner[n];
                }
            }
        }
    }

    /** A byline, or body text opening with the dateline and reporters that layout did not set apart. */
    private static boolean opensWithByline(TextBlock block) {
        return block.type() == BlockType.BYLINE || block.type() == BlockType.BODY && Bylines.opensReport(block.text());
    }

    /**
     * The side (-1 left, 1 right, else 0) of the one byline set level with a heading, a few lines from it. A byline
     * between two headings, level with both, opens the story of one of them: the heading with running text level
     * with it on its other side heads that text instead.
     */
    private int bylineSide(Box heading, List<Box> headingBoxes, List<Node> nodes) {
        int side = 0;
        Box byline = null;
        for (Node node : nodes) {
            Box box = node.box();
            if (node.photo == null && opensWithByline(node.blocks.get(0)) && levelBeside(heading, box)) {
                int here = Integer.signum(box.x() - heading.x());
                if (side != 0 && side != here) {
                    return 0;
                }
                side = here;
                byline = box;
            }
        }
        if (side == 0) {
            return 0;
        }
        Box found = byline;
        int toward = side;
        boolean between = headingBoxes.stream().anyMatch(other -> !Geometry.intersects(other, heading)
                && levelBeside(other, found) && Integer.signum(found.x() - other.x()) == -toward);
        boolean textOtherSide = nodes.stream().anyMatch(n -> n.photo == null && runningText(n.blocks.get(0))
                && levelBeside(heading, n.box()) && Integer.signum(n.box().x() - heading.x()) == -toward);
        return between && textOtherSide ? -side : side;
    }

    /** Whether the box starts level with a heading, beside it and a few lines from it. */
    private boolean levelBeside(Box heading, Box box) {
        return Math.abs(box.y() - heading.y()) <= 2 * tolerance && Geometry.beside(heading, box, 0.3)
                && Geometry.horizontalGap(heading, box) <= 3 * tolerance;
    }

    /**
     * Horizontal text with nothing under it in its region, or a rule right under it that did not close the region
     * (one under the columns of a story, the next story under it): the foot of a column.
     */
    private Set<Node> columnFeet(List<Node> nodes, List<Box> headingBoxes) {
        Set<Node> feet = new HashSet<>();
        for (Node node : nodes) {
            Box box = node.box();
            boolean horizontal = node.photo == null
                    && node.blocks.stream().allMatch(b -> b.direction() == Direction.HORIZONTAL);
            boolean under = java.util.stream.Stream.concat(nodes.stream().filter(o -> o != node).map(Node::box),
                            headingBoxes.stream())
                    .anyMatch(o -> o.y() >= box.bottom() - tolerance / 2 && Geometry.stacked(box, o, 0.3));
            boolean ruleUnder = partialRules.stream().anyMatch(r -> r.isHorizontal()
                    && r.box().y() >= box.bottom() - tolerance / 2 && r.box().y() <= box.bottom() + 3 * tolerance
                    && r.box().xOverlap(box) >= 0.8 * box.width());
            if (horizontal && (!under || ruleUnder)) {
                feet.add(node);
            }
        }
        return feet;
    }

    /** Feet of columns with the next column right of them starting and ending level with them, white under both. */
    private Set<Node> levelFeet(Set<Node> feet) {
        Set<Node> level = new HashSet<>();
        for (Node node : feet) {
            Box b = node.box();
            if (feet.stream().anyMatch(o -> o != node && o.box().x() > b.x()
                    && Geometry.horizontalGap(b, o.box()) <= 2 * tolerance
                    && Math.abs(o.box().y() - b.y()) <= tolerance && Math.abs(o.box().bottom() - b.bottom()) <= tolerance)) {
                level.add(node);
            }
        }
        return level;
    }

    /**
     * Text starting a column's part under white where the column beside it breaks too, level with it: the text
     * over the white ends level in both columns, and the text under it starts level in both.
     */
    private Set<Node> rowStarts(List<Node> nodes) {
        List<Node> text = nodes.stream().filter(n -> n.photo == null).toList();
        Set<Node> starts = new HashSet<>();
        for (Node lower : text) {
            for (Node upper : text) {
                if (!under(upper.box(), lower.box(), 4 * tolerance)
                        || Geometry.verticalGap(upper.box(), lower.box()) <= tolerance) {
                    continue;
                }
                boolean beside = text.stream().anyMatch(u -> u != upper && Geometry.beside(upper.box(), u.box(), 0.3)
                        && Geometry.horizontalGap(upper.box(), u.box()) <= 2 * tolerance
                        && Math.abs(u.box().bottom() - upper.box().bottom()) <= tolerance
                        && text.stream().anyMatch(l -> l != lower && under(u.box(), l.box(), 4 * tolerance)
                                && Math.abs(l.box().y() - lower.box().y()) <= tolerance));
                if (beside) {
                    starts.add(lower);
                }
            }
        }
        return starts;
    }

    /**
     * How a region's text stands in columns: where each node's column starts ({@link #columnTops}), the nodes with
     * nothing under them ({@link #columnFeet}), those of them ending level with the next column ({@link #levelFeet}),
     * and text starting a row of stories ({@link #rowStarts}).
     */
    private record Columns(Map<Node, Integer> tops, Set<Node> feet, Set<Node> levelFeet, Set<Node> rowStarts) {
    }

    /** The next paragraph in the column, or the top of the next column, is tied to the one before. */
    private double nodeCost(Node from, Node to, Columns columns, List<Box> headingBoxes) {
        Box a = from.box();
        Box b = to.box();
        if (isJump(to) && from.photo == null && a.width() < columnWidth) {
            // A column's last line may be short; the jump line under it is set flush right in the column.
            a = new Box(a.x(), a.y(), columnWidth, a.height());
        }
        double cost;
        if (Geometry.stacked(a, b, 0.3) && Geometry.verticalGap(a, b) <= 4 * tolerance) {
            // Text flows down a column: a tie upwards (from a photo to the text above it) is weaker. A byline
            // opens its story: it is tied to the text under it, not to the end of the story above; a photo over
            // it is its story's, set under the headline.
            boolean byline = from.photo == null && to.photo == null && to.blocks.get(0).type() == BlockType.BYLINE;
            // Paragraphs of one column follow each other a line apart; white of more than two lines between
            // two of them more often ends a story than parts it (under a photo, its margin is wider), and so does
            // white of more than one where the column beside it breaks level with it, a row of stories ending,
            // whichever way the tie runs.
            double gap = Geometry.verticalGap(a, b);
            boolean text = from.photo == null && to.photo == null;
            // A subhead inside a column (小标题) is set with white over it.
            Node lower = b.y() >= a.y() ? to : from;
            double paragraphGap = (subhead(lower) ? 4 : columns.rowStarts().contains(lower) ? 1 : 2) * tolerance;
            cost = gap + (text ? 2 * Math.max(0, gap - paragraphGap) : 0) + 0.5 * tolerance
                    + (b.y() < a.y() != byline ? 4 * tolerance : 0);
        } else if (Geometry.beside(a, b, 0.3) && Geometry.horizontalGap(a, b) <= 4 * tolerance) {
            // The next column of a story starts level with the one before; a column starting much lower is
            // more likely a neighbour's, below its own headline or photo.
            // Text flows from a column to the one right of it: a tie leftwards is weaker.
            // Text runs on from column to column, not out of a photo: text beside a photo is tied to it less.
            int fromTop = columns.tops().get(from);
            int toTop = columns.tops().get(to);
            // A column starting and ending level with the one before it is the likeliest of all to be its story's
            // next: a story fills its columns evenly.
            boolean even = b.x() > a.x() && Math.abs(fromTop - toTop) <= tolerance / 2
                    && Math.abs(a.bottom() - b.bottom()) <= tolerance / 2
                    && columns.feet().contains(from) && columns.feet().contains(to);
            cost = Geometry.horizontalGap(a, b) + (even ? tolerance / 2 : tolerance)
                    + Math.min(Math.abs(fromTop - toTop), 8 * tolerance)
                    + (b.x() < a.x() ? tolerance : 0) + (from.photo != null || to.photo != null ? tolerance : 0);
            Box photo = from.photo != null ? a : to.photo != null ? b : null;
            if (photo != null && headingBoxes.stream().anyMatch(h -> under(photo, h, 2 * tolerance))) {
                // A photo over its own headline heads a story stacked under it: text beside it is another's.
                cost += 4 * tolerance;
            }
            // A story fills its columns in turn, and only its last is short: a column ending with white under it
            // while the column right of it runs on lower ends its story; and a column reaching far lower than
            // the two ending level right of it, white under both, is not of their story.
            boolean shortBefore = columns.feet().contains(from) && b.bottom() > a.bottom() + 2 * tolerance;
            boolean longBefore = columns.levelFeet().contains(to) && a.bottom() > b.bottom() + 2 * tolerance;
            if (b.x() > a.x() && (shortBefore || longBefore)) {
                cost += 4 * tolerance;
            }
        } else {
            return INFINITE;
        }
        return cost + obstacles(a, b, headingBoxes, INFINITE);
    }

    /** What stands between two boxes: another heading (cost given) or a rule that did not close a region. */
    private double obstacles(Box a, Box b, List<Box> headingBoxes, double headingCost) {
        Box gap = Geometry.between(a, b);
        if (gap == null) {
            return 0;
        }
        double cost = 0;
        for (Box heading : headingBoxes) {
            if (heading != a && Geometry.intersects(gap, heading)) {
                cost += headingCost;
                break;
            }
        }
        // A rule parts the two only where it runs across the space between them: a column rule running down
        // along the edge of a headline and the text under it (boxes drawn a little wide touch it) parts nothing.
        boolean oneAboveOther = a.xOverlap(b) > 0;
        for (Rule rule : partialRules) {
            if (rule.isHorizontal() == oneAboveOther && Geometry.intersects(Geometry.grow(gap, 1), rule.box())) {
                cost += 2 * tolerance;
                break;
            }
        }
        return Math.min(cost, INFINITE);
    }

    private Piece pieceOf(Heading heading, List<Node> nodes) {
        List<TextBlock> body = new ArrayList<>();
        List<TextBlock> jumps = new ArrayList<>();
        List<TextBlock> captions = new ArrayList<>();
        List<Illustration> photos = new ArrayList<>();
        for (Node node : nodes) {
            if (node.photo != null) {
                photos.add(node.photo);
                captions.addAll(node.blocks);
                continue;
            }
            TextBlock block = node.blocks.get(0);
            switch (block.type()) {
                // Layout analysis may take a jump line standing alone for a line of body text, and a short
                // paragraph for a jump line; a jump line is a dozen characters at most.
                case JUMP -> (JumpLine.parse(block.text()).isPresent() || block.text().strip().length() <= JUMP_LENGTH
                        ? jumps : body).add(block);
                case CAPTION -> captions.add(block);
                case BODY -> (JumpLine.parse(block.text()).isPresent() ? jumps : body).add(block);
                default -> body.add(block);
            }
        }
        List<TextBlock> headingBlocks = heading == null ? List.of() : new ArrayList<>(heading.blocks);
        if (heading != null) {
            List<Box> story = new ArrayList<>();
            java.util.stream.Stream.of(body, jumps, captions).flatMap(List::stream).forEach(b -> story.add(b.box()));
            photos.forEach(p -> story.add(p.box()));
            body.stream().filter(b -> isDeck(b, heading.box(), story)).findFirst().ifPresent(deck -> {
                body.remove(deck);
                headingBlocks.add(deck);
            });
        }
        boolean text = heading != null || !body.isEmpty() || !jumps.isEmpty();
        Kind kind = text ? Kind.ARTICLE : Kind.ILLUSTRATION;
        return piece(kind, headingBlocks, body, jumps, photos, captions);
    }

    private Piece piece(Kind kind, List<TextBlock> heading, List<TextBlock> body, List<TextBlock> jumps,
                        List<Illustration> photos, List<TextBlock> captions) {
        Comparator<TextBlock> inReadingOrder = Comparator.comparingInt(b -> readingOrder.get(b.id()));
        List<TextBlock> sortedBody = body.stream().sorted(inReadingOrder).toList();
        List<TextBlock> sortedJumps = jumps.stream().sorted(inReadingOrder).toList();
        List<TextBlock> sortedCaptions = captions.stream().sorted(inReadingOrder).toList();
        List<Illustration> sortedPhotos = photos.stream()
                .sorted(Comparator.comparingInt((Illustration i) -> i.box().y()).thenComparingInt(i -> i.box().x())).toList();
        double order = java.util.stream.Stream.of(heading, body, jumps, captions).flatMap(List::stream)
                .mapToInt(b -> readingOrder.get(b.id())).min().orElse(-1);
        if (order < 0) {
            order = orderOfPhotos(sortedPhotos);
        }
        return new Piece(page.sequence(), kind, heading, sortedBody, sortedJumps, sortedPhotos, sortedCaptions, order);
    }

    /** A photo without text takes its place in reading order after the nearest block above or left of it. */
    private double orderOfPhotos(List<Illustration> photos) {
        if (photos.isEmpty()) {
            return page.blocks().size();
        }
        Box box = photos.get(0).box();
        TextBlock nearest = blocks.stream()
                .min(Comparator.comparingDouble(b -> Geometry.distance(b.box(), box))).orElse(null);
        if (nearest == null) {
            return 0;
        }
        boolean before = nearest.box().y() > box.bottom() || nearest.box().x() > box.right();
        return readingOrder.get(nearest.id()) + (before ? -0.5 : 0.5);
    }

    private static List<Illustration> claim(List<Illustration> photos, Box area) {
        List<Illustration> claimed = photos.stream().filter(p -> area.contains(p.box())).toList();
        photos.removeAll(claimed);
        return claimed;
    }

    private List<TextBlock> ofType(BlockType type) {
        return blocks.stream().filter(b -> b.type() == type).toList();
    }

    /**
     * A block smaller than half a line each way holds no text: a speck of dirt or scan noise. It belongs to no
     * article, and must not widen the print space past the ends of the rules.
     */
    private boolean isSpeck(TextBlock block) {
        return block.box().width() < tolerance / 2 && block.box().height() < tolerance / 2;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
