package org.newspaperingest.pack;

import java.util.List;

/**
 * Makes one kind of package output, found by {@link java.util.ServiceLoader}: an output is added by a class
 * implementing this interface, named in {@code META-INF/services/org.newspaperingest.pack.OutputFormatProvider}
 * on the class path. Implementations need a public no-argument constructor.
 */
public interface OutputFormatProvider {

    /** The name users choose the output by ({@code --outputs NAME}), lower case. */
    String name();

    /** The outputs this one builds on: chosen with it and written before it. */
    default List<String> needs(OutputSettings settings) {
        return List.of();
    }

    OutputFormat create(OutputSettings settings);
}
