package org.newspaperingest.validate;

/**
 * One thing wrong with a package.
 *
 * @param file   path relative to the package folder ({@code alto/0001.xml}), with {@code /} separators
 * @param line   1-based line, 0 when the problem concerns the whole file
 * @param column 1-based column, 0 when unknown
 */
public record Problem(String file, int line, int column, String reason) {

    /** {@code file:line:col: reason}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + reason;
    }
}
