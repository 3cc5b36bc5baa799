package org.newspaperingest.ocr;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Rect;

/**
 * Cuts a column of vertical Chinese into its character cells. Chinese type sits on a square grid, so the
 * cells have one pitch, a little more than the column's width (a column may start with a blank half cell, as
 * under a full stop). The pitch chosen is the one whose cuts cross the least ink (the gaps between
 * characters), which also keeps the gaps inside characters such as 三 or 川 from splitting them; the offset
 * puts the cuts in the middle of those gaps.
 */
final class CharacterGrid {

    /** A column at most this many times as long as it is wide holds one character. */
    private static final double ONE_CELL = 1.3;

    private CharacterGrid() {
    }

    /** Cells of {@code column} (a tight ink box in the frame of {@code ink}), top to bottom. */
    static List<Box> cells(Mat ink, Box column) {
        int width = column.width();
        int length = column.height();
        if (width <= 0 || length <= 0) {
            return List.of();
        }
        if (length <= ONE_CELL * width) {
            // one character: a cut would only find the thin gap between the ink and the box's edge
            return List.of(column);
        }
        int[] profile = profile(ink, column);
        double bestCost = Double.MAX_VALUE;
        double bestPitch = length;
        for (double pitch = 0.8 * width; pitch <= 1.5 * width; pitch += 0.25) {
            for (double offset = -pitch + 1; offset <= 0; offset += 0.5) {
                double cost = cost(profile, length, width, pitch, offset);
                if (cost < bestCost) {
                    bestCost = cost;
                    bestPitch = pitch;
                }
            }
        }
        double bestOffset = centredOffset(profile, length, width, bestPitch, bestCost);
        int count = Math.max(1, cellCount(length, bestPitch, bestOffset));
        List<Box> cells = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            int top = k == 0 ? 0 : (int) Math.round(bestOffset + k * bestPitch);
            int bottom = k == count - 1 ? length : (int) Math.round(bestOffset + (k + 1) * bestPitch);
            top = Math.max(0, Math.min(length - 1, top));
            bottom = Math.max(top + 1, Math.min(length, bottom));
            Box cell = new Box(column.x(), column.y() + top, width, bottom - top);
            if (hasInk(profile, top, bottom)) {
                cells.add(cell);
            }
        }
        return cells;
    }

    /**
     * Columns as wide as their neighbours: a speck of noise beside a column widens its ink box, and the
     * column's width is the size of its character cells. A column much wider than the region's usual one is
     * cut down to the window of the usual width holding the most ink.
     */
    static List<Box> trimToUsualWidth(Mat ink, List<Box> columns) {
        if (columns.size() < 3) {
            return columns;
        }
        int[] widths = columns.stream().mapToInt(Box::width).sorted().toArray();
        int usual = widths[widths.length / 2];
        List<Box> trimmed = new ArrayList<>(columns.size());
        for (Box column : columns) {
            if (column.width() <= usual * 1.12 + 1) {
                trimmed.add(column);
                continue;
            }
            Mat roi = ink.submat(new Rect(column.x(), column.y(), column.width(), column.height()));
            Mat sums = new Mat();
            Core.reduce(roi, sums, 0, Core.REDUCE_SUM, CvType.CV_32S);
            int[] profile = new int[column.width()];
            sums.get(0, 0, profile);
            roi.release();
            sums.release();
            int window = usual + 2;
            long sum = 0;
            long best = -1;
            int bestStart = 0;
            for (int x = 0; x < profile.length; x++) {
                sum += profile[x];
                if (x >= window) {
                    sum -= profile[x - window];
                }
                if (x >= window - 1 && sum > best) {
                    best = sum;
                    bestStart = x - window + 1;
                }
            }
            Box core = VerticalColumns.tighten(ink,
                    new Box(column.x() + bestStart, column.y(), window, column.height()));
            trimmed.add(core == null ? column : core);
        }
        return trimmed;
    }

    /** Mean ink crossed per cut, relative to the column's width, with a slight pull to the usual pitch. */
    private static double cost(int[] profile, int length, int width, double pitch, double offset) {
        int count = cellCount(length, pitch, offset);
        if (count < 2) {
            return Double.MAX_VALUE;
        }
        double crossed = 0;
        for (int k = 1; k < count; k++) {
            int cut = (int) Math.round(offset + k * pitch);
            crossed += lowest(profile, cut);
        }
        return crossed / (count - 1) / width + 0.01 * Math.abs(pitch / width - 1.05);
    }

    /**
     * Of the offsets that cut as well as the best, the middle one of the longest run: the cuts then fall in the
     * middle of the gaps between characters rather than against the edge of one, so each cell holds its whole
     * character and nothing of its neighbour's.
     */
    private static double centredOffset(int[] profile, int length, int width, double pitch, double bestCost) {
        double tolerance = 1e-9 + 0.002 * bestCost;
        double runStart = Double.NaN;
        double bestStart = 0;
        double bestLength = -1;
        // the same offsets as the search, and one past 0 that closes the last run
        for (double offset = -pitch + 1; offset <= 0.5; offset += 0.5) {
            if (offset <= 0 && cost(profile, length, width, pitch, offset) <= bestCost + tolerance) {
                if (Double.isNaN(runStart)) {
                    runStart = offset;
                }
            } else if (!Double.isNaN(runStart)) {
                double runLength = offset - 0.5 - runStart;
                if (runLength > bestLength) {
                    bestLength = runLength;
                    bestStart = runStart;
                }
                runStart = Double.NaN;
            }
        }
        return bestLength < 0 ? 0 : bestStart + bestLength / 2;
    }

    /** Cells needed from {@code offset} to the end; a last sliver under 30 % of a cell joins its neighbour. */
    private static int cellCount(int length, double pitch, double offset) {
        return (int) Math.ceil((length - offset) / pitch - 0.3);
    }

    private static boolean hasInk(int[] profile, int from, int to) {
        for (int i = from; i < to; i++) {
            if (profile[i] > 0) {
                return true;
            }
        }
        return false;
    }

    private static int lowest(int[] profile, int at) {
        int lowest = Integer.MAX_VALUE;
        for (int i = at - 1; i <= at + 1; i++) {
            if (i >= 0 && i < profile.length) {
                lowest = Math.min(lowest, profile[i]);
            }
        }
        return lowest == Integer.MAX_VALUE ? 0 : lowest;
    }

    private static int[] profile(Mat ink, Box column) {
        Mat roi = ink.submat(new Rect(column.x(), column.y(), column.width(), column.height()));
        Mat sums = new Mat();
        Core.reduce(roi, sums, 1, Core.REDUCE_SUM, CvType.CV_32S);
        int[] profile = new int[column.height()];
        sums.get(0, 0, profile);
        roi.release();
        sums.release();
        for (int i = 0; i < profile.length; i++) {
            profile[i] /= 255;
        }
        return profile;
    }
}
