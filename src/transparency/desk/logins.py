"""Sign-in for a desk served beyond this machine (``--allow-remote``).

A logins file is YAML, one officer per entry, each with a password hash made by
``transparency desk --hash-password`` (scrypt, from Python's standard library, with a random
salt)::

    logins:
      - name: Fiona Hale
        password: scrypt$16384$8$1$<salt>$<hash>

Keep it outside the workspace's git repository, readable only by the account that runs the
desk. The name must be one of the officers or approvers of ``transparency.yaml``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from transparency.errors import Problem, ValidationError
from transparency.records import load_yaml

__all__ = ["Logins", "hash_password"]

_N, _R, _P = 2**14, 8, 1


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    """A salted scrypt hash of ``password``, as the logins file keeps it."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


def _matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = _unb64(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=_unb64(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass
class Logins:
    """The officers who may sign in, with their password hashes."""

    hashes: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> Logins:
        data = load_yaml(path)
        entries = data.get("logins") if isinstance(data, dict) else None
        if not isinstance(entries, list) or not entries:
            raise ValidationError(
                [Problem(path, "expected 'logins': a list of entries with 'name' and 'password'")],
                hint="See docs/desk.md: make each password hash with"
                " `transparency desk --hash-password`.",
            )
        hashes: dict[str, str] = {}
        problems = []
        for number, entry in enumerate(entries, 1):
            if (
                not isinstance(entry, dict)
                or not str(entry.get("name") or "").strip()
                or not str(entry.get("password") or "").startswith("scrypt$")
            ):
                problems.append(
                    Problem(
                        path,
                        "needs a 'name' and a 'password' hash made by"
                        " `transparency desk --hash-password`",
                        record=f"login {number}",
                    )
                )
                continue
            hashes[str(entry["name"]).strip()] = str(entry["password"])
        if problems:
            raise ValidationError(problems)
        return cls(hashes)

    def check(self, name: str, password: str) -> str | None:
        """The officer's name if ``password`` is theirs, else ``None``."""
        folded = {k.casefold(): k for k in self.hashes}
        key = folded.get(name.strip().casefold())
        if key is None:
            _matches(password, hash_password("timing"))  # the same work either way
            return None
        return key if _matches(password, self.hashes[key]) else None
