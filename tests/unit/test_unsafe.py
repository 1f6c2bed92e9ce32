"""Unsafe content against the site's real renderer.

Content arrives by pull request from people outside the team, and the validator is the gate:
whatever Python-Markdown, with the extensions of mkdocs.yml, would turn into markup that runs
in a learner's browser must be reported. The validator does not render (validation must stay
fast), so these tests render for it: each hostile example is shown to be live in the rendered
HTML *and* reported; each harmless one (code that shows markup) is neither; and a property
test throws generated Markdown at both and checks the validator never lets through what the
renderer would run.
"""

from __future__ import annotations

import html.parser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_tools.diagnostics import Diagnostic
from build_tools.sanitize.urls import normalised_scheme
from build_tools.validate.markdown import Body, LinkContext, check_links, check_unsafe
from tests.site_markdown import render

ACTIVE_TAGS = {"script", "iframe", "object", "embed", "form", "style", "meta", "link", "base", "frame", "applet"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"}


class _ActiveMarkup(html.parser.HTMLParser):
    """What in rendered HTML would run: active elements, on* handlers, script URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if value is None:
                continue
            if name.startswith("on"):
                self.found.append(name)
            if name in URL_ATTRIBUTES and normalised_scheme(value) in ("javascript", "data", "vbscript"):
                self.found.append(f"{name}={value}")

    handle_startendtag = handle_starttag


def rendered_active_markup(source: str) -> list[str]:
    finder = _ActiveMarkup()
    finder.feed(render(source))
    finder.close()
    return finder.found


def unsafe_reported(source: str) -> list[Diagnostic]:
    body = Body("curriculum/m/01-a.md", source, 1)
    found = check_unsafe(body) + check_links(body, LinkContext(set(), set(), "curriculum"))
    return [d for d in found if d.code.startswith(("E-UNSAFE", "E-OUTSIDE", "E-STYLE", "E-HTML"))]


HOSTILE = {
    "script": "<script>alert(1)</script>",
    "script in a paragraph": "Teks <script>alert(1)</script> lagi.",
    "event attribute": '<span onclick="alert(1)">x</span>',
    "slash before the attribute": "<svg/onload=alert(1)>",
    "quoted > before the attribute": '<div title=">" onclick="alert(1)">x</div>',
    "inline tag with quoted >": 'Teks <a title=">" onclick="alert(1)">x</a>',
    "markdown javascript link": "[buka](javascript:alert(1))",
    "nested brackets": "[a [b [c]]](javascript:alert(1))",
    "link text over two lines": "[a\nb](javascript:alert(1))",
    "reference on the next line": "[c]:\n  javascript:alert(1)\n\n[x][c]",
    "raw href": '<a href="javascript:alert(1)">x</a>',
    "entity in the scheme": '<a href="jav&#x61;script:alert(1)">x</a>',
    "unquoted href": "<a href=javascript:alert(1)>x</a>",
    "data url iframe": '<iframe src="data:text/html,x"></iframe>',
    "attr_list on code": '`x`{: onclick="alert(1)"}',
    "attr_list on a link": '[a](https://contoh.go.id){ href="javascript:alert(1)" }',
    "attr_list on a paragraph": 'Paragraf.\n{: onclick="alert(1)" }',
    "attr_list on a heading": '## Judul {: onmouseover="alert(1)" }',
    "unclosed fence": "```\n<script>alert(1)</script>",
    "fence closed by a longer one": "````\n<script>alert(1)</script>\n`````",
    "fence with options superfences refuses": "```html foo\n\n<script>alert(1)</script>\n\n```",
    "between indented fences": "    ```\n<script>alert(1)</script>\n    ```",
    "after a fence superfences abandons": "  ```\n```\n<script>alert(1)</script>\n```\n```",
    "code span across paragraphs": "Teks ` pembuka\n\n<script>alert(1)</script>\n\npenutup ` teks",
    "code span across a heading": "## Judul `\n<script>alert(1)</script> `",
    "code span after an escaped backtick": "\\` <script>alert(1)</script> `",
    "code span inside a tag": 'Teks <a title="`" onclick="alert(1)" x="`">x</a>',
    "code span in a raw html block": "<div>\n`<script>alert(1)</script>`\n</div>",
    "tag open across a blank line": 'Teks a<b title="\n\n<img src=x onerror=alert(1)>"',
}

HARMLESS = {
    "fenced code": "```html\n<script>alert(1)</script>\n```",
    "tilde fence": "~~~\n<iframe src=x></iframe>\n~~~",
    "fence with a language": "``` python\n<form>\n```",
    "inline code": "Jangan tulis `<script>` atau `<a onclick=\"x()\">` di halaman.",
    "double backticks": "Contoh ``<style>`` dan `` `<embed>` ``.",
    "code span in a list": "- Tulis `<script>`\n- lalu `<object>`",
    "link in code": "Bukan tautan: `[x](javascript:alert(1))`.",
    "code in md_in_html": "Teks.\n\n```\n<div markdown>\n```",
    "remote image in code": 'Jangan tulis `<img src="https://pelacak.example/p.png">` di materi.',
    "style in a fence": '```html\n<div style="position:fixed">\n<video poster="https://x/p.png">\n```',
    "markdown image in code": "Contoh salah: `![logo](https://pelacak.example/p.png)`.",
}


@pytest.mark.parametrize("source", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_markdown_runs_and_is_reported(source: str) -> None:
    assert rendered_active_markup(source), "the example no longer runs: keep it honest"
    assert unsafe_reported(source)


@pytest.mark.parametrize("source", HARMLESS.values(), ids=HARMLESS.keys())
def test_code_that_shows_markup_is_not_reported(source: str) -> None:
    assert not rendered_active_markup(source)
    assert [d.text() for d in unsafe_reported(source)] == []


PIECES = [
    "```", "````", "~~~", "`", "``", "\n", "\n\n", "  ", "    ", "\t", "> ", "- ", "1. ", "## ", "\\", "|",
    "\n|---|---|\n", "---", "[", "]", "(", ")", "<", ">", '"', "'", "=", "/", "{", "}", "x", "teks", " ",
    "python", "{.py}", 'title="a"', "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    " onclick=alert(1)", '<a title="', "<a ", "<div>", "</div>", "<div markdown>", "<span>",
    "[t](javascript:alert(1))", "javascript:alert(1)", "[r]: ", "[r]", "<!--", "-->", "&#x61;", "*", "_",
    "!", "{: onclick=alert(1)}", "{ href=javascript:x }",
]


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_whatever_the_renderer_would_run_is_reported(source: str) -> None:
    active = rendered_active_markup(source)
    if active:
        assert unsafe_reported(source), f"renders {active}, not reported: {source!r}"


@pytest.mark.parametrize(("html", "flagged"), [
    ('<img src="a.png" title="a<b">', True),  # a '<' inside a quoted value hid the tag before
    ('<img src="a.png" alt="Diagram" title="x>y">', False),
    ('<img src="a.png" data-alt="x">', True),
    ('<img src="a.png" alt=" ">', True),
])
def test_an_img_without_alt_is_found_as_the_browser_reads_its_tag(html: str, flagged: bool) -> None:
    found = [d.code for d in check_unsafe(Body("x.md", html + "\n", 1))]
    assert ("E-IMAGE-ALT" in found) is flagged, found
