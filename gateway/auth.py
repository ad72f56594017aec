"""SMTP AUTH against a credentials file of salted scrypt hashes.

File format, one user per line (``#`` comments and blank lines ignored)::

    alice:scrypt$16384$8$1$<salt base64>$<hash base64>

Make a line with ``mailgate serve --hash-password USER`` (reads the password
from the terminal or stdin). Plain text passwords are never accepted.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
from dataclasses import dataclass
from pathlib import Path

from aiosmtpd.smtp import AuthResult, LoginPassword

N, R, P = 2**14, 8, 1  # ~16 MiB and a few tens of ms per check
_DKLEN = 32


class CredentialsError(Exception):
    pass


def hash_password(password: str, *, n: int = N, r: int = R, p: int = P) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=r, p=p, dklen=_DKLEN)
    b64 = base64.b64encode
    return f"scrypt${n}${r}${p}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: bytes, encoded: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = encoded.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password,
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
            maxmem=256 * 1024 * 1024,
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


@dataclass(frozen=True)
class Credentials:
    users: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> Credentials:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise CredentialsError(f"{path}: cannot read: {exc.strerror}") from None
        users: dict[str, str] = {}
        for number, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            user, sep, encoded = line.partition(":")
            if not sep or not user or not encoded.startswith("scrypt$"):
                raise CredentialsError(
                    f"{path}:{number}: expected 'user:scrypt$…' (make one with "
                    "`mailgate serve --hash-password USER`)"
                )
            if len(encoded.split("$")) != 6:
                raise CredentialsError(f"{path}:{number}: malformed scrypt hash for {user!r}")
            users[user] = encoded
        return cls(users)

    def check(self, user: str, password: bytes) -> bool:
        encoded = self.users.get(user)
        if encoded is None:
            # Spend the same effort for unknown users: no timing oracle for names.
            verify_password(password, _dummy_hash())
            return False
        return verify_password(password, encoded)


@functools.cache
def _dummy_hash() -> str:
    return hash_password("not a password")


class Authenticator:
    """aiosmtpd ``authenticator`` for PLAIN and LOGIN."""

    def __init__(self, credentials: Credentials) -> None:
        self.credentials = credentials

    def knows(self, user: str) -> bool:
        return user in self.credentials.users

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if mechanism not in ("PLAIN", "LOGIN") or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        try:
            user = auth_data.login.decode("utf-8")
        except UnicodeDecodeError:
            return AuthResult(success=False, handled=False)
        if self.credentials.check(user, auth_data.password):
            return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)
