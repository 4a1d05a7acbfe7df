"""Bad input: one clear line naming the file, a non-zero exit, no traceback, no output file."""

from __future__ import annotations

import io
import zipfile

import pytest
from conftest import invoke
from pypdf import PdfWriter

from transparency.cli import cli


def _encrypted_pdf(path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as handle:
        writer.write(handle)


def _xlsx_like(path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    path.write_bytes(buffer.getvalue())


BAD_FILES = {
    "missing.pdf": (None, "no such file"),
    "notes.txt": (lambda p: p.write_text("hello"), "unsupported document type '.txt'"),
    "corrupt.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n garbage \x00\x01"), "PDF"),
    "random.pdf": (lambda p: p.write_bytes(b"not a pdf at all"), "PDF"),
    "locked.pdf": (_encrypted_pdf, "password"),
    "corrupt.docx": (lambda p: p.write_bytes(b"PK\x03\x04 broken zip"), "Word document"),
    "sheet.docx": (_xlsx_like, "Word document"),
    "empty.pdf": (lambda p: p.write_bytes(b""), "empty"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_document_is_one_clear_line(runner, tmp_path, monkeypatch, name):
    make, expected = BAD_FILES[name]
    if make:
        make(tmp_path / name)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["scan", name, "--json"])
    assert result.exit_code == 1, result.output
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"Error: {name}: ")
    assert expected in lines[0]
    assert "Traceback" not in result.stderr


def test_bad_document_in_workspace_writes_no_proposals(runner, make_workspace):
    root = make_workspace()
    (root / "contracts/home-care/contract.docx").write_bytes(b"PK\x03\x04 broken")
    result = invoke(runner, root, "scan")
    assert result.exit_code == 1
    assert "contract.docx" in result.stderr
    assert not (root / "redaction" / "home-care.yaml").exists()


def test_invalid_contract_yaml_names_the_line(runner, make_workspace):
    root = make_workspace()
    (root / "contracts/home-care/contract.yaml").write_text("id: home-care\ntitle: [unclosed\n")
    result = invoke(runner, root, "scan")
    assert result.exit_code == 2
    assert "contract.yaml: line" in result.stderr
    assert "invalid YAML" in result.stderr
    assert "Traceback" not in result.stderr


def test_contract_yaml_field_errors_are_all_listed(runner, make_workspace):
    root = make_workspace(meta={"value": {"amount": "lots"}, "awarded": "someday", "colour": "red"})
    result = invoke(runner, root, "scan")
    assert result.exit_code == 2
    assert "contract.yaml: value.amount:" in result.stderr
    assert "contract.yaml: awarded:" in result.stderr
    assert "contract.yaml: colour: unknown field" in result.stderr


def test_not_a_workspace(runner, tmp_path):
    result = runner.invoke(cli, ["build", "--workspace", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: {tmp_path}: not a workspace: there is no 'contracts' folder. Run the command"
        " at the workspace root, or pass --workspace PATH.\n"
    )


def test_zip_bomb_docx_is_refused(runner, tmp_path, monkeypatch):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (50 * 1024 * 1024))
    (tmp_path / "bomb.docx").write_bytes(buffer.getvalue())
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["scan", "bomb.docx", "--json"])
    assert result.exit_code == 1
    assert "Error: bomb.docx: the file's parts expand to 52 MB" in result.stderr
    assert "zip bomb" in result.stderr


def test_huge_file_is_refused(runner, tmp_path, monkeypatch):
    (tmp_path / "big.pdf").write_bytes(b"%PDF-1.7\n" + b"0" * 3 * 1024 * 1024)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TRANSPARENCY_MAX_DOCUMENT_MB", "2")
    result = runner.invoke(cli, ["scan", "big.pdf", "--json"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: big.pdf: the file is 3 MB, more than the 2 MB")


def _built_workspace(runner, make_workspace):
    from conftest import decide_all

    root = make_workspace()
    assert invoke(runner, root, "scan").exit_code == 0
    decide_all(root)
    return root


def test_a_bad_plugin_option_is_one_line_naming_the_file(runner, make_workspace):
    root = _built_workspace(runner, make_workspace)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("  - transparency\n", "  - transparency:\n      today: soon\n")
    )
    result = runner.invoke(cli, ["build", "--workspace", str(root)])
    assert result.exit_code == 1
    assert "Traceback" not in result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"Error: {config}:")
    assert "'soon' is not a date" in line


def test_an_unexpected_error_is_one_line_and_its_traceback_needs_vv(runner, make_workspace):
    root = _built_workspace(runner, make_workspace)
    (root / "hooks.py").write_text(
        "def on_page_markdown(markdown, page, config, files):\n"
        "    raise RuntimeError('the publisher hook broke')\n"
    )
    config = root / "mkdocs.yml"
    config.write_text(config.read_text() + "hooks:\n  - hooks.py\n")
    result = runner.invoke(cli, ["build", "--workspace", str(root)])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    [line] = result.stderr.splitlines()
    assert line == (
        "Error: unexpected RuntimeError: the publisher hook broke. Nothing more was done;"
        " run with -vv for details."
    )
    assert not (root / "site").exists()
    verbose = runner.invoke(cli, ["-vv", "build", "--workspace", str(root)])
    assert verbose.exit_code == 1
    assert "Traceback (most recent call last)" in verbose.stderr
    assert "hooks.py" in verbose.stderr
