package org.newspaperingest.layout;

import org.newspaperingest.model.Page;
import org.newspaperingest.preprocess.OpenCvPreprocessor;
import org.newspaperingest.preprocess.PreparedPage;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleSpec;
import org.opencv.core.Mat;

/** The pages of random issues ({@code RANDOM}, 300 dpi, light noise) prepared as layout sees them, with their truth. */
final class RandomPages {

    /** What a test checks on one page. */
    interface Check {
        void page(long seed, SampleGenerator.SampleIssue sample, int sequence, Page truth, PreparedPage prepared);
    }

    private RandomPages() {
    }

    static void each(long[] seeds, Check check) {
        for (long seed : seeds) {
            SampleGenerator.SampleIssue sample = new SampleGenerator()
                    .generate(SampleSpec.STANDARD.withVariant(SampleSpec.Variant.RANDOM).withSeed(seed));
            for (SampleGenerator.RenderedPage rendered : sample.pages()) {
                Mat grey = SampleLayoutTest.toMat(rendered.image());
                try (PreparedPage prepared = new OpenCvPreprocessor().prepare(grey, 300)) {
                    check.page(seed, sample, rendered.sequence(), sample.truth().page(rendered.sequence()), prepared);
                } finally {
                    grey.release();
                }
            }
        }
    }
}
