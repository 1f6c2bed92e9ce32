"""The output check's rules on small pages (build_tools/sanitize/output.py); the whole hostile
corpus through real builds is tests/integration/test_hostile_output.py."""

from __future__ import annotations

import pytest

from build_tools.sanitize.output import check_csv, check_page

NAV = ('<nav class=md-nav><label class=md-nav__title for=x><a class="md-nav__button md-logo" href=index.html>'
       '<img src=assets/images/logo.svg alt=logo></a>Judul</label><ul><li><a href=a.html>'
       '<span class=md-ellipsis>{title}</span></a></li></ul></nav>')


def page(content: str, title: str = "1. Pengenalan") -> str:
    return (f'<html><body>{NAV.format(title=title)}<div class=md-content>'
            f'<article class="md-content__inner md-typeset">{content}</article></div></body></html>')


@pytest.mark.parametrize("content", [
    '<h2 id=a>Judul<a class=headerlink href=#a title="Tautan">¶</a></h2><p>Teks <a href="https://lan.go.id">LAN</a>'
    '<img alt=d src=media/d.svg></p>',
    '<table><tr><th align=right scope=col>No</th><td align=right>1</td></tr></table>',
    '<div class=bp-kuis data-materi-id=m><fieldset><legend>1.</legend><label><input type=radio name=q value=1> Ya'
    '</label><button type=button class=bp-periksa>Periksa</button></fieldset></div>',
    '<a href=x class=md-content__button title=Sunting><svg viewBox="0 0 24 24"><path d="M0 0h24"></path></svg></a>',
    '<details><summary>Lihat</summary><pre><code>&lt;script&gt;</code></pre></details>',
])
def test_what_the_site_writes_passes(content: str) -> None:
    assert check_page(page(content))[0] == []


@pytest.mark.parametrize("content, found", [
    ('<p><img alt=a src="https://pelacak.example/p.png"></p>', "<img src=https://pelacak.example/p.png>"),
    ('<p style="position:fixed">x</p>', "<p style>"),
    ("<svg><use href=https://pelacak.example/s.svg#a></use></svg>", "<use href=https://pelacak.example/s.svg#a>"),
    ('<a href="jav&#x61;script:alert(1)">x</a>', "<a href=javascript:alert(1)>"),
    ("<marquee>x</marquee>", "<marquee>"),
    ("<input type=password>", "<input type=password>"),
])
def test_what_is_not_on_the_allowlist_is_found(content: str, found: str) -> None:
    assert found in check_page(page(content))[0]


def test_markup_in_a_navigation_title_is_found() -> None:
    found, _ = check_page(page("<p>Teks</p>", title='A <img src="https://pelacak.example/p.png" alt=x>'))
    assert found == ["<img> dalam judul navigasi"]
    assert check_page(page("<p>Teks</p>", title="A &lt;img&gt; B"))[0] == []


def test_relative_references_are_returned_for_the_site_to_resolve() -> None:
    _, refs = check_page(page('<a href="../program.yml">p</a><img alt=a src="media/x.png" srcset="media/y.png 2x">'))
    assert refs == ["../program.yml", "media/x.png", "media/y.png"]


def test_csv_cells_that_read_as_formulas_are_found() -> None:
    assert check_csv('"No","\'=1+1"\r\n') == []
    assert check_csv('"No","=1+1"\r\n"@x","+1"\r\n') != []
