package org.newspaperingest.layout;

import java.util.regex.Pattern;
import org.newspaperingest.model.BlockType;

/**
 * Settles the classes that only the text can tell, once a block has been read: a jump line such as
 * {@code （下转二版）} or {@code （上接一版）}, a byline such as {@code 本报讯（记者高鹏飞）}. Layout analysis
 * guesses these from shape and weight (a short first or last line, a bold line); the orchestrator calls
 * {@link #refine} with the recognised text to confirm or correct the guess.
 */
public final class TextClassifier {
    /** 下转二版, （上接一版）, (下轉3版): the whole line, brackets of either width optional. */
    private static final Pattern JUMP = Pattern.compile("[(（]?[上下][转轉接][^)）]{0,6}版[)）]?");
    /** 本报讯（记者…）, 本報訊（記者…）, or a bracketed credit naming a reporter or correspondent. */
    private static final Pattern BYLINE = Pattern.compile(
            "(本[报報][讯訊].{0,20}|[(（][^)）]{0,12}(记者|記者|通讯员|通訊員)[^)）]{0,12}[)）])");
    /** A byline or jump line is a line, not a paragraph. */
    private static final int MAX_LENGTH = 30;

    private TextClassifier() {
    }

    /**
     * The class of a block given what layout analysis made of it and its text. Only body text, bylines
     * and jump lines change class; a heading or caption keeps its class whatever it says.
     */
    public static BlockType refine(BlockType layoutType, String text) {
        if (layoutType != BlockType.BODY && layoutType != BlockType.BYLINE && layoutType != BlockType.JUMP) {
            return layoutType;
        }
        String compact = text == null ? "" : text.replaceAll("\\s+", "");
        if (compact.length() <= MAX_LENGTH) {
            if (JUMP.matcher(compact).matches()) {
                return BlockType.JUMP;
            }
            if (BYLINE.matcher(compact).matches()) {
                return BlockType.BYLINE;
            }
        }
        // A guess from shape that the text does not bear out: a short line of running text.
        return compact.isEmpty() ? layoutType : BlockType.BODY;
    }
}
