"""Releases for mirrors: what an agency downloads, checks, installs and updates.

- ``tree``: the built site made world-readable and dated by its source (reproducible).
- ``manifest``: ``SHA256SUMS`` (the ``sha256sum -c`` format) and its safe reading.
- ``buildinfo``: ``build-info.json``, which program, commit and date a site was built from.
- ``sign``: minisign keys and signatures of the manifest (Debian's ``minisign -V`` checks them).
- ``bundle``: the deterministic zip.
- ``verify``: a folder or a mirror's URL checked against an official, signed manifest.
- ``install``: ``berpijar pasang``, an atomic switch between release folders, with rollback.
- ``notfound``: the 404 page finds the site's root at run time, under any path prefix.

Nothing here imports MkDocs: the plugin and the CLI call in.
"""
