"""``new modul`` and ``new materi``: scaffolds that pass the validator as written."""

from __future__ import annotations

from pathlib import Path

import click

from build_tools import vocabulary
from build_tools.cli.options import CURRICULUM, LANG, curriculum_or_fail
from build_tools.cli.output import Say
from build_tools.scaffold.modul import NewModul


class _NewGroup(click.Group):
    """``berpijar new FOLDER --kode …`` (the first form) still means ``berpijar new modul``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["modul", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_NewGroup)
def new() -> None:
    """Buat kerangka modul atau materi pokok baru yang langsung lolos pemeriksaan.

    'berpijar new FOLDER --kode … --judul …' (tanpa 'modul') tetap berarti 'new modul'.
    """


@new.command(name="modul")
@click.argument("folder")
@click.option("--kode", required=True, help="Kode modul, misalnya TDP.02.")
@click.option("--judul", required=True, help="Judul mata pelatihan (boleh memuat tanda baca apa pun).")
@click.option("--kelompok", type=click.Choice(vocabulary.KELOMPOK), default=NewModul.kelompok, show_default=True)
@click.option("--moda", type=click.Choice(vocabulary.MODA), default=NewModul.moda, show_default=True)
@click.option("--jp", "alokasi_jp", type=click.IntRange(1, 200), default=NewModul.alokasi_jp, show_default=True,
              help="Alokasi waktu dalam JP.")
@click.option("--materi", type=click.IntRange(1, 99), default=NewModul.materi, show_default=True,
              help="Jumlah materi pokok.")
@CURRICULUM
@LANG
def new_modul(folder: str, kode: str, judul: str, kelompok: str, moda: str, alokasi_jp: int, materi: int,
              curriculum: Path, lang: str) -> None:
    """Buat folder modul baru (status draf); menit materi sudah berjumlah alokasi JP."""
    import datetime

    from build_tools.scaffold import ScaffoldError, create_modul, program_menit_per_jp

    say = Say(lang)
    curriculum_or_fail(curriculum, say)
    per_jp = program_menit_per_jp(curriculum)
    spec = NewModul(folder, kode, judul, kelompok, alokasi_jp, materi, per_jp,
                    tanggal=datetime.date.today().isoformat(), moda=moda)
    try:
        written = create_modul(curriculum, spec)
    except ScaffoldError as exc:
        raise say.fail("scaffold_refused", reason=exc) from exc
    for path in written:
        say("created", path=path)
    say("modul_minutes", jp=alokasi_jp, per_jp=per_jp, total=alokasi_jp * per_jp, materi=materi)
    say("modul_next")


@new.command(name="materi")
@click.argument("folder")
@click.option("--judul", required=True, help="Judul materi pokok (boleh memuat tanda baca apa pun).")
@click.option("--menit", type=click.IntRange(1, None), default=None,
              help="Alokasi waktu; bawaan: sisa menit modul yang belum terbagi.")
@click.option("--slug", default=None, help="Bagian nama berkas setelah NN-; bawaan: dari judul.")
@CURRICULUM
@LANG
def new_materi(folder: str, judul: str, menit: int | None, slug: str | None, curriculum: Path, lang: str) -> None:
    """Tambahkan materi pokok berikutnya (nomor NN berikutnya) ke modul FOLDER."""
    from build_tools.scaffold import NewMateri, ScaffoldError, create_materi

    say = Say(lang)
    curriculum_or_fail(curriculum, say)
    try:
        result = create_materi(curriculum, NewMateri(Path(folder).name, judul, menit, slug))
    except ScaffoldError as exc:
        raise say.fail("scaffold_refused", reason=exc) from exc
    say("materi_created", path=result.path, menit=result.menit)
    if result.left == 0:
        say("materi_even", allocated=result.allocated, planned=result.planned)
    elif result.left > 0:
        say("materi_left", left=result.left, planned=result.planned)
    else:
        say("materi_over", allocated=result.allocated, planned=result.planned, over=-result.left)
