"""``python -m build_tools.cli``: the same ``berpijar`` (the tests run it this way)."""

from build_tools.cli import main

main()
