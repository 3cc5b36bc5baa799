package org.newspaperingest.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;

/**
 * Joins the parts of articles continued over pages: a part ending with {@code (下转二版)} and the part on page
 * 2 opening with {@code (上接一版)}, or repeating the headline, become one article. A jump line whose partner is
 * missing (the page was not scanned, the line misread) leaves the part as an article of its own, with the
 * jump reported.
 */
final class Continuations {

    /** The parts of one article in page order, and the jump left unresolved, if any. */
    record Joined(List<Piece> parts, Optional<String> unresolved) {
    }

    /** A jump line read off a part: from a jump block, or from the edge of its first or last body block. */
    private record Jump(JumpLine.Direction direction, Optional<Integer> target, String printed) {
    }

    /**
     * How alike a headline and the one over a continuation must be to join them with no jump line back: headlines
     * of one day's stories share many words (具有国际影响力的中国式现代化强区), so only a near repeat counts.
     */
    private static final double REPEATED_HEADLINE = 0.7;

    private Continuations() {
    }

    static boolean opensWithJumpFrom(Piece piece) {
        return jump(piece, JumpLine.Direction.FROM).isPresent();
    }

    static boolean endsWithJumpTo(Piece piece) {
        return jump(piece, JumpLine.Direction.TO).isPresent();
    }

    /**
     * @param pieces the parts of all pages
     * @param pages  the pages, for their printed numbers (a jump names the printed page, not the scan's place)
     */
    static List<Joined> join(List<Piece> pieces, List<Page> pages) {
        Map<Integer, Integer> sequenceByNumber = pageNumbers(pages);
        int count = pieces.size();
        int[] next = new int[count];
        int[] previous = new int[count];
        java.util.Arrays.fill(next, -1);
        java.util.Arrays.fill(previous, -1);

        record Pair(int source, int target, double score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            Optional<Jump> to = jump(pieces.get(s), JumpLine.Direction.TO);
            if (to.isEmpty()) {
                continue;
            }
            for (int t = 0; t < count; t++) {
                double score = score(pieces.get(s), to.get(), pieces.get(t), sequenceByNumber, pages);
                if (score > 0) {
                    pairs.add(new Pair(s, t, score));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed());
        for (Pair pair : pairs) {
            if (next[pair.source] < 0 && previous[pair.target] < 0 && !closesLoop(next, pair.source, pair.target)) {
                next[pair.source] = pair.target;
                previous[pair.target] = pair.source;
            }
        }

        List<Joined> joined = new ArrayList<>();
        for (int start = 0; start < count; start++) {
            if (previous[start] >= 0) {
                continue;
            }
            List<Piece> parts = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (int i = start; i >= 0; i = next[i]) {
                Piece part = pieces.get(i);
                parts.add(part);
                if (i == start) {
                    jump(part, JumpLine.Direction.FROM).ifPresent(from -> unresolved.add(from.printed()
                            + ": no part on " + pageName(from.target()) + " jumps to page " + pageLabel(pages, part.page())));
                }
                if (next[i] < 0) {
                    jump(part, JumpLine.Direction.TO).ifPresent(to -> unresolved.add(to.printed()
                            + ": " + missingTarget(to.target(), sequenceByNumber, pages)));
                }
            }
            joined.add(new Joined(parts, unresolved.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", unresolved))));
        }
        return joined;
    }

    /**
     * How well a part fits as the continuation of a source part; 0 or less for no fit. The page must be the one
     * the jump names; a jump back ({@code 上接一版}) naming the source's page or a repeated headline is the proof.
     */
    private static double score(Piece source, Jump to, Piece candidate, Map<Integer, Integer> sequenceByNumber,
                                List<Page> pages) {
        if (candidate == source || candidate.page() == source.page() || candidate.kind() != Article.Kind.ARTICLE) {
            return 0;
        }
        double score = 0;
        Optional<Jump> from = jump(candidate, JumpLine.Direction.FROM);
        if (to.target().isPresent()) {
            Integer sequence = sequenceByNumber.get(to.target().get());
            if (sequence != null && sequence == candidate.page()) {
                score += 1;
            } else if (candidate.page() < source.page() || !namesPage(from, pageNumber(pages, source.page()))) {
                // A page number misread (三 for 二) points elsewhere; a later part whose jump line names the
                // source's page is still its continuation, though a part on the named page comes first.
                return 0;
            }
        } else if (candidate.page() < source.page()) {
            return 0;
        }
        double similarity = similarity(source.headline(), candidate.headline());
        if (from.isPresent()) {
            Optional<Integer> back = from.get().target();
            if (back.isPresent() && !back.get().equals(pageNumber(pages, source.page()))) {
                return 0;
            }
            score += back.isPresent() ? 3 : 1;
        } else if (similarity < REPEATED_HEADLINE) {
            return 0;
        }
        return score + 2 * similarity;
    }

    private static boolean namesPage(Optional<Jump> jump, int number) {
        return jump.flatMap(Jump::target).filter(target -> target == number).isPresent();
    }

    /** The jump of a part in one direction, read from a jump block or from the edge of the body. */
    private static Optional<Jump> jump(Piece piece, JumpLine.Direction direction) {
        for (TextBlock block : piece.jumps()) {
            Optional<JumpLine.Found> found = JumpLine.anywhereAtEdge(block.text());
            if (found.isPresent() && found.get().jump().direction() == direction) {
                JumpLine line = found.get().jump();
                return Optional.of(new Jump(direction, Optional.of(line.targetPage()), line.printed()));
            }
        }
        if (!piece.body().isEmpty()) {
            String edge = direction == JumpLine.Direction.TO
                    ? piece.body().get(piece.body().size() - 1).text() : piece.body().get(0).text();
            Optional<JumpLine.Found> found = direction == JumpLine.Direction.TO ? JumpLine.atEnd(edge) : JumpLine.atStart(edge);
            if (found.isPresent() && found.get().jump().direction() == direction) {
                JumpLine line = found.get().jump();
                return Optional.of(new Jump(direction, Optional.of(line.targetPage()), line.printed()));
            }
        }
        // A jump block that OCR garbled still says which way it points by where it stands.
        for (TextBlock block : piece.jumps()) {
            if (JumpLine.anywhereAtEdge(block.text()).isEmpty() && block.text().strip().length() <= PageGrouping.JUMP_LENGTH) {
                boolean atTop = piece.body().isEmpty() || block.box().y() < piece.body().get(0).box().y();
                if ((direction == JumpLine.Direction.FROM) == atTop) {
                    return Optional.of(new Jump(direction, Optional.empty(), block.text()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean closesLoop(int[] next, int source, int target) {
        Set<Integer> seen = new HashSet<>();
        for (int i = target; i >= 0 && seen.add(i); i = next[i]) {
            if (i == source) {
                return true;
            }
        }
        return false;
    }

    /** Printed page number → page sequence; pages without a readable label count by their place. */
    private static Map<Integer, Integer> pageNumbers(List<Page> pages) {
        // Only pages without a label count by their place: with page 2 missing, the second scan is page 3.
        Map<Integer, Integer> byNumber = new HashMap<>();
        for (Page page : pages) {
            byNumber.putIfAbsent(pageNumber(pages, page.sequence()), page.sequence());
        }
        return byNumber;
    }

    private static int pageNumber(List<Page> pages, int sequence) {
        return pages.stream().filter(p -> p.sequence() == sequence).findFirst().flatMap(Page::label)
                .flatMap(FolioReader::number).orElse(sequence);
    }

    private static String pageLabel(List<Page> pages, int sequence) {
        return String.valueOf(pageNumber(pages, sequence));
    }

    private static String pageName(Optional<Integer> number) {
        return number.map(n -> "page " + n).orElse("an earlier page");
    }

    private static String missingTarget(Optional<Integer> target, Map<Integer, Integer> sequenceByNumber, List<Page> pages) {
        if (target.isEmpty()) {
            return "no continuation found on a later page";
        }
        return sequenceByNumber.containsKey(target.get())
                ? "no part on page " + target.get() + " continues it"
                : "page " + target.get() + " is not in the issue (" + pages.size()
                        + (pages.size() == 1 ? " page" : " pages") + " scanned)";
    }

    /** Dice coefficient of character bigrams: a repeated headline may be shortened or misread in places. */
    static double similarity(String a, String b) {
        String x = a.replaceAll("[\\s\\p{P}]", "");
        String y = b.replaceAll("[\\s\\p{P}]", "");
        if (x.length() < 2 || y.length() < 2) {
            return x.equals(y) && !x.isEmpty() ? 1 : 0;
        }
        Map<String, Integer> grams = new HashMap<>();
        for (int i = 0; i + 2 <= x.length(); i++) {
            grams.merge(x.substring(i, i + 2), 1, Integer::sum);
        }
        int shared = 0;
        for (int i = 0; i + 2 <= y.length(); i++) {
            String gram = y.substring(i, i + 2);
            Integer left = grams.get(gram);
            if (left != null && left > 0) {
                grams.put(gram, left - 1);
                shared++;
            }
        }
        return 2.0 * shared / (x.length() - 1 + y.length() - 1);
    }
}
