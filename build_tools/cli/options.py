"""Options that several commands share, spelled once, and the checks of the paths they name."""

from __future__ import annotations

from pathlib import Path

import click

from build_tools.cli.output import Say
from build_tools.errors import LANGS

LANG = click.option("--lang", type=click.Choice(LANGS), default="id", show_default=True,
                    help="Bahasa pesan / language of the messages.")
CONFIG = click.option("-f", "--config-file", type=click.Path(path_type=Path), default="mkdocs.yml",
                      show_default=True, help="Berkas konfigurasi MkDocs situs.")
DRAFTS = click.option("--drafts", is_flag=True,
                      help="Terbitkan juga modul berstatus draf dan reviu (pratinjau).")
CURRICULUM = click.option("--curriculum", type=click.Path(path_type=Path), default="curriculum",
                          show_default=True, help="Folder kurikulum.")


def config_or_fail(config_file: Path, say: Say) -> None:
    if not config_file.is_file():
        raise say.fail("config_missing", path=config_file)


def curriculum_or_fail(curriculum: Path, say: Say) -> None:
    if not curriculum.is_dir():
        raise say.fail("curriculum_missing", path=curriculum)
