package org.newspaperingest;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Orders test classes for the parallel run ({@code junit-platform.properties}): those tagged
 * {@value #SLOW} first, then the rest, each by name. Started first, the long classes overlap each other and
 * the many short ones fill the gaps, instead of one long class running alone at the end.
 */
public final class SlowFirst implements ClassOrderer {
    /** The tag of test classes that render pages or run OCR: left out by the fast lane ({@code -P fast}). */
    public static final String SLOW = "slow";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor c) -> !isSlow(c))
                .thenComparing(c -> c.getTestClass().getName()));
    }

    private static boolean isSlow(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(org.junit.jupiter.api.Tag.class).stream()
                .anyMatch(tag -> SLOW.equals(tag.value()));
    }
}
