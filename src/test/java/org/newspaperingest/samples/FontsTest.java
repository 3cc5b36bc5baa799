package org.newspaperingest.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FontsTest {

    private static String seed() throws IOException {
        try (InputStream in = FontsTest.class.getResourceAsStream("/org/newspaperingest/samples/chaoyang-2026-03-13.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyFaceCoversTheSeedInBothScripts() throws IOException {
        String seed = seed().replaceAll("\\s", "");
        String traditional = HanLP.convertToTraditionalChinese(seed);
        for (Fonts.Face face : Fonts.Face.values()) {
            Font font = Fonts.face(face, 40f);
            assertEquals(-1, font.canDisplayUpTo(seed), face + " lacks a seed character");
            assertEquals(-1, font.canDisplayUpTo(traditional), face + " lacks a traditional character");
            assertEquals(-1, font.canDisplayUpTo("（）：，。、；“”《》—…【】「」"), face + " lacks punctuation");
        }
    }

    @Test
    void sizesAreInPixelsAndFacesDiffer() {
        assertEquals(40f, Fonts.serif(false, 40f).getSize2D());
        assertTrue(Fonts.serif(true, 40f).getFontName().contains("Bold"));
        assertTrue(Fonts.sans(false, 30f).getFamily().contains("Sans"));
    }
}
