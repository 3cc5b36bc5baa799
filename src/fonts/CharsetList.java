import com.hankcs.hanlp.HanLP;

import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;

/**
 * Prints the code points the shipped fonts must cover, one U+XXXX per line: GB2312, the traditional
 * counterpart of each GB2312 hanzi (as HanLP converts it, so the vertical traditional sample can be
 * set), ASCII, CJK and full-width punctuation, and every character of the seed text in both scripts.
 *
 * Run by subset-fonts.sh: java -cp hanlp-portable.jar CharsetList.java SEED.md
 */
public class CharsetList {
    public static void main(String[] args) throws Exception {
        TreeSet<Integer> cps = new TreeSet<>();
        CharsetDecoder gb = Charset.forName("GB2312").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder hanzi = new StringBuilder();
        for (int hi = 0xA1; hi <= 0xF7; hi++) {
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                try {
                    String s = gb.decode(ByteBuffer.wrap(new byte[] {(byte) hi, (byte) lo})).toString();
                    s.codePoints().forEach(cps::add);
                    if (hi >= 0xB0) {
                        hanzi.append(s);
                    }
                } catch (java.nio.charset.CharacterCodingException unmapped) {
                    // GB2312 has holes in its rows; nothing to cover there
                }
            }
        }
        // char by char, and once more as running text so word-level conversions (头发→頭髮) are covered
        for (int i = 0; i < hanzi.length(); i++) {
            HanLP.convertToTraditionalChinese(hanzi.substring(i, i + 1)).codePoints().forEach(cps::add);
        }
        HanLP.convertToTraditionalChinese(hanzi.toString()).codePoints().forEach(cps::add);
        for (int c = 0x20; c <= 0x7E; c++) cps.add(c);
        for (int c = 0x3000; c <= 0x303F; c++) cps.add(c);   // CJK symbols and punctuation
        for (int c = 0xFF01; c <= 0xFF5E; c++) cps.add(c);   // full-width ASCII
        for (int c = 0x2010; c <= 0x2027; c++) cps.add(c);   // dashes, quotes, ellipsis
        for (int c = 0xFE10; c <= 0xFE19; c++) cps.add(c);   // vertical punctuation forms
        for (int c = 0xFE30; c <= 0xFE4F; c++) cps.add(c);   // vertical brackets
        cps.add(0x00B7); cps.add(0x00D7); cps.add(0x00F7); cps.add(0x00A9); cps.add(0x00AE);
        for (String arg : args) {
            String seed = Files.readString(Path.of(arg));
            seed.codePoints().forEach(cps::add);
            HanLP.convertToTraditionalChinese(seed).codePoints().forEach(cps::add);
        }
        cps.removeIf(c -> c < 0x20);
        StringBuilder out = new StringBuilder();
        cps.forEach(c -> out.append(String.format("U+%04X%n", c)));
        System.out.print(out);
    }
}
