"""A diagnostic and the three ways we print a run's worth of them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from build_tools.diagnostics.catalogue import CATALOGUE, Severity

# The label of the line after each message, as the author guide and the Diagnostik page say it.
FIX_LABEL = {"id": "cara memperbaiki", "en": "how to fix"}


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem at one place. Ordered by path, line, column so a run reads top to bottom."""

    path: str
    line: int
    column: int
    code: str
    args: tuple[tuple[str, object], ...] = field(default=(), compare=False)

    @property
    def severity(self) -> Severity:
        return CATALOGUE[self.code].severity

    def message(self, lang: str = "id") -> str:
        entry = CATALOGUE[self.code]
        return self._fill(entry.en if lang == "en" else entry.id, lang)

    def fix(self, lang: str = "id") -> str:
        """How to fix it ("cara memperbaiki"); may quote the message's own arguments."""
        entry = CATALOGUE[self.code]
        return self._fill(entry.fix_en if lang == "en" else entry.fix, lang)

    def _fill(self, template: str, lang: str) -> str:
        # An argument given as an (Indonesian, English) pair is itself words, not data.
        pick = 1 if lang == "en" else 0
        args = {k: v[pick] if isinstance(v, tuple) else v for k, v in self.args}
        return template.format(**args)

    def text(self, lang: str = "id") -> str:
        return (
            f"{self.path}:{self.line}:{self.column}: {self.severity.value}: "
            f"[{self.code}] {self.message(lang)}"
        )

    def text_with_fix(self, lang: str = "id") -> str:
        """The diagnostic line, then how to fix it, indented so the first line stays greppable."""
        return f"{self.text(lang)}\n  {FIX_LABEL[lang]}: {self.fix(lang)}"

    def github(self, lang: str = "id") -> str:
        level = "error" if self.severity is Severity.ERROR else "warning"
        # Workflow commands end at a newline and treat % specially; the annotation shows the
        # fix on a second line (an escaped newline).
        msg = f"[{self.code}] {self.message(lang)}\n{FIX_LABEL[lang]}: {self.fix(lang)}"
        msg = msg.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{level} file={self.path},line={self.line},col={self.column}::{msg}"

    def as_dict(self, lang: str = "id") -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message(lang),
            "fix": self.fix(lang),
        }


def diag(path: str, line: int, column: int, code: str, /, **args: object) -> Diagnostic:
    if code not in CATALOGUE:  # a programming error, caught by the catalogue test
        raise KeyError(code)
    return Diagnostic(path, max(line, 1), max(column, 1), code, tuple(sorted(
        (k, v if isinstance(v, tuple) else _short(v)) for k, v in args.items()
    )))


def _short(value: object, limit: int = 80) -> str:
    """Values quoted back to the author stay one readable line, whatever the content was."""
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Report:
    """All diagnostics of one run, sorted, with the counts the summary line needs."""

    diagnostics: list[Diagnostic]

    def __post_init__(self) -> None:
        self.diagnostics = sorted(set(self.diagnostics))

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return len(self.diagnostics) - self.errors

    @property
    def ok(self) -> bool:
        return self.errors == 0

    def summary(self, lang: str = "id") -> str:
        if lang == "en":
            return f"{self.errors} error(s), {self.warnings} warning(s)"
        return f"{self.errors} galat, {self.warnings} peringatan"

    def render(self, fmt: str = "text", lang: str = "id") -> str:
        if fmt == "json":
            return json.dumps(
                {
                    "diagnostics": [d.as_dict(lang) for d in self.diagnostics],
                    "errors": self.errors,
                    "warnings": self.warnings,
                },
                ensure_ascii=False,
                indent=2,
            )
        lines = [d.github(lang) if fmt == "github" else d.text_with_fix(lang) for d in self.diagnostics]
        lines.append(self.summary(lang))
        return "\n".join(lines)
