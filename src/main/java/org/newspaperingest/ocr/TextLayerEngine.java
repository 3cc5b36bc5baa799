package org.newspaperingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.util.Version;
import org.newspaperingest.model.Box;
import org.newspaperingest.model.Direction;
import org.newspaperingest.model.Glyph;
import org.newspaperingest.model.Line;
import org.newspaperingest.model.Processing;
import org.newspaperingest.preprocess.PreparedPage;
import org.opencv.core.Mat;

/**
 * Reads a region from a born-digital PDF page's own text layer instead of recognising it: the characters
 * of the region, in lines by their positions, in words by the segmenter OCR uses. Layout, articles and jump
 * lines then come out as for a scan. One engine per page: each character goes to the region its box
 * overlaps most (a punctuation mark's em box reaches past the ink layout saw), or to the nearest region
 * within one em of it; characters far from any text region (type inside a picture) are left out.
 */
public final class TextLayerEngine implements OcrEngine {

    private final Map<TextRegion, List<Glyph>> byRegion = new HashMap<>();
    private final WordSegmenter segmenter;

    /**
     * @param layer    the page's characters in the stored image's pixels
     * @param prepared the page as layout saw it: characters are placed in its frame
     * @param regions  the page's text regions, as layout found them in the prepared frame
     */
    public TextLayerEngine(List<Glyph> layer, PreparedPage prepared, List<TextRegion> regions, WordSegmenter segmenter) {
        this.segmenter = segmenter;
        for (Glyph original : layer) {
            Glyph glyph = new Glyph(original.text(), toPrepared(original.box(), prepared), original.confidence());
            TextRegion best = null;
            double bestOverlap = 0;
            double bestDistance = Double.MAX_VALUE;
            Box box = glyph.box();
            for (TextRegion region : regions) {
                double overlap = box.intersection(region.box()).area();
                if (overlap > bestOverlap) {
                    best = region;
                    bestOverlap = overlap;
                } else if (bestOverlap == 0 && overlap == 0) {
                    double distance = distance(box, region.box());
                    if (distance <= Math.max(1, box.height()) && distance < bestDistance) {
                        best = region;
                        bestDistance = distance;
                    }
                }
            }
            if (best != null) {
                byRegion.computeIfAbsent(best, r -> new ArrayList<>()).add(glyph);
            }
        }
    }

    private static double distance(Box a, Box b) {
        double dx = Math.max(0, Math.max(a.x() - b.right(), b.x() - a.right()));
        double dy = Math.max(0, Math.max(a.y() - b.bottom(), b.y() - a.bottom()));
        return Math.hypot(dx, dy);
    }

    @Override
    public List<Line> read(Mat page, TextRegion region, String language, double dpi) {
        return lines(region, byRegion.getOrDefault(region, List.of()));
    }

    private List<Line> lines(TextRegion region, List<Glyph> inside) {
        boolean vertical = region.direction() == Direction.VERTICAL;
        List<List<Glyph>> rows = rows(inside, vertical);
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> row : rows) {
            List<RecognisedChar> chars = new ArrayList<>();
            Glyph previous = null;
            for (Glyph glyph : row) {
                boolean gap = previous != null && !vertical
                        && glyph.box().x() - previous.box().right() > 0.25 * glyph.box().height();
                chars.add(new RecognisedChar(glyph.text(), glyph.box(), glyph.confidence(), gap));
                previous = glyph;
            }
            lines.add(new Line(Box.enclosing(row.stream().map(Glyph::box).toList()), segmenter.segment(chars)));
        }
        return lines;
    }

    /**
     * Characters in lines: sorted across the line's direction, a new line where a character's centre leaves
     * the running line's band; within a line in reading direction (columns right to left when vertical).
     */
    static List<List<Glyph>> rows(List<Glyph> glyphs, boolean vertical) {
        Comparator<Glyph> across = vertical ? Comparator.comparingDouble((Glyph g) -> -g.box().centerX())
                : Comparator.comparingDouble((Glyph g) -> g.box().centerY());
        Comparator<Glyph> along = vertical ? Comparator.comparingDouble((Glyph g) -> g.box().centerY())
                : Comparator.comparingDouble((Glyph g) -> g.box().centerX());
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(across);
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        double bandStart = 0;
        double bandEnd = 0;
        for (Glyph glyph : sorted) {
            Box box = glyph.box();
            double centre = vertical ? box.centerX() : box.centerY();
            if (!row.isEmpty() && (centre < bandStart || centre > bandEnd)) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                bandStart = vertical ? box.x() : box.y();
                bandEnd = vertical ? box.right() : box.bottom();
            }
            row.add(glyph);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.forEach(r -> r.sort(along));
        return rows;
    }

    /** The inverse of {@link PreparedPage#toOriginal}: a box of the stored image in the prepared frame. */
    static Box toPrepared(Box box, PreparedPage prepared) {
        int width = prepared.grey().cols();
        int height = prepared.grey().rows();
        if (prepared.skewAngle() == 0 && width == prepared.originalWidth() && height == prepared.originalHeight()) {
            return box;
        }
        double radians = Math.toRadians(prepared.skewAngle());
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        int[][] corners = {{box.x(), box.y()}, {box.right(), box.y()}, {box.x(), box.bottom()}, {box.right(), box.bottom()}};
        for (int[] corner : corners) {
            double ex = corner[0] - prepared.originalWidth() / 2.0;
            double ey = corner[1] - prepared.originalHeight() / 2.0;
            double x = width / 2.0 + ex * cos - ey * sin;
            double y = height / 2.0 + ex * sin + ey * cos;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        return Box.ofCorners((int) Math.round(minX), (int) Math.round(minY), (int) Math.round(maxX), (int) Math.round(maxY));
    }

    @Override
    public Processing describe() {
        return new Processing("Apache PDFBox", Version.getVersion(), Processing.PDF_TEXT_LAYER,
                Map.of("source", "characters and their boxes from the PDF's text layer; no OCR"));
    }

    @Override
    public void close() {
        // nothing held
    }
}
