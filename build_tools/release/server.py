"""Server configuration written for one installation: deploy/'s tested files, with the
installation folder and path prefix of this mirror in place of /srv/berpijar and
/pelatihan/asn/, so an administrator includes a file instead of editing one.
"""

from __future__ import annotations

from pathlib import Path

from build_tools.sanitize.guard import POLICY_FILE  # the build writes the site's policy there

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"  # beside build_tools/ in the repository
SERVERS = ("nginx", "apache")
EXAMPLE_FOLDER = "/srv/berpijar"
EXAMPLE_PREFIX = "/pelatihan/asn"


def normal_prefix(prefix: str) -> str:
    """'/', or '/a/b/' with one slash at each end."""
    inner = prefix.strip().strip("/")
    return f"/{inner}/" if inner else "/"


def render(server: str, folder: Path, prefix: str) -> str:
    prefix = normal_prefix(prefix)
    variant = "akar" if prefix == "/" else "awalan"
    text = (DEPLOY / server / f"berpijar-{variant}.conf").read_text("utf-8")
    text = text.replace(EXAMPLE_FOLDER, str(folder.absolute()))
    return text.replace(EXAMPLE_PREFIX, prefix.rstrip("/")) if variant == "awalan" else text


def write(folder: Path, prefix: str) -> list[Path]:
    """FOLDER/server/<server>.conf for each server; nothing when deploy/ is not installed."""
    if not DEPLOY.is_dir():
        return []
    out = folder / "server"
    out.mkdir(exist_ok=True)
    written = []
    for server in SERVERS:
        path = out / f"{server}.conf"
        path.write_text(render(server, folder, prefix), "utf-8")
        written.append(path)
    return written


CSP_FILES = {"nginx": ("csp.nginx", 'add_header Content-Security-Policy "{}" always;\n'),
             "apache": ("csp.apache", 'Header always set Content-Security-Policy "{}"\n')}


def write_policy(folder: Path) -> list[Path]:
    """FOLDER/server/csp.<server>: the served release's policy as a response header, which the
    deploy/ files include; rewritten on every install and rollback so it follows the release."""
    policy_file = folder / "current" / POLICY_FILE
    if not policy_file.is_file():
        return []
    policy = " ".join(policy_file.read_text("utf-8").split())
    out = folder / "server"
    out.mkdir(exist_ok=True)
    written = []
    for name, line in CSP_FILES.values():
        path = out / name
        path.write_text(line.format(policy), "utf-8")
        written.append(path)
    return written
