"""Every way a command stops: its exit code (2 used wrongly or input missing, 1 content or a
check failed) and its message, said once, in Indonesian and with ``--lang en`` in English.

The reasons ``build_tools`` modules give (a ``ToolError``: a scaffold, a release, an export, a
diff side, a build refusing) are said in the command's language too, and never in the other:
each family has a case below whose expected text holds its reason.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cli.invoke import berpijar
from tests.sitebuild import FIXTURES, make_project


@dataclass
class Inputs:
    tmp: Path
    curriculum: Path  # a valid curriculum (tests/fixtures/valid), writable
    site: Path  # a built site of one page
    broken_config: Path  # a mkdocs.yml MkDocs refuses

    @property
    def missing(self) -> Path:
        return self.tmp / "tidak-ada"

    def file(self, name: str, text: str = "") -> Path:
        path = self.tmp / name
        path.write_text(text, "utf-8")
        return path

    def release(self) -> Path:
        """The tiny site bundled: the zip, with SHA256SUMS beside it."""
        archive = self.tmp / "dist" / "rilis.zip"
        assert berpijar("bundle", self.site, "-o", archive).exit_code == 0
        return archive

    def unreadable_program(self) -> Path:
        (self.curriculum / "program.yml").write_text("judul: [tidak ditutup\n", "utf-8")
        return self.curriculum

    def project_with_an_error(self) -> Path:
        """A project whose curriculum has one error (program.yml cannot be read)."""
        project = make_project(self.tmp / "proyek-galat", FIXTURES / "valid" / "curriculum")
        (project / "curriculum" / "program.yml").write_text("judul: [tidak ditutup\n", "utf-8")
        return project / "mkdocs.yml"

    def without_node_modules(self) -> Path:
        """A project whose site must ship a file from node_modules that is not installed."""
        project = make_project(self.tmp / "proyek", FIXTURES / "valid" / "curriculum")
        (project / "node_modules").unlink()
        (project / "node_modules").mkdir()
        return project / "mkdocs.yml"


@pytest.fixture
def inputs(tmp_path: Path, valid_copy: Path, tiny_site: Path, broken_config: Path) -> Inputs:
    return Inputs(tmp_path, valid_copy, tiny_site, broken_config)


Args = Callable[[Inputs], list[object]]

# (command, arguments, exit code, what Indonesian says, what English says)
CASES: list[tuple[str, Args, int, str, str]] = [
    ("validate", lambda i: ["validate", i.missing], 2,
     "[E-DIR-MISSING] folder kurikulum", "[E-DIR-MISSING] curriculum folder"),
    ("build", lambda i: ["build", "-f", i.missing / "mkdocs.yml"], 2,
     "galat: berkas konfigurasi '", "error: configuration file '"),
    ("build", lambda i: ["build", "-f", i.broken_config, "-o", i.tmp / "site-baru"], 1,
     "galat: build gagal; situs sebelumnya di '", "error: build failed; the previous site in '"),
    # The plugin's own reason and the diagnostics it logs are in the command's language too.
    ("build", lambda i: ["build", "-f", i.project_with_an_error(), "-o", i.tmp / "site-baru"], 1,
     "kurikulum tidak dapat diterbitkan: 1 galat, 0 peringatan",
     "the curriculum cannot be published: 1 error(s), 0 warning(s)"),
    ("build", lambda i: ["build", "-f", i.project_with_an_error(), "-o", i.tmp / "site-baru"], 1,
     "[E-YAML-UNCLOSED] tanda [ dibuka di sini", "[E-YAML-UNCLOSED] the [ opened here"),
    ("serve", lambda i: ["serve", "-f", i.missing / "mkdocs.yml"], 2,
     "galat: berkas konfigurasi '", "error: configuration file '"),
    ("serve", lambda i: ["serve", "-f", i.broken_config, "-a", "localhost"], 2,
     "galat: alamat 'localhost' harus berbentuk alamat:port", "error: address 'localhost' must be host:port"),
    ("build", lambda i: ["build", "-f", i.without_node_modules(), "-o", i.tmp / "site-baru"], 1,
     "/shim/index.js' tidak ada: jalankan 'npm ci' (lihat README) agar pencarian luring",
     "/shim/index.js' is missing: run 'npm ci' (see README) so that offline search"),
    ("diff", lambda i: ["diff", i.missing], 2,
     "galat: '{missing}' bukan folder dan bukan revisi git yang dikenal (misalnya main, HEAD~1)",
     "error: '{missing}' is neither a folder nor a known git revision (for example main, HEAD~1)"),
    ("diff", lambda i: ["diff", i.curriculum, "--curriculum", i.missing], 2,
     "galat: folder kurikulum '{missing}' tidak ditemukan", "error: curriculum folder '{missing}' not found"),
    ("diff", lambda i: ["diff", i.unreadable_program(), "--format", "json"], 1,
     "galat: kurikulum `{curriculum}` tidak dapat dibaca", "error: curriculum `{curriculum}` cannot be read"),
    ("new modul", lambda i: ["new", "modul", "baru", "--kode", "BRU.01", "--judul", "x", "--curriculum", i.missing],
     2, "galat: folder kurikulum '{missing}' tidak ditemukan", "error: curriculum folder '{missing}' not found"),
    ("new materi", lambda i: ["new", "materi", "tidak-ada", "--judul", "x", "--curriculum", i.curriculum], 2,
     "galat: modul 'tidak-ada' tidak ditemukan di {curriculum} (sebutkan nama foldernya",
     "error: modul 'tidak-ada' not found in {curriculum} (give its folder name"),
    ("new modul", lambda i: ["new", "modul", "baru", "--kode", "bru-1", "--judul", "x", "--curriculum", i.curriculum],
     2, "galat: kode 'bru-1' harus seperti TDP.01 (2–6 huruf kapital, titik, 2 angka)",
     "error: kode 'bru-1' must look like TDP.01 (2–6 capital letters, a dot, 2 digits)"),
    ("referensi", lambda i: ["referensi", "--check", "-o", i.file("referensi.md", "lama\n")], 1,
     "galat: {tmp}/referensi.md tidak sesuai skema", "error: {tmp}/referensi.md does not match the schemas"),
    ("bundle", lambda i: ["bundle", i.missing], 2,
     "galat: '{missing}' bukan folder situs hasil build", "error: '{missing}' is not a built site folder"),
    ("verify", lambda i: ["verify", i.missing], 2,
     "galat: folder '{missing}' tidak ditemukan", "error: folder '{missing}' not found"),
    ("verify", lambda i: ["verify", i.site], 2,
     "galat: berikan manifest resmi dengan --manifest", "error: give the official manifest with --manifest"),
    ("verify", lambda i: ["verify", i.site, "-m", i.file("SHA256SUMS", "bukan manifest\n")], 1,
     "galat: manifest ditolak: baris 1: bukan '<sha256>  <jalur>'",
     "error: manifest refused: line 1: not '<sha256>  <path>'"),
    ("verify", lambda i: ["verify", i.site, "-m", i.release().parent / "SHA256SUMS", "-p", i.file("k.pub")], 1,
     "galat: tanda tangan '{tmp}/dist/SHA256SUMS.minisig' tidak ada",
     "error: signature '{tmp}/dist/SHA256SUMS.minisig' does not exist"),
    ("bundle", lambda i: ["bundle", i.site, "--kunci", i.file("bukan.key", "bukan kunci\n")], 2,
     "galat: kunci rahasia '{tmp}/bukan.key' tidak dapat dibaca: ",
     "error: cannot read the secret key '{tmp}/bukan.key': "),
    ("pasang", lambda i: ["pasang", i.tmp / "rilis.zip"], 2,
     "galat: gunakan 'berpijar pasang ZIP FOLDER'", "error: use 'berpijar pasang ZIP FOLDER'"),
    ("pasang", lambda i: ["pasang", "--kembalikan", i.tmp / "mirror"], 1,
     "galat: tidak ada rilis sebelumnya di '{tmp}/mirror' untuk dikembalikan",
     "error: there is no previous release in '{tmp}/mirror' to roll back to"),
    ("pasang", lambda i: ["pasang", i.file("bukan.zip", "bukan zip\n"), i.tmp / "mirror"], 1,
     "' bukan zip yang dapat dibaca: File is not a zip file; situs yang tayang tidak diubah",
     "' is not a readable zip: File is not a zip file; the site being served is unchanged"),
    ("kunci", lambda i: ["kunci", i.tmp / "k.key", i.tmp / "k.pub", "--sandi-dari-env", "TIDAK_ADA_SANDI"], 2,
     "galat: berikan sandi (atau --tanpa-sandi", "error: give a password (or --tanpa-sandi"),
    ("kunci", lambda i: ["kunci", i.file("k.key", "lama\n"), i.tmp / "k.pub", "--tanpa-sandi"], 2,
     "galat: '{tmp}/k.key' sudah ada; kunci lama tidak ditimpa",
     "error: '{tmp}/k.key' already exists; an existing key is never overwritten"),
    ("ekspor scorm", lambda i: ["ekspor", "scorm", "--modul", "XYZ.99", "--curriculum", i.curriculum,
                                "-o", i.tmp / "ekspor"], 2,
     "galat: modul 'XYZ.99' tidak ada atau belum berstatus terbit", "error: modul 'XYZ.99' does not exist"),
    ("ekspor scorm", lambda i: ["ekspor", "scorm", "--curriculum", i.unreadable_program(), "-o", i.tmp / "ekspor"], 2,
     "galat: kurikulum '{curriculum}' memuat galat; jalankan 'berpijar validate'",
     "error: the curriculum '{curriculum}' has errors; run 'berpijar validate'"),
    ("ekspor scorm", lambda i: ["ekspor", "scorm", "--curriculum", i.curriculum, "--situs", i.tmp / "kosong",
                                "-f", i.broken_config, "-o", i.tmp / "ekspor"], 1,
     "galat: build gagal.", "error: build failed."),
    ("ekspor zim", lambda i: ["ekspor", "zim", "--curriculum", i.curriculum, "--situs", i.tmp / "kosong",
                              "-f", i.missing / "mkdocs.yml", "-o", i.tmp / "ekspor" / "a.zim"], 2,
     "galat: berkas konfigurasi '{missing}/mkdocs.yml' tidak ditemukan",
     "error: configuration file '{missing}/mkdocs.yml' not found"),
]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("command", "args", "code", "said_id", "said_en"), CASES,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(CASES)])
def test_a_failing_command_says_why_once_in_its_language_and_exits_with_its_code(
    inputs: Inputs, command: str, args: Args, code: int, said_id: str, said_en: str, lang: str,
) -> None:
    result = berpijar(*args(inputs), "--lang", lang)
    said, other = (said_en, said_id) if lang == "en" else (said_id, said_en)
    said, other = (text.format(tmp=inputs.tmp, missing=inputs.missing, curriculum=inputs.curriculum)
                   for text in (said, other))
    assert result.exit_code == code, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert result.output.count(said) == 1, result.output
    assert other not in result.output, "the reason too is said in the command's language"
    if command != "validate":  # the validator's report is its own message
        first = [line.split(" ", 1)[0] for line in result.output.splitlines()]
        assert first.count("galat:" if lang == "id" else "error:") == 1, "one failure, said once"
        assert ("error:" if lang == "id" else "galat:") not in first


def test_a_failed_install_lists_what_differs_under_its_message(inputs: Inputs) -> None:
    archive = inputs.release()
    (inputs.site / "index.html").write_text("diubah\n", "utf-8")
    manifest = inputs.tmp / "SHA256SUMS"
    shutil.copy(archive.parent / "SHA256SUMS", manifest)
    inputs.release()  # another zip whose index.html differs from the official manifest
    for lang, first, line in (("id", "galat: isi zip tidak cocok dengan manifest", "berubah: index.html"),
                              ("en", "error: the zip's contents do not match the manifest", "changed: index.html")):
        result = berpijar("pasang", archive, inputs.tmp / "mirror", "-m", manifest, "--lang", lang)
        assert result.exit_code == 1, result.output
        lines = result.output.splitlines()
        (message,) = [n for n, text in enumerate(lines) if text.startswith(first)]
        assert line in lines[message + 1:], result.output
        assert not (inputs.tmp / "mirror" / "current").exists()


def test_json_keeps_a_missing_folder_on_stdout(inputs: Inputs) -> None:
    result = berpijar("validate", inputs.missing, "--format", "json")
    assert result.exit_code == 2
    assert '"E-DIR-MISSING"' in result.stdout and not result.stderr
