"""What both exports share: the published curriculum, a reproducible date, deterministic zips
and the SHA256SUMS written beside the outputs."""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from build_tools.errors import Message, ToolError
from build_tools.model import Curriculum, build
from build_tools.release import tree
from build_tools.release.bundle import ZIP_EPOCH, zip_entry
from build_tools.release.manifest import MANIFEST
from build_tools.release.manifest import sha256_file as sha256  # one way to hash a file, shared with SHA256SUMS
from build_tools.release.tree import FILE_MODE
from build_tools.validate import check

SUMS = MANIFEST  # the format and name mirrors use


class ExportError(ToolError):
    """A problem the user can fix (a missing curriculum, a folder of other files): the CLI prints it."""

    texts = {
        "curriculum_missing": Message("folder kurikulum '{path}' tidak ditemukan",
                                      "curriculum folder '{path}' not found"),
        "curriculum_invalid": Message("kurikulum '{path}' memuat galat; jalankan 'berpijar validate'",
                                      "the curriculum '{path}' has errors; run 'berpijar validate'"),
        "site_manifest": Message("'{path}' adalah manifest situs, bukan daftar ekspor; "
                                 "tulis ekspor ke folder lain (-o)",
                                 "'{path}' is a site's manifest, not a list of exports; "
                                 "write the exports to another folder (-o)"),
    }


def published(curriculum: Path) -> Curriculum:
    """The curriculum as the site publishes it; a curriculum with errors cannot be exported."""
    if not curriculum.is_dir():
        raise ExportError("curriculum_missing", path=curriculum)
    source, report = check(curriculum)
    if not report.ok:
        raise ExportError("curriculum_invalid", path=curriculum)
    return build(source).published().kept


def source_epoch(project: Path) -> int:
    """SOURCE_DATE_EPOCH, else the commit's date, else 1980: never the clock, so two exports
    of one commit are byte-identical."""
    return tree.source_epoch(project) or ZIP_EPOCH


def write_zip(files: Mapping[str, bytes], output: Path, epoch: int) -> Path:
    """Sorted entries, one fixed date and fixed permissions (the release zip's entries): same
    input, same bytes."""
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(output.name + ".baru")  # an interrupted export leaves the old zip whole
    with zipfile.ZipFile(tmp, "w") as zf:
        for name in sorted(files):
            zf.writestr(zip_entry(name, epoch, stat.S_IFREG | FILE_MODE), files[name], compresslevel=9)
    tmp.replace(output)
    return output


def write_sums(outputs: Iterable[Path], folder: Path) -> Path:
    """Add (or refresh) the outputs' lines in ``folder/SHA256SUMS``, the format ``sha256sum -c``
    reads, keeping the lines of other files already listed there."""
    path = folder / SUMS
    lines: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text("utf-8").splitlines():
            digest, _, name = line.partition("  ")
            if name and not name.endswith((".zip", ".zim")):
                # A site's own manifest (berpijar bundle writes one beside its zip): never mix.
                raise ExportError("site_manifest", path=path)
            if name:
                lines[name] = digest
    for output in outputs:
        lines[output.resolve().relative_to(folder.resolve()).as_posix()] = sha256(output)
    path.write_text("".join(f"{lines[name]}  {name}\n" for name in sorted(lines)), encoding="utf-8")
    return path
