"""Developer sessions: ``nox -s check``, ``nox -s tests``, ``nox -s bench``, ``nox -s generate``.

The checks are ``scripts/check`` (the same script CI runs), so nox and CI cannot drift apart.
"""

from __future__ import annotations

import nox

nox.options.sessions = ["check", "tests"]
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]


@nox.session
def check(session: nox.Session) -> None:
    session.install("-e", ".[dev]")
    session.run("bash", "scripts/check", *session.posargs, env={"VENV": session.virtualenv.location}, external=True)


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    session.install("-e", ".[dev]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    session.install("-e", ".[dev]")
    session.run("python", "-m", "benchmarks", *session.posargs)


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate the sync twins and the generated API surface."""
    session.install("-e", ".[dev]")
    session.run("python", "scripts/unasync.py")
    session.run("python", "-m", "codegen")
