package org.newspaperingest.structure;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newspaperingest.model.BlockType;
import org.newspaperingest.model.Page;
import org.newspaperingest.model.TextBlock;

/**
 * Reads the printed page number from a page's folio line: {@code 二版}, {@code 第2版}, {@code 第十二版}. It is
 * the page label when {@code issue.json} gives none, and the number jump lines such as {@code (下转二版)} refer to.
 */
public final class FolioReader {
    /** The characters a printed page number is written in: Arabic, full-width and Chinese numerals. */
    private static final String NUMERALS = "0-9０-９〇零一二两三四五六七八九十廿";
    private static final Pattern PAGE_NUMBER = Pattern.compile("^第?([" + NUMERALS + "]{1,4})版$");
    /** A section folio: {@code A03}, {@code B12版}; the label keeps the section, jump lines name the number. */
    private static final Pattern SECTION_FOLIO = Pattern.compile("^([A-Z])([0-9]{1,2})版?$");

    private FolioReader() {
    }

    /** The page number as Arabic digits (with its section letter, {@code A03}), if a folio block of the page prints one. */
    public static Optional<String> pageNumber(Page page) {
        for (TextBlock block : page.blocks()) {
            if (block.type() != BlockType.FOLIO) {
                continue;
            }
            String text = block.text().replaceAll("[\\s\\u3000]", "");
            Matcher section = SECTION_FOLIO.matcher(text);
            if (section.matches()) {
                return Optional.of(section.group(1) + String.format("%02d", Integer.parseInt(section.group(2))));
            }
            Matcher m = PAGE_NUMBER.matcher(text);
            Optional<Integer> number = m.matches() ? number(m.group(1)) : Optional.empty();
            if (number.isPresent()) {
                return Optional.of(Integer.toString(number.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The number a page label names, whatever else it holds: {@code 2}, {@code 二}, {@code 第二版}, {@code A2}
     * all name page 2. Empty when it holds no numeral, or numerals that make no number.
     */
    static Optional<Integer> number(String label) {
        String numerals = label.replaceAll("[^" + NUMERALS + "]", "");
        if (numerals.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ChineseNumber.parse(numerals));
        } catch (NumberFormatException notANumber) {
            // a folio word that looks like a number but is not one: no number from it
            return Optional.empty();
        }
    }
}
