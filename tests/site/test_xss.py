"""Script injection: an XSS corpus through the full `digest build`, then every page parsed.

Payloads go everywhere a stranger's page or a busy editor controls: titles, bodies,
quotes, speaker names (through the alias table), outlets, a page's own JSON-LD and
Open Graph tags, notes' Markdown and front matter, topic files. The test then parses each
page of the built site and asserts that nothing executable came from the content.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import CONTENT, ROOT

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "<svg/onload=alert(3)>",
    '<a href="javascript:alert(4)">click</a>',
    '<iframe src="data:text/html,<script>alert(5)</script>"></iframe>',
    "&lt;script&gt;alert(6)&lt;/script&gt;",
    "</script><script>alert(7)</script>",
    "<body onload=alert(8)>",
    "\u202egnp.exe",
    "<<script>alert(9)//<</script>",
    '<svg><script xlink:href="data:,alert(10)"></script><animate onbegin=alert(11) attributeName=x></svg>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(12)>",
    '"><script>alert(13)</script>',
    "javascript:alert(14)",
    "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxNSk8L3NjcmlwdD4=\"></object><embed src=x.swf>",
    "<scr<script>ipt>alert(16)</scr</script>ipt>",
    "<!--<script>alert(17)</script>-->",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(18)"><base href="javascript:alert(19)//">',
    "\u2066\u202dreversed\u202c\u2069",
]
HOSTILE = " ".join(PAYLOADS)
ALLOWED_SCRIPTS = ("theme/js/search.js", "pagefind/pagefind-ui.js")
EXECUTABLE_TAGS = {"iframe", "object", "embed", "svg", "math", "base", "frame", "frameset", "applet", "style"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "data", "srcset", "cite"}
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")


def write_hostile_sources(content: Path) -> None:
    (content / "sources" / "xss.txt").write_text("\n\n".join([
        f"Hostile headline {PAYLOADS[0]} {PAYLOADS[12]} for the digest test",
        f"MOSCOW, October 25 /TASS{PAYLOADS[1]}/. The minister said on Saturday that the plan {HOSTILE} was real.",
        f"“We will never accept {PAYLOADS[2]} and {PAYLOADS[3]} in any form at all,” said Sergey Lavrov.",
        f"“{PAYLOADS[6]} is what the other side wants us to believe, and it is false,” Lavrov said. {PAYLOADS[10]}",
        f"“Intelligence sharing {PAYLOADS[11]} with partners is essential for our security,” Maria Zakharova said.",
        f"Source: {PAYLOADS[13]} https://example.org/a\"onmouseover=\"alert(20)",
        "Russia has reached no agreement with the United States over sharing intelligence, the minister said.",
    ]), encoding="utf-8")
    ld = json.dumps({"@type": "NewsArticle", "headline": PAYLOADS[6], "url": "javascript:alert(21)",
                     "author": {"name": PAYLOADS[1]}, "publisher": {"name": PAYLOADS[0]}, "datePublished": PAYLOADS[12]})
    (content / "sources" / "xss-page.html").write_text(
        f"<html><head><title>{PAYLOADS[0]} Saved page title</title>"
        f"<meta property='og:site_name' content='{PAYLOADS[1]}'><meta property='og:url' content='javascript:alert(22)'>"
        f"<meta name='author' content='{PAYLOADS[12]}'><link rel='canonical' href='data:text/html,alert(23)'>"
        f"<script type='application/ld+json'>{ld}</script>{PAYLOADS[17]}</head>"
        f"<body onload='alert(24)'><h1>Saved page {PAYLOADS[2]}</h1><article>"
        f"<p>The ministry said in a statement on Monday that {PAYLOADS[5]} cooperation on intelligence would "
        f"continue, {PAYLOADS[8]} officials added at the weekly press conference.</p>"
        f"<p>“Intelligence sharing with partners is essential for {PAYLOADS[3]} our security,” the spokeswoman "
        f"{PAYLOADS[9]} said at the briefing in the capital on Monday afternoon.</p>"
        f"<p>Entity-encoded markup &lt;img src=x onerror=alert(25)&gt; and &#60;script&#62;alert(26)&#60;/script&#62; "
        f"and &amp;lt;b&amp;gt; and <a href='java&#x09;script:alert(27)'>a link</a> appeared in the report.</p>"
        f"<p>{PAYLOADS[14]} {PAYLOADS[15]} {PAYLOADS[16]} <img src='data:image/svg+xml,<svg onload=alert(28)>'> "
        f"<form action='javascript:alert(29)'><button formaction='javascript:alert(30)'>go</button></form> the end "
        f"of the statement was read out by the deputy minister to the assembled reporters.</p>"
        f"</article></body></html>", encoding="utf-8")


def _hostile_names(content: Path) -> None:
    """File names are content too: they become slugs, permalinks and the source's name on its page."""
    seed = sorted((content / "sources").glob("0*.txt"))[0]
    shutil.copy(seed, content / "sources" / "<img src=x onerror=alert(40)>'\".txt")
    (content / "notes" / "<svg onload=alert(41)>.md").write_text(
        "---\ntitle: Named badly\nverdict: false\nsummary: s\neditor: e\ndate: 2026-11-22\nclaim: c\n---\nx\n",
        encoding="utf-8")


def _editor_files(content: Path) -> None:
    (content / "aliases.yaml").write_text(
        f"{json.dumps(PAYLOADS[1] + ' Lavrov')}: [Sergey Lavrov, Lavrov]\n"
        f"{json.dumps(PAYLOADS[12])}: [Maria Zakharova]\n", encoding="utf-8")
    (content / "notes" / "xss.md").write_text(
        "---\n"
        f"title: {json.dumps('Note ' + PAYLOADS[0])}\nverdict: false\nsummary: {json.dumps(PAYLOADS[1])}\n"
        f"editor: {json.dumps(PAYLOADS[2])}\ndate: 2026-11-20\nclaim: {json.dumps(PAYLOADS[6])}\n"
        f"claimant: {json.dumps(PAYLOADS[7])}\nappearance: {json.dumps(PAYLOADS[13])}\n"
        f"sources: [{json.dumps(PAYLOADS[13])}, 'data:text/html,x', 'https://example.org/\"onclick=\"alert(31)',"
        f" 'HTTPS://example.org/upper', ' javascript:alert(32)']\n---\n"
        "[link](javascript:alert(33)) [data](data:text/html,x) ![img](data:image/svg+xml,x)\n\n"
        "<a href='data:text/html,x' onclick='alert(34)'>x</a> <javascript:alert(35)> "
        "[ref][r] [obf](jav&#x09;ascript:alert(36)) <details open ontoggle=alert(37)>d</details>\n\n"
        "[r]: javascript:alert(38)\n\n```html\n<script>alert(39)</script>\n```\n\n"
        f"[fine](https://example.org/ok)\n\nBody {HOSTILE}\n", encoding="utf-8")  # an unclosed <style> ends it
    (content / "notes" / "xss-quote.md").write_text(
        "---\ntitle: A note on a hostile quote\nverdict: misleading\nsummary: It is.\neditor: Desk\n"
        "date: 2026-11-21\narticle: xss.txt\nquote: \"We will never accept\"\n---\nSee the quote.\n", encoding="utf-8")
    (content / "topics" / "xss.yaml").write_text(
        f"slug: xss\ntitle: {json.dumps(PAYLOADS[0])}\ndescription: {json.dumps(HOSTILE)}\nterms:\n"
        f"  minister: 5\n  {json.dumps(PAYLOADS[3])}: 1\n  {json.dumps(PAYLOADS[0])}: 1\n", encoding="utf-8")


def _dangerous_url(value: object) -> bool:
    url = re.sub(r"[\s\x00-\x1f]", "", str(value)).lower()
    return url.startswith(("javascript:", "vbscript:", "livescript:")) or (url.startswith("data:") and url != "data:,")


def _script_problems(page: Path, tag) -> list[str]:
    src = tag.get("src", "")
    if tag.get("type") == "application/ld+json":
        raw = tag.string or ""
        json.loads(raw)
        bad = [s for s in ("</", "<!--", "<script", "]]>") if s in raw.lower()]
        return [f"{page}: JSON-LD contains {s!r}" for s in bad]
    if not src or not src.endswith(ALLOWED_SCRIPTS) or (tag.string or "").strip():
        return [f"{page}: script {src or tag.string!r}"]
    return []


def tag_problems(page: Path, tag) -> list[str]:
    found = []
    if tag.name in EXECUTABLE_TAGS:
        found.append(f"{page}: <{tag.name}>")
    if tag.name == "meta" and tag.get("http-equiv", "").lower() == "refresh":
        found.append(f"{page}: meta refresh")
    if tag.name == "script":
        found += _script_problems(page, tag)
    for attr, value in tag.attrs.items():
        if attr.lower().startswith("on"):
            found.append(f"{page}: {tag.name}[{attr}]")
        if attr.lower() in URL_ATTRS and _dangerous_url(value) and not (tag.name == "link" and value == "data:,"):
            found.append(f"{page}: {tag.name}[{attr}]={str(value)[:40]}")
    if tag.name == "a" and re.match(r"(?i)\s*[a-z][a-z0-9+.-]*:", tag.get("href", "")):
        href = tag["href"]
        if not href.startswith(("https://", "http://", "mailto:")):
            found.append(f"{page}: a[href]={href[:40]}")
        elif href.startswith("http") and not {"nofollow", "noopener"} <= set(tag.get("rel") or []) \
                and not href.startswith("https://factcheck-digest.github.io"):
            found.append(f"{page}: external link without rel=nofollow noopener: {href[:60]}")
    return found


def executable(site: Path) -> list[str]:
    """Everything in the built site that could run or spoof: the list must be empty."""
    found = []
    for page in sorted(site.rglob("*")):
        if not page.is_file() or "pagefind" in page.relative_to(site).parts:
            continue
        if not page.resolve().is_relative_to(site.resolve()):
            found.append(f"{page}: outside the site")
        if page.suffix not in {".html", ".xml"}:
            continue
        text = page.read_text(encoding="utf-8")
        if BIDI.search(text):
            found.append(f"{page}: bidi control character")
        if page.suffix == ".xml":
            found += [f"{page}: raw markup in a feed" for s in ("<script", "<img", "<svg") if s in text.lower()]
            continue
        for tag in BeautifulSoup(text, "lxml").find_all(True):
            found += tag_problems(page, tag)
    return found


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("xss")
    content = work / "content"
    shutil.copytree(CONTENT, content)
    write_hostile_sources(content)
    _editor_files(content)
    _hostile_names(content)
    out = work / "site"
    cmd = [sys.executable, "-m", "generator.commands.cli", "--content", str(content), "--no-cache", "build", "--output", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return out


@pytest.mark.slow
def test_nothing_executable_comes_out_of_the_xss_corpus(xss_site):
    assert executable(xss_site) == []


@pytest.mark.slow
def test_hostile_text_is_shown_as_text_not_dropped(xss_site):
    article = (xss_site / "articles" / "xss" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "alert(7)" in BeautifulSoup(article, "lxml").get_text()
    page = (xss_site / "articles" / "xss-page" / "index.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(25)&gt;" in page  # decoded entities are text, escaped once more
    note = (xss_site / "notes" / "xss" / "index.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/ok"' in note


@pytest.mark.slow
def test_speaker_pages_of_hostile_names_stay_inside_the_site(xss_site):
    speakers = sorted(p.parent.name for p in (xss_site / "speakers").glob("*/index.html"))
    assert speakers and all(re.fullmatch(r"[a-z0-9-]+", s) for s in speakers), speakers


@pytest.mark.slow
def test_every_page_carries_a_csp_without_inline_script(xss_site):
    for page in sorted(xss_site.rglob("*.html")):
        if "pagefind" in page.parts:
            continue
        meta = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml").find(
            "meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None, page
        script_src = re.search(r"script-src([^;]*)", meta["content"])
        assert script_src and "'unsafe-inline'" not in script_src.group(1), page
        assert "object-src 'none'" in meta["content"] and "base-uri 'none'" in meta["content"]


def test_the_checker_sees_what_it_must():
    """The page checker itself: each kind of executable content is caught."""
    page = Path("p.html")
    soup = BeautifulSoup(
        "<script>x</script><script type='application/ld+json'>{\"a\": \"</b>\"}</script><img src=x onerror=y>"
        "<a href=' jav\tascript:x'>a</a><a href='https://e.org/'>b</a><svg></svg><iframe src=x></iframe>"
        "<meta http-equiv=refresh content='0;url=x'><script src='/theme/js/search.js'></script>", "lxml")
    found = [problem for tag in soup.find_all(True) for problem in tag_problems(page, tag)]
    assert len(found) == 8, found  # the site's own script passes


@settings(max_examples=150, deadline=None)
@given(st.recursive(st.text() | st.integers() | st.none(),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
                    max_leaves=12))
def test_json_ld_never_ends_its_script_element(data):
    from generator.site.pages import jsonld

    text = str(jsonld(data))
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == data
