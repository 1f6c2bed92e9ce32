"""Fixtures of the mirror tests (defined in releases.py and deployment.py, which
tests/browser/test_mirror.py imports too)."""

from tests.mirror.deployment import mirror  # noqa: F401
from tests.mirror.releases import keys, releases  # noqa: F401
