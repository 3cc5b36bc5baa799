package org.newspaperingest.layout;

import org.junit.jupiter.api.Test;
import org.newspaperingest.samples.SampleGenerator;
import org.newspaperingest.samples.SampleSpec;

class TruthDumpDevTest {
    @Test
    void dump() {
        var sample = new SampleGenerator().generate(SampleSpec.STANDARD);
        for (var page : sample.truth().pages()) {
            System.out.println("PAGE " + page.sequence() + " rules " + page.rules().size());
            page.rules().forEach(r -> System.out.println("  rule " + r.box()));
            page.illustrations().forEach(r -> System.out.println("  photo " + r.box()));
            for (var b : page.blocks()) {
                String t = b.text();
                System.out.println("  " + b.type() + " " + b.direction() + " " + b.box() + " lines " + b.lines().size() + " "
                        + (b.lines().isEmpty() ? "" : b.lines().get(0).box()) + " " + t.substring(0, Math.min(24, t.length())));
            }
        }
    }
}
