package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newspaperingest.model.Direction;

/**
 * Which way text runs, from how characters sit next to each other: in horizontal text a character's
 * nearest neighbour of the same size is beside it (letter spacing), in vertical text below it, because
 * the space between lines is wider than the space between characters in a line.
 *
 * <p>Only components shaped like whole characters take part; the radicals of composed characters would
 * otherwise pair up with their own other half.
 */
final class TextGrain {
    private final Map<Ink, Boolean> horizontalVotes = new HashMap<>();
    private final double leadingRatio;

    TextGrain(List<Ink> inks, double bodyHeight) {
        List<Ink> chars = new ArrayList<>();
        // Characters vote; thin strokes standing apart (the 丨 of 旧, 一) do not, but they are where the neighbours start.
        List<Ink> parts = new ArrayList<>();
        for (Ink ink : inks) {
            double w = ink.box().width();
            double h = ink.box().height();
            if (!ink.picture() && Math.max(w, h) >= 0.5 * bodyHeight) {
                parts.add(ink);
                if (h / w <= 2 && w / h <= 2) {
                    chars.add(ink);
                }
            }
        }
        int cell = Math.max(4, (int) Math.round(bodyHeight));
        Map<Long, List<Ink>> grid = new HashMap<>();
        for (Ink ink : parts) {
            for (int gx = ink.box().x() / cell; gx <= ink.box().right() / cell; gx++) {
                for (int gy = ink.box().y() / cell; gy <= ink.box().bottom() / cell; gy++) {
                    grid.computeIfAbsent(key(gx, gy), k -> new ArrayList<>()).add(ink);
                }
            }
        }
        List<Double> lineGaps = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (Ink ink : chars) {
            double size = Math.max(ink.box().width(), ink.box().height());
            int reach = (int) Math.ceil(2 * size / cell) + 1;
            double horizontalGap = Double.MAX_VALUE;
            double verticalGap = Double.MAX_VALUE;
            int gx0 = (int) (ink.centerX() / cell);
            int gy0 = (int) (ink.centerY() / cell);
            for (int gx = gx0 - reach; gx <= gx0 + reach; gx++) {
                for (int gy = gy0 - reach; gy <= gy0 + reach; gy++) {
                    for (Ink other : grid.getOrDefault(key(gx, gy), List.of())) {
                        if (other == ink) {
                            continue;
                        }
                        double otherSize = Math.max(other.box().width(), other.box().height());
                        if (otherSize > 1.5 * size || size > 1.5 * otherSize) {
                            continue;
                        }
                        double minHeight = Math.min(ink.box().height(), other.box().height());
                        double minWidth = Math.min(ink.box().width(), other.box().width());
                        double yOverlap = ink.box().yOverlap(other.box());
                        double xOverlap = ink.box().xOverlap(other.box());
                        if (yOverlap >= 0.5 * minHeight) {
                            double gap = Math.max(other.box().x() - ink.box().right(), ink.box().x() - other.box().right());
                            if (gap >= -1) {
                                horizontalGap = Math.min(horizontalGap, Math.max(0, gap));
                            }
                        } else if (xOverlap >= 0.5 * minWidth) {
                            double gap = Math.max(other.box().y() - ink.box().bottom(), ink.box().y() - other.box().bottom());
                            if (gap >= -1) {
                                verticalGap = Math.min(verticalGap, Math.max(0, gap));
                            }
                        }
                    }
                }
            }
            if (horizontalGap == Double.MAX_VALUE && verticalGap == Double.MAX_VALUE) {
                continue;
            }
            boolean horizontal = horizontalGap <= verticalGap;
            horizontalVotes.put(ink, horizontal);
            if (horizontal && verticalGap < 3 * size) {
                lineGaps.add(verticalGap);
                heights.add((double) ink.box().height());
            }
        }
        leadingRatio = lineGaps.isEmpty() ? 0.5 : median(lineGaps) / Math.max(1, median(heights));
    }

    /** The share of voting characters that read vertically; NaN when none votes. */
    double verticalShare(List<Ink> inks) {
        Votes votes = votes(inks);
        return votes.total() == 0 ? Double.NaN : (double) votes.vertical() / votes.total();
    }

    /** The direction most characters of these components vote for; shape decides when none votes. */
    Direction direction(List<Ink> inks) {
        Votes votes = votes(inks);
        if (votes.total() < 2) {
            var box = org.newspaperingest.model.Box.enclosing(inks.stream().map(Ink::box).toList());
            return box.height() > 1.5 * box.width() ? Direction.VERTICAL : Direction.HORIZONTAL;
        }
        return votes.vertical() > votes.horizontal() ? Direction.VERTICAL : Direction.HORIZONTAL;
    }

    private record Votes(int horizontal, int vertical) {
        int total() {
            return horizontal + vertical;
        }
    }

    /** How many of these components voted horizontal and vertical (components too ambiguous to vote don't). */
    private Votes votes(List<Ink> inks) {
        int horizontal = 0;
        int vertical = 0;
        for (Ink ink : inks) {
            Boolean vote = horizontalVotes.get(ink);
            if (vote != null) {
                if (vote) {
                    horizontal++;
                } else {
                    vertical++;
                }
            }
        }
        return new Votes(horizontal, vertical);
    }

    /** Space between lines of body text as a fraction of the character height. */
    double leadingRatio() {
        return leadingRatio;
    }

    private static long key(int gx, int gy) {
        return ((long) gx << 32) ^ (gy & 0xffffffffL);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
