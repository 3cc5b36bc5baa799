package org.newspaperingest.source;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newspaperingest.model.IssueMetadata;

/**
 * The optional {@code issue.json} beside an issue's pages: what the library already knows of the issue.
 * Every field is optional; what is given wins over what is read from the masthead.
 *
 * <pre>{@code
 * {"title": "朝阳报", "date": "2026-03-13", "number": "3683", "edition": "城市版",
 *  "language": "zh-Hans", "pageLabels": ["1", "2", "3", "4"], "notes": ["农历正月廿五"]}
 * }</pre>
 */
public record IssueSidecar(Optional<String> title, Optional<LocalDate> date, Optional<String> number,
                           Optional<String> edition, Optional<String> language, List<String> pageLabels,
                           List<String> notes) {

    private static final Set<String> FIELDS =
            Set.of("title", "date", "number", "edition", "language", "pageLabels", "notes");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /**
     * The longest text each field may hold. Catalogue data is short; a field of megabytes is a mistake that
     * would make METS files other readers refuse (libxml2 stops at 10 MB of text), so it is refused here,
     * naming the field.
     */
    static final java.util.Map<String, Integer> MAX_LENGTH = java.util.Map.of("title", 1000, "date", 10, "number", 100,
            "edition", 200, "language", 35, "pageLabels", 100, "notes", 2000);
    /** The most items a list field may hold. */
    static final int MAX_ITEMS = 10_000;
    /** A sidecar larger than this is refused unread. */
    static final long MAX_FILE_BYTES = 1 << 20;

    public IssueSidecar {
        pageLabels = List.copyOf(pageLabels);
        notes = List.copyOf(notes);
    }

    /**
     * Reads and checks a sidecar, reporting every problem at once so the archivist fixes the file in one go.
     *
     * @throws InvalidSidecarException naming the file, and for each problem the field and the reason
     */
    public static IssueSidecar read(Path file) throws InvalidSidecarException {
        JsonNode root;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InvalidSidecarException(file, List.of(size + " bytes, more than the " + (MAX_FILE_BYTES >> 10)
                        + " KiB an issue's catalogue data needs; not read"));
            }
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidSidecarException(file, List.of("not valid JSON" + where + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidSidecarException(file, List.of("cannot be read (" + e.getMessage() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidSidecarException(file, List.of("must hold a JSON object ({...}) with the issue's fields"));
        }
        Fields fields = new Fields(root);
        IssueSidecar sidecar = new IssueSidecar(fields.text("title"), fields.date("date"), fields.textOrInteger("number"),
                fields.textOrInteger("edition"), fields.language("language"), fields.list("pageLabels"),
                fields.list("notes"));
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                fields.problem(name, "unknown field (known fields: title, date, number, edition, language, pageLabels, notes)");
            }
        }
        if (!fields.problems.isEmpty()) {
            throw new InvalidSidecarException(file, fields.problems);
        }
        return sidecar;
    }

    /** The metadata with what this sidecar gives put over it; absent fields keep the given values. */
    public IssueMetadata over(IssueMetadata base) {
        return new IssueMetadata(title.orElse(base.title()), date.or(base::date), number.or(base::number),
                edition.or(base::edition), language.orElse(base.language()),
                pageLabels.isEmpty() ? base.pageLabels() : pageLabels,
                notes.isEmpty() ? base.notes() : notes);
    }

    /** Field readers that collect problems instead of stopping at the first. */
    private static final class Fields {
        private final JsonNode root;
        private final List<String> problems = new ArrayList<>();

        Fields(JsonNode root) {
            this.root = root;
        }

        void problem(String field, String reason) {
            problems.add("field \"" + field + "\": " + reason);
        }

        Optional<String> text(String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            if (!node.isTextual()) {
                problem(field, "must be a text in quotes, found " + describe(node));
                return Optional.empty();
            }
            if (node.asText().isBlank()) {
                problem(field, "is empty; leave the field out instead");
                return Optional.empty();
            }
            if (tooLong(field, node.asText(), "")) {
                return Optional.empty();
            }
            return Optional.of(node.asText().strip());
        }

        Optional<String> textOrInteger(String field) {
            JsonNode node = root.get(field);
            if (node != null && node.isIntegralNumber()) {
                return Optional.of(node.asText());
            }
            if (node != null && node.isNumber()) {
                problem(field, "must be a whole number or a text, found " + node.asText());
                return Optional.empty();
            }
            return text(field);
        }

        Optional<LocalDate> date(String field) {
            return text(field).flatMap(value -> {
                try {
                    return Optional.of(LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    problem(field, "\"" + value + "\" is not a calendar date in ISO 8601 form (yyyy-mm-dd, e.g. 2026-03-13)");
                    return Optional.empty();
                }
            });
        }

        Optional<String> language(String field) {
            return text(field).flatMap(value -> {
                try {
                    Locale locale = new Locale.Builder().setLanguageTag(value).build();
                    if (locale.getLanguage().isEmpty()) {
                        throw new IllformedLocaleException("no language subtag");
                    }
                    return Optional.of(locale.toLanguageTag());
                } catch (IllformedLocaleException e) {
                    problem(field, "\"" + value + "\" is not a BCP 47 language tag (e.g. zh-Hans, zh-Hant, en)");
                    return Optional.empty();
                }
            });
        }

        List<String> list(String field) {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                problem(field, "must be a list in square brackets, found " + describe(node));
                return List.of();
            }
            if (node.size() > MAX_ITEMS) {
                problem(field, node.size() + " items, more than the " + MAX_ITEMS + " it may hold");
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (item.isTextual() && !item.asText().isBlank()) {
                    if (!tooLong(field, item.asText(), "item " + (i + 1) + ": ")) {
                        values.add(item.asText().strip());
                    }
                } else if (item.isIntegralNumber()) {
                    values.add(item.asText());
                } else {
                    problem(field, "item " + (i + 1) + " must be a non-empty text or a whole number, found " + describe(item));
                }
            }
            return values;
        }

        /** Reports a text longer than its field may hold. */
        private boolean tooLong(String field, String value, String item) {
            int max = MAX_LENGTH.getOrDefault(field, 1000);
            if (value.length() <= max) {
                return false;
            }
            problem(field, item + value.length() + " characters, more than the " + max + " it may hold");
            return true;
        }

        private static String describe(JsonNode node) {
            return switch (node.getNodeType()) {
                case ARRAY -> "a list";
                case OBJECT -> "an object";
                case BOOLEAN -> "true/false";
                case NUMBER -> "the number " + node.asText();
                case STRING -> node.asText().isBlank() ? "an empty text" : "the text \"" + node.asText() + "\"";
                default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
            };
        }
    }
}
