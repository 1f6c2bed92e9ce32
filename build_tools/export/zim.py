"""One ZIM file of the whole published site, for Kiwix (python-libzim).

Every file of the built site goes in under its own path, so the site's relative links work
unchanged in kiwix-serve and the Kiwix apps; the Beranda (``index.html``) is the main page,
and libzim builds the title and full-text (Xapian) indexes of the pages. Source maps, the
gzip copy of the sitemap and the mirror manifest are left out: no reader uses them; so is the
service worker of "Baca tanpa sinyal" (see ``LEFT_OUT``).

Reproducibility: libzim gives every file a random UUID (header bytes 8-23) and each of its
two Xapian databases (full text, titles) one more, with no API to fix them, so two exports of
one commit differed in exactly 64 bytes: those three UUIDs and the MD5 checksum at the end.
Everything else is already fixed (entries added in sorted order by one worker, the Date is the
commit's), so :func:`_fix_uuids` replaces the UUIDs with one derived from the content and
writes the checksum again: same commit, same bytes. ``Archive.check()`` still passes.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import struct
import time
from pathlib import Path

from libzim.writer import Creator, Hint, Item, StringProvider

from build_tools import offline
from build_tools.model import Program
from build_tools.release import manifest

# The logo at 48x48, rendered once by scripts/zim-illustration.py: no image library at build time.
ILLUSTRATION = Path(__file__).with_name("illustration-48.png")
_SKIP_SUFFIXES = (".map", ".gz")
_SKIP_NAMES = manifest.CONTROL
# "Baca tanpa sinyal" keeps the site with a service worker; Kiwix already keeps it all on the
# device. Without the worker the page says the browser cannot keep the site: the feature is inert.
LEFT_OUT = {offline.WORKER, offline.MANIFEST}
_TITLE = re.compile(rb"<title>(.*?)</title>", re.S | re.I)
_TYPES = {".js": "application/javascript", ".mjs": "application/javascript", ".svg": "image/svg+xml",
          ".json": "application/json", ".csv": "text/csv", ".webmanifest": "application/manifest+json"}


class _File(Item):
    """One site file as a ZIM entry; HTML pages (except the 404 page) are articles."""

    def __init__(self, path: str, content: bytes, suffix: str) -> None:
        super().__init__()
        self._path, self._content = path, content
        self._mime = _TYPES.get(suffix) or mimetypes.types_map.get(suffix, "application/octet-stream")
        self._title = ""
        if suffix == ".html":
            self._mime = "text/html"
            match = _TITLE.search(content)
            if match:
                self._title = match.group(1).decode("utf-8", "replace").strip()

    def get_path(self) -> str:
        return self._path

    def get_title(self) -> str:
        return self._title

    def get_mimetype(self) -> str:
        return self._mime

    def get_contentprovider(self) -> StringProvider:
        return StringProvider(self._content)

    def get_hints(self) -> dict[Hint, int]:
        article = self._mime == "text/html" and self._path != "404.html"
        return {Hint.FRONT_ARTICLE: article, Hint.COMPRESS: self._mime.startswith(("text/", "application/"))}


def site_files(site: Path) -> list[str]:
    """Every file the ZIM carries, sorted."""
    return [rel for rel in manifest.site_files(site)
            if not rel.endswith(_SKIP_SUFFIXES) and rel.rsplit("/", 1)[-1] not in _SKIP_NAMES and rel not in LEFT_OUT]


def _short(text: str, limit: int) -> str:
    """The first sentence, cut at a word to fit the ZIM's limit."""
    text = " ".join(text.split())
    first = text.split(". ")[0].rstrip(".") + "."
    if len(first) <= limit:
        return first
    return first[: limit - 1].rsplit(" ", 1)[0] + "…"


def export(site: Path, program: Program, output: Path, epoch: int) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".baru")
    tmp.unlink(missing_ok=True)
    creator = Creator(str(tmp)).config_indexing(True, "ind").config_nbworkers(1)
    creator.set_mainpath("index.html")
    people = ", ".join(program.penyelenggara)
    with creator:
        for rel in site_files(site):
            creator.add_item(_File(rel, (site / rel).read_bytes(), Path(rel).suffix.lower()))
        creator.add_illustration(48, ILLUSTRATION.read_bytes())
        for name, value in (
            ("Name", "asn-berpijar_id_all"),
            ("Title", program.judul[:30]),
            ("Description", _short(program.deskripsi, 80)),
            ("LongDescription", " ".join(program.deskripsi.split())[:4000]),
            ("Language", "ind"),
            ("Creator", people),
            ("Publisher", people),
            ("Date", time.strftime("%Y-%m-%d", time.gmtime(epoch))),
            ("Tags", "_category:other;_pictures:yes;_videos:no;_details:yes;_ftindex:yes"),
            ("License", program.lisensi),
        ):
            creator.add_metadata(name, value)
    _fix_uuids(tmp)
    tmp.replace(output)
    return output


_GLASS = b"\x0f\x0dXapian Glass"  # the start of a Xapian glass database's version file
_UUID_AFTER_GLASS = len(_GLASS) + 2  # then a 2-byte format version, then the 16-byte UUID


def _fix_uuids(path: Path) -> None:
    """Replace libzim's random UUIDs by one derived from the rest of the file, then write the
    MD5 checksum again (the ZIM format's last 16 bytes, over all bytes before them)."""
    data = bytearray(path.read_bytes())
    (checksum_pos,) = struct.unpack_from("<Q", data, 72)
    spots = [8]
    start = 0
    while (found := data.find(_GLASS, start, checksum_pos)) != -1:
        spots.append(found + _UUID_AFTER_GLASS)
        start = found + 1
    for spot in spots:
        data[spot:spot + 16] = bytes(16)
    uuid = hashlib.sha256(data[:checksum_pos]).digest()[:16]
    for spot in spots:
        data[spot:spot + 16] = uuid
    data[checksum_pos:checksum_pos + 16] = hashlib.md5(data[:checksum_pos]).digest()
    path.write_bytes(bytes(data))
