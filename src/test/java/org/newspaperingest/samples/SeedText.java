package org.newspaperingest.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of 朝阳报 No. 3683 (2026-03-13) as OCR gave it ({@code chaoyang-2026-03-13.md} on the classpath),
 * turned into the stories the renderer sets.
 *
 * <p>The seed is OCR output and carries its flaws: paragraphs broken where a column ended ({@code 带 / 来},
 * {@code 5 / 栋}), and headlines read after their article. Those are mended here, story by story, with
 * the seed's own paragraphs as anchors, so that every character of the seed is set exactly once.
 */
final class SeedText {

    static final String RESOURCE = "/org/newspaperingest/samples/chaoyang-2026-03-13.md";
    private static final Pattern LEADING_BYLINE = Pattern.compile("^本报讯\\(([^()]*?)(首席记者|记者)([^()]*)\\)");
    private static final Pattern CLOSING_NAME = Pattern.compile("。\\(([^()]{2,4})\\)$");
    private static final String JUMP_OUT = "(下转二版)";

    private final List<String> masthead;
    private final Map<String, Story> stories;

    private SeedText(List<String> masthead, Map<String, Story> stories) {
        this.masthead = List.copyOf(masthead);
        this.stories = stories;
    }

    /** The masthead's lines in printed form, in the seed's order (title first). */
    List<String> masthead() {
        return masthead;
    }

    /** The stories by key: lead, civility, university, cppcc, office, industry. */
    Story story(String key) {
        Story story = stories.get(key);
        if (story == null) {
            throw new IllegalArgumentException("no story " + key + " in the seed");
        }
        return story;
    }

    List<Story> stories() {
        return List.copyOf(stories.values());
    }

    /** The raw seed text, as the file has it. */
    static String raw() {
        try (InputStream in = SeedText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed text missing from the classpath: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed text " + RESOURCE, e);
        }
    }

    static SeedText load() {
        return parse(raw());
    }

    static SeedText parse(String seed) {
        List<String> paras = new ArrayList<>();
        for (String chunk : seed.split("\\n\\s*\\n")) {
            String p = chunk.strip();
            if (!p.isEmpty()) {
                paras.add(p);
            }
        }
        Cursor c = new Cursor(paras);
        List<String> masthead = new ArrayList<>();
        while (!c.peek().startsWith("## ")) {
            masthead.add(c.next().replaceFirst("^# ", "").replace(" ", ""));
        }
        Map<String, Story> stories = new LinkedHashMap<>();

        // The lead: headline, subheadline, body ending in the jump line to page 2.
        String leadTitle = headline(c.next());
        String leadSub = c.next();
        List<String> leadBody = c.until("吴小杰在2026年朝阳区精神文明建设工作会议上强调");
        String last = leadBody.remove(leadBody.size() - 1);
        if (!last.endsWith(JUMP_OUT)) {
            throw new IllegalStateException("the lead of the seed no longer ends in " + JUMP_OUT);
        }
        leadBody.add(last.substring(0, last.length() - JUMP_OUT.length()));
        stories.put("lead", story("lead", "", List.of(leadTitle), leadSub, leadBody));

        // 精神文明: kicker, a two-part headline, the body.
        String civKicker = c.next();
        List<String> civHead = List.of(headline(c.next()).split(" +"));
        List<String> civBody = c.until("本报讯(首席记者张世玉)");
        stories.put("civility", story("civility", civKicker, civHead, "", civBody));

        // 首都经济贸易大学: the seed reads kicker and headline after the body.
        List<String> uniBody = c.until("吴小杰调研首都经济贸易大学时强调");
        String[] uniHead = c.next().split("\\s*\\n\\s*");
        stories.put("university", story("university", uniHead[0].strip(), List.of(uniHead[1].strip().split(" +")), "", uniBody));

        // 区政协: a plain headline.
        String cppTitle = headline(c.next());
        List<String> cppBody = c.until("吴小杰参加区委办公室");
        stories.put("cppcc", story("cppcc", "", List.of(cppTitle), "", cppBody));

        // 区委办公室: kicker and headline stand before the body, as printed.
        String[] officeHead = c.next().split("\\s*\\n\\s*");
        List<String> officeBody = c.until("## 朝阳集体产业项目建设");
        stories.put("office", story("office", officeHead[0].strip(), List.of(officeHead[1].strip()), "", officeBody));

        // 集体产业: its kicker was read last of all.
        String indTitle = headline(c.next());
        List<String> indBody = c.until("跑出加速度");
        String indKicker = c.next().replaceAll("\\s+", " ");
        if (c.hasNext()) {
            throw new IllegalStateException("unexpected text at the end of the seed: " + c.peek());
        }
        stories.put("industry", story("industry", indKicker, List.of(indTitle), "", indBody));
        return new SeedText(masthead.stream().map(PrintedForm::of).toList(), stories);
    }

    private static String headline(String para) {
        if (!para.startsWith("## ")) {
            throw new IllegalStateException("expected a headline in the seed, found: " + para);
        }
        return para.substring(3).strip();
    }

    /** Mends column breaks, splits the dateline off the first paragraph, and sets the printed form. */
    private static Story story(String key, String kicker, List<String> headline, String sub, List<String> body) {
        List<String> mended = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        for (String p : body) {
            open.append(p.replaceAll("\\s*\\n\\s*", ""));
            if (endsParagraph(open)) {
                mended.add(open.toString());
                open.setLength(0);
            }
        }
        if (open.length() > 0) {
            mended.add(open.toString());
        }
        Optional<Story.Byline> byline = Optional.empty();
        Matcher m = LEADING_BYLINE.matcher(mended.get(0));
        if (m.find()) {
            byline = Optional.of(new Story.Byline(PrintedForm.of(m.group()), m.group(3), m.group(1) + m.group(2)));
            mended.set(0, mended.get(0).substring(m.end()));
        }
        Optional<Story.Byline> closing = Optional.empty();
        Matcher end = CLOSING_NAME.matcher(mended.get(mended.size() - 1));
        if (end.find()) {
            closing = Optional.of(new Story.Byline(PrintedForm.of(end.group().substring(1)), end.group(1), "作者"));
        }
        return new Story(key, PrintedForm.of(kicker), headline.stream().map(PrintedForm::of).toList(),
                PrintedForm.of(sub), byline, mended.stream().map(PrintedForm::of).toList(), closing);
    }

    /**
     * A paragraph ends on a full stop, question or exclamation mark, closing quote, or a bracket after one
     * ({@code 。(陈芳芳)}); anything else was cut by a column break (or is the dateline, which joins the
     * text it opens).
     */
    private static boolean endsParagraph(CharSequence text) {
        String s = text.toString();
        if (s.matches("(?s).*[。！？!?”]$")) {
            return true;
        }
        return s.matches("(?s).*[。！？”]\\([^()]*\\)$");
    }

    private static final class Cursor {
        private final List<String> paras;
        private int i;

        Cursor(List<String> paras) {
            this.paras = paras;
        }

        boolean hasNext() {
            return i < paras.size();
        }

        String peek() {
            if (!hasNext()) {
                throw new IllegalStateException("the seed text ended early");
            }
            return paras.get(i);
        }

        String next() {
            String p = peek();
            i++;
            return p;
        }

        /** The paragraphs up to (not including) the first that starts with the anchor. */
        List<String> until(String anchor) {
            List<String> out = new ArrayList<>();
            while (!peek().startsWith(anchor)) {
                out.add(next());
            }
            return out;
        }
    }
}
