"""The verification record beside each redacted original (JSON and on the contract page), and
the publisher's PAdES signature on the redacted PDFs, checked by pyHanko's own validator."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from transparency.cli import cli
from transparency.decisions import publication_gate
from transparency.workspace import Workspace

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery staple"
ENV = "TRANSPARENCY_SIGNING_PASSPHRASE"


def _build(workspace: Path, site_dir: Path) -> str:
    result = CliRunner().invoke(
        cli, ["build", "--site-dir", str(site_dir), "--workspace", str(workspace)]
    )
    assert result.exit_code == 0, result.output + result.stderr
    assert "Leak check passed" in result.output
    return result.output


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("verification") / "site"
    _build(REPO, site_dir)
    return site_dir


@pytest.fixture(scope="module")
def releases():
    return publication_gate(Workspace.open(REPO), dt.date.today())


def test_every_redacted_original_has_a_record_with_its_real_sha256(sample_site, releases):
    originals = [
        f"contracts/{r.contract.id}/{ref.file}"
        for r in releases
        for ref in r.contract.meta.documents
    ]
    assert len(originals) >= 6
    for name in originals:
        published = (sample_site / name).read_bytes()
        record = json.loads((sample_site / f"{name}.verification.json").read_text())
        assert record["path"] == name
        assert record["sha256"] == hashlib.sha256(published).hexdigest()
        assert record["bytes"] == len(published)
        assert record["checked on"] == dt.date.today().isoformat()
        assert record["result"].startswith("passed")
        names = [e["name"] for e in record["extractors"]]
        if name.endswith(".pdf"):
            assert names[0] == "pypdf" and "poppler pdftotext" in names
            assert record["structure"]["unreachable objects"] == 0
            assert record["structure"]["objects"] > 0
        else:
            assert names == ["python-docx", "lxml"]
            assert record["structure"]["unreachable parts"] == 0
        assert all(re.fullmatch(r"\d[\w.+-]*", e["version"]) for e in record["extractors"])


def test_each_redaction_is_counted_removed_by_place_and_never_named_by_its_text(
    sample_site, releases
):
    for release in releases:
        for ref in release.contract.meta.documents:
            name = f"contracts/{release.contract.id}/{ref.file}"
            text = (sample_site / f"{name}.verification.json").read_text()
            record = json.loads(text)
            redactions = [r for r in release.redactions_in(ref.file) if r.within is None]
            numbers = sorted(n for e in record["redactions"] for n in e["redactions"])
            assert numbers == sorted(r.number for r in redactions)
            for entry in record["redactions"]:
                assert entry["spans removed"] == len(entry["redactions"])
                assert entry["places removed"] >= entry["spans removed"]
                for way in entry["readings"]:
                    # What the proof allows: never more than the clean copy less the spans.
                    allowed = max(0, way["clean copy"] - entry["spans removed"])
                    assert way["published copy"] <= allowed
            # A span removed from a page's text is read in the clean copy (one removed from a
            # page image may not be: it is proven on the pixels).
            assert (
                sum(1 for e in record["redactions"] if e["readings"])
                >= len(record["redactions"]) - 1
            )
            for r in redactions:
                if len(r.text) >= 8:  # a distinctive text is never in the record
                    assert r.text.casefold() not in text.casefold()


def test_the_contract_page_shows_each_record_to_a_person(sample_site):
    page = (sample_site / "contracts/it-managed-services-2025/index.html").read_text()
    tree = lxml_html.fromstring(page)
    assert tree.xpath('//h2[@id="verification"]')
    records = tree.xpath('//details[@class="tp-verification-record"]')
    assert len(records) == 2
    for details, file in zip(
        records, ["contract.pdf", "schedule-data-processing.docx"], strict=True
    ):
        record = json.loads(
            (
                sample_site / f"contracts/it-managed-services-2025/{file}.verification.json"
            ).read_text()
        )
        text = details.text_content()
        assert record["sha256"] in text
        assert "Read with" in text and record["extractors"][0]["version"] in text
        link = details.xpath(".//a[text()='The record as JSON']")[0].get("href")
        assert link.endswith(f"{file}.verification.json")
        rows = details.xpath('.//table[@class="tp-verification"]//tbody/tr')
        assert len(rows) == len(record["redactions"])
        assert "Not signed." in text


# --- Signing ---------------------------------------------------------------------------------


def _certificate(folder: Path):
    """A throwaway self-signed certificate and its PKCS#12 file (with its passphrase)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Anyshire County Council (test)"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "GB"),
        ]
    )
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    path = folder / "signing.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"test signer",
            key,
            cert,
            None,
            serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    return path, cert


def _workspace_with_signing(tmp_path: Path, certificate: Path | str) -> Path:
    """A copy of the sample workspace whose mkdocs.yml signs with ``certificate``."""
    root = tmp_path / "ws"
    shutil.copytree(
        REPO,
        root,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            ".hypothesis",
            ".ruff_cache",
            "site",
            "tests",
            "src",
            "tools",
            ".site-*",
        ),
    )
    config = (root / "mkdocs.yml").read_text()
    marker = "  - transparency:\n"
    assert marker in config
    (root / "mkdocs.yml").write_text(
        config.replace(marker, f"{marker}      signing_certificate: {certificate}\n")
    )
    return root


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("signed")
    certificate, cert = _certificate(folder)
    root = _workspace_with_signing(folder, certificate)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENV, PASSPHRASE)
        _build(root, folder / "site")
    return folder / "site", cert


def test_a_signed_pdf_is_accepted_by_pyhankos_validator(signed):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    site, cert = signed
    root = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    pdfs = sorted(site.glob("contracts/*/*.pdf"))
    assert len(pdfs) >= 4
    for pdf in pdfs:
        reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))
        [signature] = reader.embedded_signatures
        status = validate_pdf_signature(signature, ValidationContext(trust_roots=[root]))
        assert status.intact and status.valid and status.trusted, (
            pdf,
            status.pretty_print_details(),
        )
        assert status.coverage.name == "ENTIRE_FILE"
        # The record hashes the signed file, the one published.
        record = json.loads(pdf.with_name(f"{pdf.name}.verification.json").read_text())
        assert record["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
        assert "CN=Anyshire County Council (test)" in record["signature"]["subject"]
    docx = next(site.glob("contracts/*/*.docx"))
    record = json.loads(docx.with_name(f"{docx.name}.verification.json").read_text())
    assert record["signature"] is None


def test_an_altered_signed_pdf_fails_validation(signed):
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    site, cert = signed
    data = bytearray(next(site.glob("contracts/*/contract.pdf")).read_bytes())
    index = data.index(b"/MediaBox")
    data[index + 12 : index + 13] = b"9" if data[index + 12 : index + 13] != b"9" else b"8"
    reader = PdfFileReader(io.BytesIO(bytes(data)), strict=False)
    root = asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    status = validate_pdf_signature(
        reader.embedded_signatures[0], ValidationContext(trust_roots=[root])
    )
    assert not status.intact


def test_the_leak_check_reads_the_signed_file(signed):
    """The signed copy is what is published, and the proof reads every object of it,
    the signature included (its value as syntax)."""
    from transparency.site.originals.proof import readings

    site, _ = signed
    data = next(site.glob("contracts/*/contract.pdf")).read_bytes()
    wheres = [r.where for r in readings(data, ".pdf", Path("contract.pdf"))]
    assert any(w.startswith("the signature value in object") for w in wheres)
    assert "the text extracted by pypdf" in wheres


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("inside", "is inside the workspace; it must never be in the repository"),
        ("missing", "does not exist"),
        ("no passphrase", f"the environment variable {ENV}"),
        ("wrong passphrase", "cannot be opened with the passphrase"),
    ],
)
def test_a_signing_certificate_that_cannot_be_used_stops_the_build(
    tmp_path, monkeypatch, setup, message
):
    certificate, _ = _certificate(tmp_path)
    target: Path | str = certificate
    if setup == "missing":
        target = tmp_path / "nowhere.p12"
    root = _workspace_with_signing(tmp_path, target)
    if setup == "inside":
        shutil.copy(certificate, root / "signing.p12")
        config = (root / "mkdocs.yml").read_text().replace(str(certificate), "signing.p12")
        (root / "mkdocs.yml").write_text(config)
    if setup == "no passphrase":
        monkeypatch.delenv(ENV, raising=False)
    else:
        monkeypatch.setenv(ENV, "wrong" if setup == "wrong passphrase" else PASSPHRASE)
    result = CliRunner().invoke(cli, ["build", "--workspace", str(root)])
    assert result.exit_code != 0
    assert message in result.output + result.stderr
    assert not (root / "site").exists()
