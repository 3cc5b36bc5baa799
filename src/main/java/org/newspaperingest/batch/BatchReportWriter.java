package org.newspaperingest.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.newspaperingest.ingest.IssueOutcome.Status;
import org.newspaperingest.ingest.IssueOutcome;
import org.newspaperingest.profile.Software;

/** Writes the batch report as {@code report.json} (for machines) and {@code report.html} (for people). */
public final class BatchReportWriter {

    public static final String JSON_FILE = "report.json";
    public static final String HTML_FILE = "report.html";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BatchReportWriter() {
    }

    /** Writes both files into the report's output folder, each replacing any previous one whole. */
    public static void write(BatchReport report) throws IOException {
        replace(report.outDir().resolve(JSON_FILE), JSON.writeValueAsBytes(toJson(report)));
        replace(report.outDir().resolve(HTML_FILE), toHtml(report).getBytes(StandardCharsets.UTF_8));
    }

    static ObjectNode toJson(BatchReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("software", Software.nameAndVersion());
        root.put("scanRoot", report.scanRoot().toString());
        root.put("outDir", report.outDir().toString());
        root.put("started", report.started().toString());
        root.put("finished", report.finished().toString());
        root.put("threads", report.threads());
        ObjectNode totals = root.putObject("totals");
        totals.put("issues", report.issues().size());
        totals.put("written", report.count(Status.WRITTEN));
        totals.put("skippedComplete", report.count(Status.SKIPPED_COMPLETE));
        totals.put("failed", report.count(Status.FAILED));
        totals.put("pagesWritten", report.pagesWritten());
        totals.put("meanConfidence", round(report.meanConfidence()));
        totals.put("seconds", report.elapsed().toMillis() / 1000.0);
        totals.put("pagesPerMinute", round(report.pagesPerMinute()));
        report.fatal().ifPresent(f -> root.put("fatal", f));
        strings(root.putArray("warnings"), report.warnings());
        ArrayNode issues = root.putArray("issues");
        for (IssueOutcome outcome : report.issues()) {
            ObjectNode issue = issues.addObject();
            issue.put("id", outcome.issueId());
            report.source(outcome.issueId()).ifPresent(source -> issue.put("source", source));
            issue.put("status", outcome.status().name());
            issue.put("pages", outcome.pages());
            issue.put("meanConfidence", round(outcome.meanConfidence()));
            outcome.packageDir().ifPresent(p -> issue.put("package", p.toString()));
            strings(issue.putArray("warnings"), outcome.warnings());
            strings(issue.putArray("errors"), outcome.errors());
        }
        return root;
    }

    static String toHtml(BatchReport report) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Batch report: ").append(esc(report.scanRoot().toString())).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35em .6em;")
                .append("text-align:left;vertical-align:top}th{background:#f3f3f3}td.n{text-align:right}")
                .append(".WRITTEN{color:#126b12}.SKIPPED_COMPLETE{color:#555}.FAILED{color:#b00020;font-weight:bold}")
                .append("ul{margin:0;padding-left:1.2em}.fatal{background:#fde8ea;padding:.6em;border:1px solid #b00020}")
                .append("\n</style>\n</head>\n<body>\n<h1>Batch report</h1>\n<p>")
                .append(esc(report.summary())).append("</p>\n<table>\n")
                .append(row("Scan folder", report.scanRoot().toString()))
                .append(row("Output folder", report.outDir().toString()))
                .append(row("Started", report.started().toString()))
                .append(row("Finished", report.finished().toString()))
                .append(row("Threads", String.valueOf(report.threads())))
                .append(row("Mean confidence of written pages", String.format("%.3f", report.meanConfidence())))
                .append(row("Software", Software.nameAndVersion()))
                .append("</table>\n");
        report.fatal().ifPresent(f -> html.append("<p class=\"fatal\">Stopped: ").append(esc(f)).append("</p>\n"));
        if (!report.warnings().isEmpty()) {
            html.append("<h2>Scan warnings</h2>\n").append(list(report.warnings()));
        }
        html.append("<h2>Issues</h2>\n<table>\n<tr><th>Issue</th><th>Status</th><th>Pages</th>")
                .append("<th>Mean confidence</th><th>Errors</th><th>Warnings</th></tr>\n");
        for (IssueOutcome issue : report.issues()) {
            html.append("<tr><td>").append(esc(issue.issueId()))
                    .append(report.source(issue.issueId()).map(s -> "<br><small>" + esc(s) + "</small>").orElse(""))
                    .append("</td><td class=\"")
                    .append(issue.status().name()).append("\">").append(label(issue.status()))
                    .append("</td><td class=\"n\">").append(issue.pages()).append("</td><td class=\"n\">")
                    .append(issue.status() == Status.WRITTEN ? String.format("%.3f", issue.meanConfidence()) : "")
                    .append("</td><td>").append(list(issue.errors())).append("</td><td>")
                    .append(list(issue.warnings())).append("</td></tr>\n");
        }
        return html.append("</table>\n</body>\n</html>\n").toString();
    }

    private static String label(Status status) {
        return switch (status) {
            case WRITTEN -> "written";
            case SKIPPED_COMPLETE -> "already complete";
            case FAILED -> "failed";
        };
    }

    private static String row(String name, String value) {
        return "<tr><th>" + esc(name) + "</th><td>" + esc(value) + "</td></tr>\n";
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder ul = new StringBuilder("<ul>");
        items.forEach(i -> ul.append("<li>").append(esc(i)).append("</li>"));
        return ul.append("</ul>").toString();
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static void replace(Path file, byte[] content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(temp, content);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }
}
