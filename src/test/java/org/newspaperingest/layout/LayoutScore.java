package org.newspaperingest.layout;

import java.util.ArrayList;
import java.util.List;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Box;

/**
 * How well detected blocks agree with the true ones, both in the stored image's frame and in reading
 * order: the share of true blocks matched one to one by a detected block of the same class with an IoU
 * of at least 0.8, and the share of consecutive true blocks whose matches come in the same order.
 */
record LayoutScore(int truthBlocks, int matched, int pairs, int pairsInOrder, List<String> misses) {

    record Block(BlockType type, Box box) {
    }

    static LayoutScore of(List<Block> truth, List<Block> detected) {
        int[] match = new int[truth.size()];
        boolean[] taken = new boolean[detected.size()];
        int matched = 0;
        List<String> misses = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            match[t] = -1;
            double best = 0.8;
            for (int d = 0; d < detected.size(); d++) {
                double iou = truth.get(t).box().iou(detected.get(d).box());
                if (!taken[d] && detected.get(d).type() == truth.get(t).type() && iou >= best) {
                    best = iou;
                    match[t] = d;
                }
            }
            if (match[t] >= 0) {
                taken[match[t]] = true;
                matched++;
            } else {
                misses.add(describeMiss(truth.get(t), detected));
            }
        }
        // Order is judged on position alone: the best-overlapping detected block, whatever its class.
        int[] place = new int[truth.size()];
        for (int t = 0; t < truth.size(); t++) {
            place[t] = -1;
            double best = 0.5;
            for (int d = 0; d < detected.size(); d++) {
                double iou = truth.get(t).box().iou(detected.get(d).box());
                if (iou >= best) {
                    best = iou;
                    place[t] = d;
                }
            }
        }
        int pairs = 0;
        int inOrder = 0;
        for (int t = 0; t + 1 < truth.size(); t++) {
            pairs++;
            if (place[t] >= 0 && place[t + 1] >= 0 && place[t] < place[t + 1]) {
                inOrder++;
            }
        }
        return new LayoutScore(truth.size(), matched, pairs, inOrder, misses);
    }

    private static String describeMiss(Block truth, List<Block> detected) {
        Block closest = null;
        double best = 0;
        for (Block d : detected) {
            double iou = truth.box().iou(d.box());
            if (iou > best) {
                best = iou;
                closest = d;
            }
        }
        return truth.type().label() + " " + truth.box() + " -> "
                + (closest == null ? "nothing" : closest.type().label() + " " + closest.box() + String.format(" IoU %.2f", best));
    }

    double matchedShare() {
        return truthBlocks == 0 ? 1 : (double) matched / truthBlocks;
    }

    double orderShare() {
        return pairs == 0 ? 1 : (double) pairsInOrder / pairs;
    }

    LayoutScore plus(LayoutScore other) {
        List<String> all = new ArrayList<>(misses);
        all.addAll(other.misses);
        return new LayoutScore(truthBlocks + other.truthBlocks, matched + other.matched, pairs + other.pairs,
                pairsInOrder + other.pairsInOrder, all);
    }

    @Override
    public String toString() {
        return String.format("matched %d/%d (%.1f %%), order %d/%d (%.1f %%)", matched, truthBlocks,
                100 * matchedShare(), pairsInOrder, pairs, 100 * orderShare());
    }
}
