"""The publisher's signature on each redacted PDF (PAdES, with pyHanko).

Where the plugin's ``signing_certificate`` names a PKCS#12 file (and the environment variable
named by ``signing_passphrase_env`` holds its passphrase), every redacted PDF is signed after it
has been proven: a PAdES baseline signature (``ETSI.CAdES.detached``, SHA-256) in an
incremental update, so that anyone can check that the copy is the publisher's and unaltered
since (pyHanko's ``pyhanko sign validate``, Adobe Acrobat Reader's signature panel). The signed
file is the one hashed, published and leak-checked. A signature made for the same redacted
bytes and the same certificate is kept in ``.cache/signed/`` and reused, so an unchanged
document keeps its signed bytes from build to build.

The certificate never belongs in the repository: a file inside the workspace is refused, and so
are a missing file, an unset passphrase and a passphrase that does not open it.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

from transparency._atomic import atomic_write_bytes
from transparency.errors import ConfigError

__all__ = ["DEFAULT_PASSPHRASE_ENV", "Signer", "load_signer"]

DEFAULT_PASSPHRASE_ENV = "TRANSPARENCY_SIGNING_PASSPHRASE"
_FIELD = "PublisherSignature"


@dataclass
class Signer:
    """A loaded signing certificate and what the record says of it."""

    signer: object  # pyhanko.sign.signers.SimpleSigner
    fingerprint: str  # SHA-256 of the certificate (DER), hex
    subject: str
    reason: str

    def describe(self) -> dict:
        """The signature as the verification record states it."""
        return {
            "standard": "PAdES baseline (ETSI.CAdES.detached), SHA-256",
            "subject": self.subject,
            "certificate sha256": self.fingerprint,
            "field": _FIELD,
        }

    def sign(self, data: bytes, cache: Path) -> bytes:
        """``data`` (a PDF) signed; taken from ``cache`` when signed before."""
        key = hashlib.sha256(f"{self.fingerprint}:{self.reason}:".encode() + data).hexdigest()
        entry = cache / "signed" / f"{key}.pdf"
        if entry.is_file():
            return entry.read_bytes()
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers

        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        metadata = signers.PdfSignatureMetadata(
            field_name=_FIELD,
            md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES,
            reason=self.reason,
        )
        out = signers.sign_pdf(writer, metadata, signer=self.signer)
        signed = out.getvalue()
        atomic_write_bytes(entry, signed)
        return signed


def load_signer(
    certificate: str,
    *,
    passphrase_env: str = DEFAULT_PASSPHRASE_ENV,
    workspace: Path,
    config_path: str | Path = "mkdocs.yml",
    reason: str = "",
) -> Signer:
    """The signer of the PKCS#12 file ``certificate`` (its passphrase from the environment
    variable ``passphrase_env``); a :class:`ConfigError` naming what is wrong otherwise."""
    path = Path(certificate).expanduser()
    if not path.is_absolute():
        path = Path(config_path).parent / path
    hint = (
        "Keep the PKCS#12 file outside the repository and put its passphrase in the"
        f" environment variable {passphrase_env} (see docs/verifying.md)."
    )
    if path.resolve().is_relative_to(Path(workspace).resolve()):
        raise ConfigError(
            f"the signing certificate {path} is inside the workspace; it must never be in the"
            " repository",
            path=config_path,
            hint=hint,
        )
    if not path.is_file():
        raise ConfigError(f"the signing certificate {path} does not exist", path=config_path)
    passphrase = os.environ.get(passphrase_env)
    if passphrase is None:
        raise ConfigError(
            f"the environment variable {passphrase_env} (the signing certificate's passphrase)"
            " is not set",
            path=config_path,
            hint=hint,
        )
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign import signers

    raw = path.read_bytes()
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(raw, passphrase.encode() or None)
    except ValueError:
        raise ConfigError(
            f"the signing certificate {path} cannot be opened with the passphrase in"
            f" {passphrase_env} (or it is not a PKCS#12 file)",
            path=config_path,
            hint=hint,
        ) from None
    if key is None or cert is None:
        raise ConfigError(
            f"the signing certificate {path} holds no private key and certificate",
            path=config_path,
        )
    signer = signers.SimpleSigner.load_pkcs12(path, passphrase=passphrase.encode() or None)
    if signer is None:
        raise ConfigError(f"pyHanko cannot use the signing certificate {path}", path=config_path)
    fingerprint = cert.fingerprint(hashes.SHA256()).hex()
    return Signer(
        signer,
        fingerprint,
        cert.subject.rfc4514_string(),
        reason or "Redacted copy published by the contracting authority",
    )
