#!/usr/bin/env python3
"""Writes epaper.html (one A3 page, masthead and three articles set in five columns) and epaper.txt (its text,
the ground truth the born-digital ingest is scored against) from the sample issue's seed text.
make-epaper.sh prints the page to epaper.pdf with headless Chromium, as an e-paper system would."""
import html, pathlib, re

here = pathlib.Path(__file__).parent
seed = (here / "../../samples/chaoyang-2026-03-13.md").read_text(encoding="utf-8").splitlines()

def paragraphs(start, count):
    i = seed.index(start)
    out = []
    for line in seed[i:]:
        if line.strip():
            out.append(line.strip())
        if len(out) == count:
            return out
    return out

articles = [
    {"kicker": "", "headline": "政绩观连着发展观", "subhead": "树立和践行正确政绩观",
     "body": paragraphs("共赴春天的盛会,奔赴未来的征途,方向更笃定、信心更坚定。", 9)},
    {"kicker": "吴小杰在2026年朝阳区精神文明建设工作会议上强调", "headline": "以首善标准推动精神文明建设",
     "subhead": "", "body": paragraphs(next(l for l in seed if l.startswith("本报讯(记者高鹏飞)3月11日下午")), 4)},
    {"kicker": "", "headline": "区政协召开十四届二十五次常委会议", "subhead": "",
     "body": paragraphs(next(l for l in seed if l.startswith("本报讯(记者王建伟)")), 3)},
    {"kicker": "", "headline": "朝阳集体产业项目建设“加速跑”", "subhead": "",
     "body": paragraphs("春回大地,万物竞发。当前,朝阳农村地区多个集体产业项目已全面复工复产,正铆足干劲、开足马力全力推进。", 4)},
]
articles[0]["body"][-1] += "(下转二版)"
masthead, dateline = "朝阳报", "第3683期 2026年3月13日 星期五 本期4版"

page = ["<!DOCTYPE html>", '<html lang="zh-Hans"><head><meta charset="utf-8"><title>朝阳报 2026-03-13</title><style>',
        "@page { size: A3; margin: 14mm; }",
        "body { margin: 0; font-family: 'Noto Serif CJK SC'; font-size: 11pt; line-height: 1.55; }",
        ".masthead { font-family: 'Noto Sans CJK SC'; font-weight: bold; font-size: 64pt; line-height: 1.2; text-align: center; }",
        ".dateline { font-size: 12pt; text-align: center; border-top: 3px solid #000; border-bottom: 1px solid #000;"
        " padding: 2mm 0; margin-bottom: 6mm; }",
        ".article { border-bottom: 2px solid #000; padding-bottom: 5mm; margin-bottom: 6mm; }",
        ".kicker { font-size: 14pt; text-align: center; margin: 0; }",
        "h1 { font-family: 'Noto Sans CJK SC'; font-size: 30pt; line-height: 1.3; text-align: center; margin: 1mm 0 2mm 0; }",
        ".subhead { font-size: 16pt; text-align: center; margin: 0 0 4mm 0; }",
        ".columns { column-count: 5; column-gap: 7mm; }",
        "p { margin: 0; text-indent: 2em; text-align: justify; }",
        "</style></head><body>",
        f'<div class="masthead">{masthead}</div>', f'<div class="dateline">{dateline}</div>']
text = [masthead, dateline]
for a in articles:
    page.append('<div class="article">')
    for cls, tag in (("kicker", "p"), ("headline", "h1"), ("subhead", "p")):
        if a[cls]:
            page.append(f'<{tag} class="{cls}">{html.escape(a[cls])}</{tag}>' if tag == "p" else f"<h1>{html.escape(a[cls])}</h1>")
            text.append(a[cls])
    page.append('<div class="columns">' + "".join(f"<p>{html.escape(p)}</p>" for p in a["body"]) + "</div></div>")
    text.extend(a["body"])
page.append("</body></html>")
(here / "epaper.html").write_text("\n".join(page) + "\n", encoding="utf-8")
(here / "epaper.txt").write_text("\n".join(text) + "\n", encoding="utf-8")
