"""``berpijar``: the one command authors and agencies use.

validate → build → bundle → verify → pasang, plus serve and new for authors, diff for
reviewers, ekspor for agencies and kunci for the release manager. One module a group of
commands (``site``: validate, build, serve; ``release``: bundle, verify, pasang, kunci; ``new``;
``ekspor``; ``diff``; ``referensi``: referensi, diagnostik; ``svg``: bersihkan-svg), each a thin
caller of the ``build_tools`` module that does the work.

Messages are Indonesian by default, like the diagnostics, and English with ``--lang en``
(every command takes it); all of them stand in ``messages.py``. A command that cannot go on
raises ``CommandError`` (``output.py``), which click prints once. Exit codes: 0 fine, 1 the
content has errors (or a mirror does not match), 2 the command was used wrongly or its input
is missing.

To add a command: write it in the module of its group (or a new one) with ``@LANG`` and a
``Say``, put its messages in both languages in ``messages.py``, add it to ``COMMANDS`` below,
and test it in ``tests/cli/``.
"""

from __future__ import annotations

import click

from build_tools.cli.diff import diff_command
from build_tools.cli.ekspor import ekspor
from build_tools.cli.new import new
from build_tools.cli.referensi import list_diagnostics, referensi
from build_tools.cli.release import bundle, kunci, pasang, verify
from build_tools.cli.site import build, serve, validate
from build_tools.cli.svg import clean_svg

COMMANDS = (validate, build, serve, diff_command, new, referensi, bundle, verify, pasang, kunci, ekspor,
            clean_svg, list_diagnostics)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="asn-berpijar")
def main() -> None:
    """Alat kurikulum ASN Berpijar: periksa, bangun, dan terbitkan situs belajar."""


for _command in COMMANDS:
    main.add_command(_command)
