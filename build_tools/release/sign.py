"""minisign keys and signatures for the release manifest (py-minisign, by minisign's author).

The release manager signs ``SHA256SUMS`` once per release; anyone checks it with the public
key, either with ``berpijar verify`` or with Debian's ``minisign -V -p key.pub -m SHA256SUMS``.
Signatures are prehashed (``ED``), minisign's default, and their trusted comment names the
program, version and commit, so a signature cannot be passed off as another release's.
"""

from __future__ import annotations

import os
from pathlib import Path

import minisign

from build_tools.errors import ToolError
from build_tools.release import messages

PASSWORD_ENV = "BERPIJAR_KUNCI_SANDI"


class SignError(ToolError):
    """A key or signature problem, worded for the administrator."""

    texts = messages.SIGN


def generate(secret: Path, public: Path, password: str | None) -> None:
    """A new key pair; the secret key file is created 0600 and never overwritten."""
    for path in (secret, public):
        if path.exists():
            raise SignError("key_exists", path=path)
    secret.parent.mkdir(parents=True, exist_ok=True)
    public.parent.mkdir(parents=True, exist_ok=True)
    pair = minisign.KeyPair.generate()
    with pair.secret_key as key:
        if password:
            key.encrypt(password)
        fd = os.open(secret, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with open(fd, "wb") as f:
            f.write(bytes(key) + b"\n")
    public.write_bytes(bytes(pair.public_key) + b"\n")


def load_secret(path: Path, password: str | None) -> minisign.SecretKey:
    try:
        key = minisign.SecretKey.from_file(path)
    except (OSError, minisign.Error) as exc:
        raise SignError("secret_unreadable", path=path, error=exc) from None
    if key.is_encrypted():
        if not password:
            raise SignError("password_needed", path=path, env=PASSWORD_ENV)
        try:
            key.decrypt(password)
        except minisign.Error:
            raise SignError("password_wrong", path=path) from None
    return key


def sign(data: bytes, key: minisign.SecretKey, trusted_comment: str) -> bytes:
    return bytes(key.sign(data, trusted_comment=trusted_comment)) + b"\n"


def check(data: bytes, signature: bytes, public_key: bytes) -> str:
    """The signature's trusted comment when it is good; SignError otherwise."""
    try:
        key = minisign.PublicKey.from_bytes(public_key.strip())
    except minisign.Error:
        try:
            key = minisign.PublicKey.from_base64(public_key.strip())
        except minisign.Error as exc:
            raise SignError("public_key_invalid", error=exc) from None
    try:
        parsed = minisign.Signature.from_bytes(signature.strip())
    except minisign.Error as exc:
        raise SignError("signature_invalid", error=exc) from None
    try:
        key.verify(data, parsed)
    except minisign.Error:
        raise SignError("mismatch") from None
    return parsed.trusted_comment
