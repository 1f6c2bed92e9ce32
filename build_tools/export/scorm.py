"""SCORM 1.2 and SCORM 2004 (4th edition) packages, one per published modul, for an agency's LMS.

A package is the modul's pages taken from the built site, each one SCO (the introduction and
one per materi pokok), plus only the files those pages load. The pages are trimmed for life
inside an LMS frame, which launches one SCO at a time and draws its own table of contents:

- the site's navigation (tabs, sidebar, previous/next, logo link) is removed, and a link to
  another page becomes plain text: leaving a SCO's page from inside it would end the SCO's
  session with the LMS and report the next page's progress on the wrong item;
- search is left out: a modul is a few pages the LMS already lists, a search hit could only
  open another SCO (see above), and the index and worker would add ~0.8 MB to every package;
- "Baca tanpa sinyal" (the site's service worker) is left out: the LMS serves the package;
- links to other hosts open in a new window, so the SCO stays open; nothing is loaded from
  another host (the site loads nothing from one either);
- ``berpijar-scorm.js`` (external, for the pages' CSP) talks to the LMS, see that file.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.sax.saxutils import escape, quoteattr

import lxml.html

from build_tools.export.common import write_zip
from build_tools.model import Modul, Program
from build_tools.sanitize.urls import in_site

VERSIONS = ("1.2", "2004")
BRIDGE = "assets/javascripts/berpijar-scorm.js"
_BRIDGE_SOURCE = Path(__file__).with_name("berpijar-scorm.js")
# Parts of Material's page that lead to other pages or to search: not in a package.
def _cls(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


_REMOVE = "|".join((
    f"//*[{_cls('md-tabs')}]", f"//*[{_cls('md-sidebar--primary')}]", "//label[@for='__drawer']",
    f"//*[{_cls('md-search')}]", "//label[@for='__search']", f"//*[{_cls('md-footer__inner')}]",
    "//link[@rel='prev' or @rel='next']", "//script[contains(@src, 'iframe-worker')]",
    f"//*[{_cls('md-source')}]", f"//*[{_cls('md-content__button')}]",
    # "Baca tanpa sinyal" (service worker, keep the site offline): a package lives in the LMS.
    f"//*[{_cls('bp-tautan-luring')}]", "//script[contains(@src, 'javascripts/offline/')]",
    "//script[contains(@src, 'javascripts/search/')]",  # the site's search, left out with its box
))
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


@dataclass(frozen=True)
class Sco:
    identifier: str
    title: str
    page: str  # the page's path in the site and in the package, e.g. tdp/01-x.html
    role: str  # "pendahuluan" or "materi"
    files: tuple[str, ...] = ()  # every file the page loads, the page first


def html_path(md_path: str) -> str:
    return md_path[:-3] + ".html"


def package_name(modul: Modul, version: str) -> str:
    return f"asn-berpijar-{modul.kode.lower().replace('.', '-')}-scorm{version.replace('.', '')}.zip"


def _local(site: Path, here: str, url: str) -> str | None:
    """The site file a relative URL on page ``here`` points at, or None (another host, an
    anchor, a data: URL, a file the site does not have)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    target = in_site(posixpath.dirname(here), unquote(parts.path))
    if target is None or not (site / target).is_file():
        return None
    return target


def _unlink(el: lxml.html.HtmlElement) -> None:
    """A link becomes its text (a span), so it neither looks nor works like a link."""
    el.tag = "span"
    for attr in ("href", "target", "rel", "hreflang", "download"):
        el.attrib.pop(attr, None)


def _css_files(site: Path, css: str, seen: set[str]) -> None:
    """Add the files a stylesheet loads (url(...)), recursively, to ``seen``."""
    for url in _CSS_URL.findall((site / css).read_text("utf-8", errors="replace")):
        target = _local(site, css, url.strip())
        if target and target not in seen:
            seen.add(target)
            if target.endswith(".css"):
                _css_files(site, target, seen)


def _trim(site: Path, page: str, role: str, version: str) -> tuple[bytes, list[str]]:
    """The page as a package carries it, and the files it loads."""
    doc = lxml.html.document_fromstring((site / page).read_bytes())
    for el in doc.xpath(_REMOVE):
        el.drop_tree()
    loads: set[str] = set()
    for el in list(doc.iter("a")):
        href = el.get("href")
        if href is None:
            continue
        if urlsplit(href).scheme in ("http", "https"):
            el.set("target", "_blank")
            el.set("rel", "noopener")
            continue
        target = _local(site, page, href)
        if target is None or target == page or href.startswith("#"):
            continue
        if target.endswith(".html"):
            _unlink(el)  # another SCO or a page outside the modul: the LMS navigates, not the page
        else:
            loads.add(target)  # a download (media, CSV) travels with the page
    for el in doc.xpath("//*[@src or (self::link and @href)]"):
        attr = "src" if el.get("src") is not None else "href"
        target = _local(site, page, el.get(attr))
        if target:
            loads.add(target)
    for el in doc.xpath("//*[@srcset]"):
        for candidate in el.get("srcset").split(","):
            target = _local(site, page, candidate.strip().split(" ")[0])
            if target:
                loads.add(target)
    for css in [f for f in loads if f.endswith(".css")]:
        _css_files(site, css, loads)

    head = doc.find("head")
    depth = "../" * page.count("/")
    for name, content in (("berpijar-scorm", version), ("berpijar-sco", role)):
        meta = lxml.html.Element("meta", name=name, content=content)
        head.append(meta)
    bridge = lxml.html.Element("script", src=depth + BRIDGE)
    berpijar = next((el for el in doc.iter("script")
                     if posixpath.basename(urlsplit(el.get("src") or "").path) == "berpijar.js"), None)
    if berpijar is not None:
        berpijar.addprevious(bridge)  # before berpijar.js: restore marks before it renders
    else:
        doc.find("body").append(bridge)
    html = lxml.html.tostring(doc, doctype="<!doctype html>", encoding="unicode", method="html")
    return html.encode("utf-8"), sorted(loads)


def scos(modul: Modul) -> list[tuple[str, str, str, str]]:
    """(identifier, title, page, role) of each SCO, in the modul's order."""
    items = [("pendahuluan", "Pendahuluan", html_path(modul.page), "pendahuluan")]
    items += [(f"materi-{m.nomor:02d}", f"{m.nomor}. {m.judul}", html_path(m.page), "materi")
              for m in modul.materi]
    return items


def package_files(site: Path, modul: Modul, version: str) -> tuple[dict[str, bytes], list[Sco]]:
    """Every file of the package but the manifest, and its SCOs."""
    files: dict[str, bytes] = {BRIDGE: _BRIDGE_SOURCE.read_bytes()}
    items = []
    for identifier, title, page, role in scos(modul):
        html, loads = _trim(site, page, role, version)
        files[page] = html
        for rel in loads:
            files.setdefault(rel, (site / rel).read_bytes())
        loads = sorted(set(loads) | {BRIDGE})
        items.append(Sco(identifier, title, page, role, (page, *loads)))
    return files, items


def _lom(modul: Modul, program: Program, minutes: int, version: str) -> str:
    """The modul's metadata in the schema each version's manifest uses: IMS Metadata 1.2.1
    (``imsmd:``) for SCORM 1.2, IEEE LOM for 2004. The same fields in the same order; the
    schemas differ in names, in how a text carries its language, how the modul is
    identified and how a duration is written."""
    if version == "1.2":
        ns, root = "imsmd:", 'imsmd:lom xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1"'
        string = '<imsmd:langstring xml:lang="id">{}</imsmd:langstring>'
        lifecycle, learning_time = "lifecycle", "typicallearningtime"
        identifier = escape(modul.kode)
        duration = f"<imsmd:datetime>{minutes // 60:02d}:{minutes % 60:02d}:00</imsmd:datetime>"
    else:
        ns, root = "", 'lom xmlns="http://ltsc.ieee.org/xsd/LOM"'
        string = '<string language="id">{}</string>'
        lifecycle, learning_time = "lifeCycle", "typicalLearningTime"
        identifier = f"<catalog>{escape(program.judul)}</catalog><entry>{escape(modul.kode)}</entry>"
        duration = f"<duration>PT{minutes}M</duration>"

    def el(name: str, *content: str) -> str:
        return f"<{ns}{name}>{''.join(content)}</{ns}{name}>"

    def text(value: str) -> str:
        return string.format(escape(value))

    return (
        f"<{root}>"
        + el("general", el("identifier", identifier), el("title", text(f"{modul.kode} {modul.judul}")),
             el("language", "id"), el("description", text(_description(modul))),
             *(el("keyword", text(k)) for k in modul.kata_kunci))
        + el(lifecycle, el("version", text(modul.versi)))
        + el("educational", el(learning_time, duration, el("description", text(f"{modul.alokasi_jp} JP"))))
        + el("rights", el("description", text(program.lisensi)))
        + f"</{ns}lom>"
    )


def _description(modul: Modul) -> str:
    return " ".join(f"{modul.deskripsi_singkat} ({modul.alokasi_jp} JP)".split())


_HEAD = {
    "1.2": (
        'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd '
        "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd "
        'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
        "1.2",
    ),
    "2004": (
        'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" '
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" '
        'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" '
        'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" '
        'xmlns:imsss="http://www.imsglobal.org/xsd/imsss" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd '
        "http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd "
        "http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd "
        "http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd "
        "http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd "
        'http://ltsc.ieee.org/xsd/LOM lom.xsd"',
        "2004 4th Edition",
    ),
}


def manifest(modul: Modul, program: Program, version: str, items: list[Sco]) -> bytes:
    """imsmanifest.xml: the modul's metadata, one item per SCO, one resource per SCO listing
    every file its page loads (so every file of the package is listed)."""
    namespaces, schemaversion = _HEAD[version]
    minutes = modul.alokasi_jp * program.menit_per_jp
    lom = _lom(modul, program, minutes, version)
    scormtype = "adlcp:scormtype" if version == "1.2" else "adlcp:scormType"
    ident = "berpijar-" + re.sub(r"[^A-Za-z0-9]+", "-", modul.kode).strip("-").lower()
    # 2004: the page itself says when it is completed (Tandai selesai), never the LMS on exit.
    by_content = ('<imsss:sequencing><imsss:deliveryControls completionSetByContent="true" '
                  'objectiveSetByContent="true"/></imsss:sequencing>' if version == "2004" else "")
    org = []
    for sco in items:
        org.append(f'<item identifier="item-{sco.identifier}" identifierref="res-{sco.identifier}">'
                   f"<title>{escape(sco.title)}</title>{by_content}</item>")
    sequencing = ('<imsss:sequencing><imsss:controlMode choice="true" flow="true"/></imsss:sequencing>'
                  if version == "2004" else "")
    resources = []
    for sco in items:
        files = "".join(f"<file href={quoteattr(f)}/>" for f in sco.files)
        resources.append(f'<resource identifier="res-{sco.identifier}" type="webcontent" '
                         f'{scormtype}="sco" href={quoteattr(sco.page)}>{files}</resource>')
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest identifier="{ident}" version={quoteattr(modul.versi)} {namespaces}>'
        f"<metadata><schema>ADL SCORM</schema><schemaversion>{schemaversion}</schemaversion>{lom}</metadata>"
        f'<organizations default="org-{ident}"><organization identifier="org-{ident}">'
        f"<title>{escape(f'{modul.kode} {modul.judul}')}</title>{''.join(org)}{sequencing}"
        f"</organization></organizations><resources>{''.join(resources)}</resources></manifest>\n"
    )
    return xml.encode("utf-8")


def export(site: Path, moduls: list[Modul], program: Program, version: str, out: Path,
           epoch: int) -> list[Path]:
    """Write one package per modul into ``out``; return their paths."""
    written = []
    for modul in moduls:
        files, items = package_files(site, modul, version)
        files["imsmanifest.xml"] = manifest(modul, program, version, items)
        written.append(write_zip(files, out / package_name(modul, version), epoch))
    return written
