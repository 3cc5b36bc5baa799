package org.newspaperingest.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newspaperingest.model.Box;
import org.opencv.core.Core;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Rect;
import org.opencv.core.RotatedRect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * PP-OCRv4's DB text detector: a probability map of "text here", thresholded into regions whose boxes are
 * grown back (unclipped) by {@code area * ratio / perimeter}, since the model is trained on shrunk boxes.
 * A ratio of 2.0 rather than PaddleOCR's 1.5 keeps the thin punctuation at line ends inside the box.
 */
final class TextDetector implements AutoCloseable {

    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};
    private static final double PIXEL_THRESHOLD = 0.3;
    private static final double BOX_THRESHOLD = 0.5;
    /** The longest side detection runs at on a region: a region is read at the scale asked for up to this. */
    static final int REGION_MAX_SIDE = 2400;

    private final double unclipRatio;
    private final int maxSide;

    TextDetector(double unclipRatio) {
        this(unclipRatio, REGION_MAX_SIDE);
    }

    TextDetector(double unclipRatio, int maxSide) {
        this.unclipRatio = unclipRatio;
        this.maxSide = maxSide;
    }

    /**
     * Text boxes in the frame of {@code grey}, in no particular order.
     *
     * @param scale how much to shrink the image before detection (1 = not at all); lines stay well apart at
     *              half of 300 dpi, and detection costs a quarter
     */
    List<Box> detect(Mat grey, double scale) {
        scale = Math.min(scale, maxSide / (double) Math.max(grey.cols(), grey.rows()));
        int width = Math.max(32, (int) Math.round(grey.cols() * scale / 32) * 32);
        int height = Math.max(32, (int) Math.round(grey.rows() * scale / 32) * 32);
        Mat resized = new Mat();
        Imgproc.resize(grey, resized, new Size(width, height), 0, 0,
                scale < 1 ? Imgproc.INTER_AREA : Imgproc.INTER_LINEAR);
        float[] input = normalise(resized);
        resized.release();
        Mat probability = new Mat(height, width, CvType.CV_32FC1);
        try (OnnxTensor tensor = OnnxTensor.createTensor(PaddleModels.environment(), FloatBuffer.wrap(input),
                new long[] {1, 3, height, width})) {
            float[] values = PaddleModels.withSession(PaddleModels.DETECTION, session -> {
                try (OrtSession.Result result = session.run(Map.of(session.getInputNames().iterator().next(), tensor))) {
                    float[] map = new float[width * height];
                    ((OnnxTensor) result.get(0)).getFloatBuffer().get(map);
                    return map;
                }
            });
            probability.put(0, 0, values);
        } catch (OrtException e) {
            throw new IllegalStateException("text detection failed: " + e.getMessage(), e);
        }
        List<Box> boxes = boxes(probability, grey.cols() / (double) width, grey.rows() / (double) height,
                grey.cols(), grey.rows());
        probability.release();
        return boxes;
    }

    private static float[] normalise(Mat grey) {
        int size = grey.cols() * grey.rows();
        byte[] pixels = new byte[size];
        grey.get(0, 0, pixels);
        float[] input = new float[3 * size];
        for (int i = 0; i < size; i++) {
            float value = (pixels[i] & 0xFF) / 255f;
            for (int c = 0; c < 3; c++) {
                input[c * size + i] = (value - MEAN[c]) / STD[c];
            }
        }
        return input;
    }

    private List<Box> boxes(Mat probability, double scaleX, double scaleY, int maxWidth, int maxHeight) {
        Mat mask = new Mat();
        Imgproc.threshold(probability, mask, PIXEL_THRESHOLD, 255, Imgproc.THRESH_BINARY);
        mask.convertTo(mask, CvType.CV_8UC1);
        List<MatOfPoint> contours = new ArrayList<>();
        Mat hierarchy = new Mat();
        Imgproc.findContours(mask, contours, hierarchy, Imgproc.RETR_LIST, Imgproc.CHAIN_APPROX_SIMPLE);
        hierarchy.release();
        List<Box> boxes = new ArrayList<>();
        for (MatOfPoint contour : contours) {
            Rect rect = Imgproc.boundingRect(contour);
            if (Math.min(rect.width, rect.height) < 3) {
                continue;
            }
            if (score(probability, contour, rect) < BOX_THRESHOLD) {
                continue;
            }
            RotatedRect rotated = Imgproc.minAreaRect(new MatOfPoint2f(contour.toArray()));
            double area = rotated.size.width * rotated.size.height;
            double perimeter = 2 * (rotated.size.width + rotated.size.height);
            double grow = perimeter == 0 ? 0 : area * unclipRatio / perimeter;
            Box grown = Box.ofCorners(
                    (int) Math.floor((rect.x - grow) * scaleX), (int) Math.floor((rect.y - grow) * scaleY),
                    (int) Math.ceil((rect.x + rect.width + grow) * scaleX),
                    (int) Math.ceil((rect.y + rect.height + grow) * scaleY)).clampTo(maxWidth, maxHeight);
            if (grown.width() > 0 && grown.height() > 0) {
                boxes.add(grown);
            }
        }
        mask.release();
        return boxes;
    }

    /** Mean probability inside the contour: DB's box score, which drops faint or spurious regions. */
    private static double score(Mat probability, MatOfPoint contour, Rect rect) {
        Mat inside = Mat.zeros(rect.height, rect.width, CvType.CV_8UC1);
        MatOfPoint shifted = new MatOfPoint();
        Core.subtract(contour, new Scalar(rect.x, rect.y), shifted);
        Imgproc.fillPoly(inside, List.of(shifted), new Scalar(1));
        Mat roi = probability.submat(rect);
        double mean = Core.mean(roi, inside).val[0];
        inside.release();
        shifted.release();
        return mean;
    }

    @Override
    public void close() {
        // sessions belong to PaddleModels and outlive this engine
    }
}
