"""Diagnostics: one record per problem, one catalogue of every problem we can report."""

from __future__ import annotations

from build_tools.diagnostics.catalogue import CATALOGUE, Entry, Severity
from build_tools.diagnostics.diagnostic import Diagnostic, Report

__all__ = ["CATALOGUE", "Diagnostic", "Entry", "Report", "Severity"]
