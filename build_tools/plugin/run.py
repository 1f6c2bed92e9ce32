"""Run MkDocs for the CLI: a build that replaces the site only when it succeeded.

MkDocs cleans its site folder before writing, so a build that fails halfway (a template
error, a full disk) would leave learners a broken mirror. We build into a sibling folder
and swap it in with renames, keeping the last good site until the new one is whole.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from build_tools.errors import Message, ToolError
from build_tools.release.tree import DIR_MODE


class BuildFailed(ToolError):
    """The site could not be built. Its text is what MkDocs logged (diagnostics, the plugin's
    reasons) as it was, but a reason of ours behind the failure (a file the site must ship) is
    said in the language asked."""

    texts = {
        "logged": Message("{log}", "{log}"),
        "ours": Message("{log}{reason}", "{log}{reason}"),
        "crashed": Message("{kind}: {error}", "{kind}: {error}"),
    }


class _Errors(logging.Handler):
    """MkDocs logs a plugin's reason and then raises a generic Abort: keep the reason."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message and not message.startswith("Aborted with"):
            self.messages.append(message)


def build_site(config_file: Path, output: Path, site_url: str | None = None, drafts: bool = False,
               lang: str = "id") -> Path:
    config_file = config_file.resolve()
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.baru-", dir=output.parent))
    errors = _Errors()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(errors)
    try:
        overrides = {"site_dir": str(staging)}
        if site_url:
            overrides["site_url"] = site_url
        config = load_config(str(config_file), **overrides)
        plugin = config.plugins["berpijar"].config  # its own options, as mkdocs.yml would set them
        plugin.lang = lang
        if drafts:
            plugin.drafts = True
        build(config)
    except (PluginError, ConfigurationError, Abort) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise _refused(errors.messages, exc) from None
    except Exception as exc:  # a template or disk problem: keep the last good site all the same
        shutil.rmtree(staging, ignore_errors=True)
        logging.getLogger("mkdocs").debug("build failed", exc_info=True)
        raise BuildFailed("crashed", kind=type(exc).__name__, error=exc) from None
    finally:
        mkdocs_log.removeHandler(errors)  # SOURCE_DATE_EPOCH: the plugin puts it back (tree.SourceDate)
    # mkdtemp made the folder 0700: servers would answer 403 to a copy made with cp -a.
    os.chmod(staging, DIR_MODE)
    _swap(staging, output)
    return output


def _refused(logged: list[str], exc: BaseException) -> BuildFailed:
    """What MkDocs logged; a reason of ours that the plugin passed on (``PluginError(str(reason))
    from reason``, logged, then MkDocs' Abort) is kept as the reason, so it can be said in English."""
    cause: BaseException | None = exc
    while cause is not None and not isinstance(cause, ToolError):
        cause = cause.__cause__ or cause.__context__
    if cause is None or str(cause) not in logged:
        return BuildFailed("logged", log="\n".join(logged) or str(exc))
    return BuildFailed("ours", log="".join(f"{line}\n" for line in logged if line != str(cause)), reason=cause)


def _swap(new: Path, output: Path) -> None:
    old = None
    if output.exists():
        old = output.with_name(f".{output.name}.lama-{os.getpid()}")
        output.rename(old)
    new.rename(output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
