"""ASN Berpijar: load, validate and compile the curriculum into a learning site.

The pipeline is spelled out in the module names: ``load`` reads ``curriculum/`` into
documents that remember where every value came from, ``validate`` turns every broken rule of
the curriculum format into a diagnostic, ``model`` gives the validated data its RBPMP shape,
``compile`` writes the site's pages, ``plugin`` hands them to MkDocs, ``release`` packs,
signs, verifies and installs a mirror.
Nothing here but ``plugin`` imports MkDocs, so the renderer can be swapped without touching
the core.
"""

from __future__ import annotations

__version__ = "0.1.0"
