package org.newspaperingest.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * PP-OCRv4's line recogniser: the line image scaled to height 48, a CTC output of one character
 * distribution per 8 columns, read greedily (best class per step, repeats and blanks dropped). Each
 * character keeps the span of time steps it was read in, which gives its position along the line.
 */
final class TextRecognizer implements AutoCloseable {

    static final int HEIGHT = 48;
    private static final int MIN_WIDTH = 320;

    /** A character read at {@code start..end} (pixels of the input line image along its length). */
    record Hit(String text, double start, double end, double confidence, boolean spaceBefore) {
    }

    private final List<String> characters;

    TextRecognizer() {
        this.characters = PaddleModels.characters();
    }

    /** Reads a horizontal line image (greyscale), characters left to right. */
    List<Hit> recognise(Mat line) {
        int width = Math.max(1, (int) Math.ceil(HEIGHT * line.cols() / (double) line.rows()));
        int paddedWidth = Math.max(width, MIN_WIDTH);
        Mat resized = new Mat();
        Imgproc.resize(line, resized, new Size(width, HEIGHT), 0, 0, Imgproc.INTER_LINEAR);
        byte[] pixels = new byte[width * HEIGHT];
        resized.get(0, 0, pixels);
        resized.release();
        // normalised to -1..1; the padding on the right stays 0, as in PaddleOCR
        float[] input = new float[3 * HEIGHT * paddedWidth];
        int plane = HEIGHT * paddedWidth;
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < width; x++) {
                float value = ((pixels[y * width + x] & 0xFF) / 255f - 0.5f) / 0.5f;
                int index = y * paddedWidth + x;
                input[index] = value;
                input[plane + index] = value;
                input[2 * plane + index] = value;
            }
        }
        float[] scores;
        long[] shape;
        try (OnnxTensor tensor = OnnxTensor.createTensor(PaddleModels.environment(), FloatBuffer.wrap(input),
                new long[] {1, 3, HEIGHT, paddedWidth})) {
            shape = new long[3];
            scores = PaddleModels.withSession(PaddleModels.RECOGNITION, session -> {
                try (OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
                    OnnxTensor output = (OnnxTensor) result.get(0);
                    System.arraycopy(output.getInfo().getShape(), 0, shape, 0, 3);
                    float[] values = new float[(int) (shape[1] * shape[2])];
                    output.getFloatBuffer().get(values);
                    return values;
                }
            });
        } catch (OrtException e) {
            throw new IllegalStateException("text recognition failed: " + e.getMessage(), e);
        }
        int steps = (int) shape[1];
        int classes = (int) shape[2];
        double pixelsPerStep = paddedWidth / (double) steps * line.cols() / (double) width;
        return decode(scores, steps, classes, pixelsPerStep);
    }

    private List<Hit> decode(float[] scores, int steps, int classes, double pixelsPerStep) {
        List<Hit> hits = new ArrayList<>();
        int previous = 0;
        int runStart = -1;
        int runClass = 0;
        double runBest = 0;
        boolean spaceBefore = false;
        for (int t = 0; t <= steps; t++) {
            int best = 0;
            float bestScore = -1;
            if (t < steps) {
                for (int c = 0; c < classes; c++) {
                    float score = scores[t * classes + c];
                    if (score > bestScore) {
                        bestScore = score;
                        best = c;
                    }
                }
            }
            if (runStart >= 0 && (best != runClass || t == steps)) {
                String text = runClass < characters.size() ? characters.get(runClass) : "";
                if (text.isBlank()) {
                    spaceBefore = !hits.isEmpty();
                } else {
                    hits.add(new Hit(text, runStart * pixelsPerStep, t * pixelsPerStep, runBest, spaceBefore));
                    spaceBefore = false;
                }
                runStart = -1;
            }
            if (t < steps && best != 0 && best != previous) {
                runStart = t;
                runClass = best;
                runBest = bestScore;
            } else if (t < steps && best != 0 && runStart >= 0) {
                runBest = Math.max(runBest, bestScore);
            }
            previous = best;
        }
        return hits;
    }

    @Override
    public void close() {
        // sessions belong to PaddleModels and outlive this engine
    }
}
