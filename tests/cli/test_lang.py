"""``--lang id|en`` on every command, and what each says when it succeeds, in both languages.

A release made, checked, installed, replaced and rolled back on a one-page site; scaffolds;
the reference; the SVG cleaner; a build and a preview of the small valid curriculum. The
export in English is tested with the session's site in tests/export/test_cli.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from build_tools.cli import main
from tests.cli.invoke import berpijar
from tests.serveproc import ServeProcess
from tests.sitebuild import FIXTURES, make_project


def _leaves(group: click.Group, path: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += _leaves(command, f"{path}{name} ")
        else:
            found.append((f"{path}{name}", command))
    return found


def test_every_command_takes_lang_id_or_en() -> None:
    leaves = _leaves(main)
    assert len(leaves) == 15  # validate … bersihkan-svg, with new and ekspor's two each
    for name, command in leaves:
        (option,) = [p for p in command.params if p.name == "lang"] or [None]
        assert option is not None, f"berpijar {name} has no --lang"
        assert isinstance(option.type, click.Choice) and list(option.type.choices) == ["id", "en"], name
        assert option.default == "id", name


# What each step of a release says: (Indonesian, English), as patterns of whole lines' starts.
SAYS: dict[str, list[tuple[str, str]]] = {
    "bundle": [(r"dibuat: \S+/dist/a\.zip \([\d,]+ bait\)", r"created: \S+/dist/a\.zip \([\d,]+ bytes\)"),
               (r"dibuat: \S+/dist/SHA256SUMS", r"created: \S+/dist/SHA256SUMS"),
               (r"peringatan: rilis tidak ditandatangani \(tanpa --kunci\)",
                r"warning: the release is not signed \(no --kunci\)")],
    "verify": [(r"1 berkas cocok, 0 hilang, 0 berubah, 0 tambahan, 0 di luar pohon",
                r"1 files match, 0 missing, 0 changed, 0 extra, 0 outside the tree"),
               (r"peringatan: tanpa --kunci-publik keaslian manifest tidak diperiksa",
                r"warning: without --kunci-publik the manifest's authenticity is not checked")],
    "verify-changed": [(r"berubah: index\.html", r"changed: index\.html"),
                       (r"0 berkas cocok, 0 hilang, 1 berubah", r"0 files match, 0 missing, 1 changed")],
    "pasang": [(r"terpasang: \S+/releases/rilis-\w+ \(1 berkas cocok, [\d.]+ dtk\)",
                r"installed: \S+/releases/rilis-\w+ \(1 files match, [\d.]+ s\)"),
               (r"tayang: \S+/current -> rilis-\w+", r"served: \S+/current -> rilis-\w+")],
    "pasang-again": [(r"sebelumnya: rilis-\w+ \(kembalikan dengan 'berpijar pasang --kembalikan \S+'\)",
                      r"previous: rilis-\w+ \(roll back with 'berpijar pasang --kembalikan \S+'\)")],
    "kembalikan": [(r"dikembalikan: \S+/current -> \S+/releases/rilis-\w+",
                    r"rolled back: \S+/current -> \S+/releases/rilis-\w+")],
    "kunci": [(r"kunci rahasia: \S+ \(mode 0600; simpan di luar repositori",
               r"secret key: \S+ \(mode 0600; keep it outside the repository"),
              (r"kunci publik: \S+", r"public key: \S+")],
    "signed": [(r"tanda tangan sah: timestamp:", r"valid signature: timestamp:")],
}


def _says(output: str, lang: str, step: str) -> None:
    for id_pattern, en_pattern in SAYS[step]:
        pattern = en_pattern if lang == "en" else id_pattern
        assert re.search(f"^{pattern}", output, re.MULTILINE), f"{step}: {pattern!r} not in\n{output}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_release_bundled_verified_installed_and_rolled_back(tiny_site: Path, tmp_path: Path, lang: str) -> None:
    def run(*args: object, code: int = 0) -> str:
        result = berpijar(*args, "--lang", lang)
        assert result.exit_code == code, result.output
        return result.output

    _says(run("bundle", tiny_site, "-o", tmp_path / "dist" / "a.zip"), lang, "bundle")
    manifest = tmp_path / "dist" / "SHA256SUMS"
    _says(run("verify", tiny_site, "-m", manifest), lang, "verify")
    mirror = tmp_path / "mirror"
    _says(run("pasang", tmp_path / "dist" / "a.zip", mirror), lang, "pasang")
    (tiny_site / "index.html").write_text("<!doctype html><title>Versi 2</title>\n", "utf-8")
    _says(run("verify", tiny_site, "-m", manifest, code=1), lang, "verify-changed")

    secret, public = tmp_path / "k.key", tmp_path / "k.pub"
    _says(run("kunci", secret, public, "--tanpa-sandi"), lang, "kunci")
    run("bundle", tiny_site, "-o", tmp_path / "dist2" / "b.zip", "--kunci", secret)
    again = run("pasang", tmp_path / "dist2" / "b.zip", mirror, "-p", public)
    _says(again, lang, "pasang-again")
    _says(again, lang, "signed")
    _says(run("pasang", "--kembalikan", mirror), lang, "kembalikan")
    assert "Beranda" in (mirror / "current" / "index.html").read_text("utf-8")  # the first release


@pytest.mark.parametrize(("lang", "modul", "materi"), [
    ("id", ["dibuat: ", "2 JP × 45 menit = 90 menit, terbagi ke 3 materi pokok.",
            "Lanjutkan dengan mengisi metadata, lalu jalankan 'berpijar validate'."],
     [" (5 menit)", "Menit semua materi kini 95, melebihi alokasi modul (90) sebanyak 5 menit"]),
    ("en", ["created: ", "2 JP × 45 minutes = 90 minutes, split over 3 materi pokok.",
            "Go on by filling in the metadata, then run 'berpijar validate'."],
     [" (5 minutes)", "The materi now take 95 minutes, 5 more than the modul's allocation (90)"]),
], ids=["id", "en"])
def test_new_modul_and_materi(valid_copy: Path, lang: str, modul: list[str], materi: list[str]) -> None:
    made = berpijar("new", "modul", "modul-baru", "--kode", "BRU.01", "--judul", "Baru",
                    "--curriculum", valid_copy, "--lang", lang)
    assert made.exit_code == 0, made.output
    assert all(line in made.output for line in modul), made.output
    added = berpijar("new", "materi", "modul-baru", "--judul", "Tambahan", "--curriculum", valid_copy,
                     "--lang", lang)
    assert added.exit_code == 0, added.output
    assert all(line in added.output for line in materi), added.output


@pytest.mark.parametrize(("lang", "written", "current"), [
    ("id", "{path} ditulis", "{path} sesuai"), ("en", "{path} written", "{path} is current"),
], ids=["id", "en"])
def test_referensi(tmp_path: Path, lang: str, written: str, current: str) -> None:
    path = tmp_path / "referensi.md"
    assert berpijar("referensi", "-o", path, "--lang", lang).output == written.format(path=path) + "\n"
    assert berpijar("referensi", "--check", "-o", path, "--lang", lang).output == current.format(path=path) + "\n"


@pytest.mark.parametrize(("lang", "cleaned", "clean"), [
    ("id", "{path}: dibuang 2: <style>: @import; <style>: url(x.css)", "{path}: sudah bersih"),
    ("en", "{path}: removed 2: <style>: @import; <style>: url(x.css)", "{path}: already clean"),
], ids=["id", "en"])
def test_bersihkan_svg(tmp_path: Path, lang: str, cleaned: str, clean: str) -> None:
    svg = tmp_path / "gambar.svg"
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url("x.css");</style></svg>', "utf-8")
    first = berpijar("bersihkan-svg", svg, "--lang", lang)
    assert first.exit_code == 0 and first.output == cleaned.format(path=svg) + "\n", first.output
    again = berpijar("bersihkan-svg", svg, "--lang", lang)
    assert again.exit_code == 0 and again.output == clean.format(path=svg) + "\n"


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "built", "running"), [
    ("id", "situs selesai dibangun di ", r"Pratinjau berjalan di http://127\.0\.0\.1:\d+/"),
    ("en", "site built in ", r"Preview running at http://127\.0\.0\.1:\d+/"),
], ids=["id", "en"])
def test_build_and_serve(tmp_path: Path, lang: str, built: str, running: str) -> None:
    project = make_project(tmp_path / "proyek", FIXTURES / "valid" / "curriculum")
    result = berpijar("build", "-f", project / "mkdocs.yml", "-o", tmp_path / "site", "--lang", lang)
    assert result.exit_code == 0 and result.output == f"{built}{tmp_path / 'site'}\n", result.output
    server = ServeProcess(project, "--lang", lang)
    try:
        assert re.search(running, server.output), server.output
    finally:
        server.stop()
