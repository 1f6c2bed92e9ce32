"""The size limits of a curriculum, stated once and checked before anything is read whole.

Content arrives by pull request from people outside the team. A file of a gigabyte, a front
matter of megabytes or a NUL byte would make every build slow or odd for every mirror; these
bounds keep validation and builds bounded in time and memory. Sizes are taken from the file
system (``stat``) before a file is opened, so an oversized file costs nothing to refuse. The
format reference (docs/referensi-format.md) states the same numbers.
"""

from __future__ import annotations

KIB = 1024
MIB = 1024 * KIB

FRONT_MATTER = 64 * KIB  # the YAML between the two '---' lines of a Markdown file
TEXT_FILE = 2 * MIB  # a Markdown file, program.yml, kata-tetap.txt
# One file of a modul other than Markdown (images, SVG, PDF): a diagram or a short handout.
MEDIA_FILE = 5 * MIB
TOTAL = 200 * MIB  # every file of curriculum/ together: mirrors and offline copies take it all


def human(size: int) -> str:
    """A size the way the limits are written: '64 KiB', '2 MiB', '2,3 MiB'."""
    if size >= MIB and size % MIB == 0:
        return f"{size // MIB} MiB"
    if size >= MIB:
        return f"{size / MIB:.1f} MiB".replace(".", ",")
    if size >= KIB:
        return f"{size / KIB:.0f} KiB"
    return f"{size} B"
