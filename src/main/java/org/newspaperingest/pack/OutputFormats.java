package org.newspaperingest.pack;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/** The outputs on the class path ({@link OutputFormatProvider}s), and the formats a run chooses from them. */
public final class OutputFormats {

    private OutputFormats() {
    }

    /** Every output by name, in the order the class path lists them. */
    public static Map<String, OutputFormatProvider> available() {
        Map<String, OutputFormatProvider> byName = new LinkedHashMap<>();
        for (OutputFormatProvider provider : ServiceLoader.load(OutputFormatProvider.class,
                OutputFormats.class.getClassLoader())) {
            byName.put(provider.name(), provider);
        }
        return byName;
    }

    /**
     * The formats named, with those they build on: ALTO always, first (the others link it), then the rest in
     * the order the class path lists them, which puts each after those it reads (the manifest links the PDF).
     *
     * @throws IllegalArgumentException naming an unknown output
     */
    public static List<OutputFormat> select(Collection<String> names, OutputSettings settings) {
        Map<String, OutputFormatProvider> available = available();
        List<String> order = new ArrayList<>(List.of(AltoFormat.NAME));
        for (String name : names) {
            addWithNeeds(name.strip().toLowerCase(Locale.ROOT), available, settings, order);
        }
        // written in the class path's order, so that a choice's order on the command line changes nothing
        List<OutputFormat> formats = new ArrayList<>(List.of(new AltoFormat()));
        for (String name : available.keySet()) {
            if (!name.equals(AltoFormat.NAME) && order.contains(name)) {
                formats.add(available.get(name).create(settings));
            }
        }
        return formats;
    }

    /** Every output, for checking packages whatever they carry. */
    public static List<OutputFormat> all() {
        return select(available().keySet(), OutputSettings.NONE);
    }

    private static void addWithNeeds(String name, Map<String, OutputFormatProvider> available,
                                     OutputSettings settings, List<String> order) {
        if (order.contains(name)) {
            return;
        }
        OutputFormatProvider provider = available.get(name);
        if (provider == null) {
            throw new IllegalArgumentException("Unknown output '" + name + "': choose from "
                    + String.join(", ", available.keySet()));
        }
        for (String need : provider.needs(settings)) {
            addWithNeeds(need, available, settings, order);
        }
        order.add(name);
    }
}
