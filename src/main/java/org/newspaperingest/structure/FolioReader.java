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
    private static final Pattern PAGE_NUMBER = Pattern.compile("^第?([0-9０-９〇零一二两三四五六七八九十廿]{1,4})版$");

    private FolioReader() {
    }

    /** The page number as Arabic digits, if a folio block of the page prints one. */
    public static Optional<String> pageNumber(Page page) {
        for (TextBlock block : page.blocks()) {
            if (block.type() != BlockType.FOLIO) {
                continue;
            }
            Matcher m = PAGE_NUMBER.matcher(block.text().replaceAll("[\\s\\u3000]", ""));
            if (m.matches()) {
                try {
                    return Optional.of(Integer.toString(ChineseNumber.parse(m.group(1))));
                } catch (NumberFormatException notANumber) {
                    // a folio word that looks like a number but is not one: no label from it
                }
            }
        }
        return Optional.empty();
    }
}
