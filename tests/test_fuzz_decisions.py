"""Fuzzing the gate: decisions files, the publisher's rules and the history, edited at random.

Every example starts from a publishable workspace (``transparency check`` passes) and damages
``decisions/home-care.yaml`` (fields deleted, added, retyped at every level; random and
YAML-special strings; wrong types; duplicate records; random top-level values, bytes and
encodings), ``transparency.yaml`` or ``decisions/home-care.history.jsonl``. Whatever the edit,
``transparency check`` ends with status 0 or a known error status, prints no traceback, and
every line but the summary names the file it is about; ``publication_gate`` returns or raises
a :class:`~transparency.errors.TransparencyError`. The default run tries a few hundred examples
with a fixed seed; ``-m slow`` runs many more, at random (the failing example is printed).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import string
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import CONTRACT_YAML, MKDOCS_YML, decide_all, write_docx
from decisions_helpers import env
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transparency.cli import cli
from transparency.contracts import read_document
from transparency.decisions import publication_gate
from transparency.errors import ProblemsError, PublicationRefused, TransparencyError
from transparency.records import load_yaml
from transparency.workspace import Workspace

CONTRACT = "home-care"
OFFICER = "Fiona Hale, Information Governance Officer"
APPROVER = "Marcus Webb, Head of Legal Services"
CONFIG = {
    "require_approval": True,
    "officers": [OFFICER],
    "approvers": [APPROVER],
    "require_history": True,
    "due_within": "90d",
}
EXIT_CODES = {0, 1, 2, 3, 4}

FAST = settings(
    max_examples=100,
    deadline=None,
    derandomize=True,  # the same examples on every run: CI is not flaky
    database=None,  # nothing written into the working tree
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SLOW = settings(FAST, max_examples=2000, derandomize=False, print_blob=True)


# ---------------------------------------------------------------------------------------------
# The publishable workspace every example starts from
# ---------------------------------------------------------------------------------------------


class Base:
    """The publishable workspace at ``root`` and what its fuzzed files hold there."""

    def __init__(self, root: Path, decisions_text: str, history_text: str) -> None:
        self.root = root
        self.decisions_text = decisions_text
        self.decisions = yaml.safe_load(decisions_text)
        self.history_text = history_text
        self.config = CONFIG

    def __repr__(self) -> str:  # hypothesis prints it with every failing example
        return f"Base({self.root})"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    """A scanned, decided, approved workspace whose history matches; what its files hold."""
    root = tmp_path_factory.mktemp("fuzz-decisions") / "ws"
    folder = root / "contracts" / CONTRACT
    folder.mkdir(parents=True)
    write_docx(folder / "contract.docx")
    (folder / "contract.yaml").write_text(yaml.safe_dump(CONTRACT_YAML))
    (root / "pages").mkdir()
    (root / "pages" / "index.md").write_text("# Contracts\n\n<!-- transparency:summary -->\n")
    (root / "mkdocs.yml").write_text(MKDOCS_YML)
    runner = CliRunner()
    assert runner.invoke(cli, ["scan", "--workspace", str(root)]).exit_code == 0
    data = decide_all(root, decided_by=OFFICER)
    data["records"][-1].update(action="release", public_reason="The rate is already public.")
    text = read_document(folder / "contract.docx").text
    start = text.index("three years")
    data["records"].append(
        {
            "document": "contract.docx",
            "start": start,
            "end": start + len("three years"),
            "text": "three years",
            "action": "redact",
            "exemption": "FOIA s.41",
            "public_reason": "The term was given in confidence.",
            "justification": "An actionable breach of confidence.",
            "trade_secret": {"secret": "yes", "commercial_value": "yes", "protected": "yes"},
            "decided_by": OFFICER,
            "decided_on": "2025-03-10",
            "review_by": "2099-03-10",
        }
    )
    (root / "decisions" / f"{CONTRACT}.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    )
    (root / "transparency.yaml").write_text(yaml.safe_dump(CONFIG, sort_keys=False))
    for command, officer in (
        (["verify", CONTRACT, "--accept"], OFFICER),
        (
            ["approve", CONTRACT, "--all"],
            APPROVER,
        ),
    ):
        done = runner.invoke(
            cli,
            [*command, "--workspace", str(root)],
            input="y\n",
            env=env(root.parent, officer),
            catch_exceptions=False,
        )
        assert done.exit_code == 0, done.output + done.stderr
    ready = runner.invoke(cli, ["check", "--workspace", str(root)], catch_exceptions=False)
    assert ready.exit_code == 0, ready.stderr
    decisions = root / "decisions" / f"{CONTRACT}.yaml"
    history = root / "decisions" / f"{CONTRACT}.history.jsonl"
    return Base(root, decisions.read_text(), history.read_text())


def _files(root: Path) -> dict[str, Path]:
    return {
        "decisions": root / "decisions" / f"{CONTRACT}.yaml",
        "history": root / "decisions" / f"{CONTRACT}.history.jsonl",
        "config": root / "transparency.yaml",
    }


def _restore(base: Base) -> None:
    files = _files(base.root)
    files["decisions"].write_text(base.decisions_text)
    files["history"].write_text(base.history_text)
    files["config"].write_text(yaml.safe_dump(base.config, sort_keys=False))


# ---------------------------------------------------------------------------------------------
# The property
# ---------------------------------------------------------------------------------------------


def assert_clean_outcome(root: Path) -> None:
    """The gate and ``check`` end cleanly, and every problem names its file."""
    files = [str(p) for p in _files(root).values()]
    files += [str(root / "redaction" / f"{CONTRACT}.yaml"), str(root / "mkdocs.yml")]
    try:
        publication_gate(Workspace.open(root))
        expected = 0
    except ProblemsError as error:
        expected = error.exit_code
        for problem in error.problems:
            assert str(problem.path) in files, problem
    except TransparencyError as error:
        expected = error.exit_code
    result = CliRunner().invoke(cli, ["check", "--workspace", str(root)], catch_exceptions=True)
    output = result.output  # stdout and stderr, as on a terminal
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"check raised {result.exception!r}\n{output}"
    )
    assert "Traceback" not in output, output
    assert "Error: unexpected " not in output, output  # how the command group shows a crash
    assert result.exit_code in EXIT_CODES, output
    if expected:  # else the gate passed, and check went on to a trial build
        assert result.exit_code == expected, output
    lines = result.stderr.rstrip("\n").split("\n") if result.stderr else []  # as a terminal does
    if result.exit_code == 0:
        assert result.stdout.startswith("All 1 contracts are ready to publish"), output
        assert not lines, output
        return
    assert lines, output
    problems, summary = (lines, []) if len(lines) == 1 else (lines[:-1], lines[-1:])
    for line in problems:
        problem = line.removeprefix("Error: ")
        assert any(problem.startswith((f"{f}: ", f"{f} ")) for f in files), (
            f"a problem that does not name its file: {problem!r}\n{output}"
        )
    assert all(s.strip() for s in summary), output


# ---------------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------------

FIELDS = [
    "contract", "history", "records", "candidate", "document", "start", "end", "text", "action",
    "exemption", "public_reason", "justification", "harm", "description", "likelihood",
    "public_interest", "for_disclosure", "for_withholding", "conclusion", "trade_secret",
    "secret", "commercial_value", "protected", "override", "decided_by", "decided_on",
    "approved_by", "approved_on", "review_by", "require_approval", "approve_releases",
    "officers", "approvers", "require_history", "due_within",
]  # fmt: skip
INTERESTING = [
    "", " ", "\n", "\r\n", "\t", "~", "null", "Null", "yes", "no", "on", "off", "y", "n", "true",
    "0", "-1", "0x1F", "0o17", "1e400", ".inf", "-.inf", ".nan", "1_000", "12:30:00",
    "2025-13-45", "2025-02-30", "0000-00-00", "0001-01-01", "9999-12-31", "10000-01-01",
    "2025-03-10T25:61:00", "20250310", "10/03/2025", "yesterday", "2025-03-10 ",
    "'", '"', ": ", "- ", "#", "&a", "*a", "!!python/object", "{", "}", "[", "]", "|", ">", "%",
    "@", "`", "?", ",", "\\", "\x00", "\x07", "\x1b[31m", "\ufeff", "\u202e", "\u2028", "\x85",
    "\U0001f600", "é", "ǅ", "İ", "ß", "ﬁ", "Ω", "\ud7ff", "x" * 5000, "FOIA s.43(2)",
    "foia S.43 (2)", "FOIA s.40(2)", "FOIA s.43(1)", "EIR reg 13", "PA23 s.94(1)(b)",
    "c-513b1f55bc", "contract.docx", "../../etc/passwd", "/etc/passwd", "redact", "release",
    "would", "would be likely to", "overriding", OFFICER, APPROVER, "Fiona Hale", "fiona HALE",
    "Marcus Webb", "home-care", "£24.80", "three years", "Brightpath Care Ltd", "30d", "2w",
    "0d", "-5d", "99999999y", "1m", "d", "1.5d",
]  # fmt: skip
YAML_SPECIAL = ":-?[]{},#&*!|>'\"%@`\\\n\t \u00a0\ufeff"
texts = st.one_of(
    st.sampled_from(INTERESTING),
    st.text(max_size=30),
    st.text(alphabet=YAML_SPECIAL + string.ascii_letters + string.digits, max_size=30),
)
numbers = st.one_of(
    st.integers(-10, 30000),
    st.integers(),
    st.sampled_from([-1, -(2**63), 2**63, 2**64 + 1, 10**100, -(10**100)]),
    st.floats(allow_nan=True, allow_infinity=True),
)
dates = st.one_of(
    st.dates(),
    st.datetimes(),
    st.dates().map(str),
    st.sampled_from([dt.date(1, 1, 1), dt.date(9999, 12, 31), dt.date.today()]),
)
scalars = st.one_of(st.none(), st.booleans(), numbers, texts, dates, st.binary(max_size=16))
keys = st.one_of(
    st.sampled_from(FIELDS), texts, st.integers(-3, 3), st.none(), st.booleans(), st.dates()
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=12,
)


def _paths(tree: object, path: tuple = ()) -> list[tuple]:
    """Every path into a tree of dicts and lists (the root is ``()``)."""
    found = [path]
    if isinstance(tree, dict):
        for key, value in tree.items():
            found += _paths(value, (*path, key))
    elif isinstance(tree, list):
        for index, value in enumerate(tree):
            found += _paths(value, (*path, index))
    return found


def _get(tree: object, path: tuple) -> object:
    for part in path:
        tree = tree[part]
    return tree


def _retyped(value: object, draw) -> object:
    """The same content in another shape: a list, a mapping, a string, a number, null."""
    shapes = [
        lambda v: [v],
        lambda v: {"value": v},
        str,
        lambda v: len(str(v)),
        lambda v: None,
        lambda v: {v: v} if isinstance(v, (str, int, type(None))) else [v, v],
        lambda v: list(v.values()) if isinstance(v, dict) else v,
        lambda v: dict(enumerate(v)) if isinstance(v, list) else v,
        lambda v: -v if isinstance(v, int) and not isinstance(v, bool) else -1,
        lambda v: v * 10**30 if isinstance(v, int) and not isinstance(v, bool) else 10**30,
    ]
    return draw(st.sampled_from(shapes))(value)


def _edit(tree: object, draw) -> object:
    """One random edit of ``tree`` (in place where it can be); the new tree."""
    path = draw(st.sampled_from(_paths(tree)))
    op = draw(st.sampled_from(["delete", "replace", "retype", "add", "duplicate", "swap"]))
    if not path:
        return draw(values) if op in ("replace", "delete") else _retyped(tree, draw)
    parent, last = _get(tree, path[:-1]), path[-1]
    target = parent[last]
    if op == "delete":
        del parent[last]
    elif op == "replace":
        parent[last] = draw(values)
    elif op == "retype":
        parent[last] = _retyped(target, draw)
    elif op == "add" and isinstance(target, dict):
        target[draw(keys)] = draw(values)
    elif op == "add" and isinstance(target, list):
        target.insert(draw(st.integers(0, len(target))), draw(values))
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(target))
    elif op == "swap" and isinstance(parent, list) and len(parent) > 1:
        other = draw(st.integers(0, len(parent) - 1))
        parent[last], parent[other] = parent[other], target
    else:
        parent[last] = draw(values)
    return tree


def _jsonable(tree: object) -> object:
    """``tree`` with every key and value JSON can hold (others as their ``str``)."""
    if isinstance(tree, dict):
        return {
            k if isinstance(k, (str, int, float, bool, type(None))) else str(k): _jsonable(v)
            for k, v in tree.items()
        }
    if isinstance(tree, list):
        return [_jsonable(v) for v in tree]
    if isinstance(tree, (str, int, float, bool, type(None))):
        return tree
    return str(tree)


def _dump(tree: object) -> str:
    return yaml.safe_dump(tree, sort_keys=False, allow_unicode=True)


TEXT_DAMAGE = ["none", "none", "insert", "delete_line", "duplicate_line", "indent", "truncate"]


def _damage_text(text: str, draw) -> str:
    """A textual edit of the YAML: characters inserted, a line dropped, doubled or shifted."""
    kind = draw(st.sampled_from(TEXT_DAMAGE))
    lines = text.splitlines(keepends=True) or [""]
    at = draw(st.integers(0, max(0, len(lines) - 1)))
    if kind == "insert":
        column = draw(st.integers(0, len(lines[at])))
        lines[at] = lines[at][:column] + draw(texts) + lines[at][column:]
    elif kind == "delete_line":
        del lines[at]
    elif kind == "duplicate_line":
        lines.insert(at, lines[at])
    elif kind == "indent":
        lines[at] = draw(st.sampled_from(["  ", "\t", " "])) + lines[at]
    elif kind == "truncate":
        return text[: draw(st.integers(0, len(text)))]
    return "".join(lines)


ENCODINGS = ["utf-8", "utf-8", "utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]


def _encode(text: str, draw) -> bytes:
    encoding = draw(st.sampled_from(ENCODINGS))
    return text.encode(encoding, errors="replace")


WHOLE_FILES = [
    b"",
    b"\n",
    b"\xef\xbb\xbf",
    b"\xef\xbb\xbfcontract: home-care\nrecords: []\n",
    b"\xff\xfe\x00\x00",
    b"---\n",
    b"--- 1\n--- 2\n",
    b"~\n",
    b"[]\n",
    b"- a\n- b\n",
    b"42\n",
    b"just a string\n",
    b"!!binary aGVsbG8=\n",
    b"contract: home-care\nrecords: !!set {a, b}\n",
    b"contract: home-care\nrecords: !!omap [a: 1]\n",
    b"contract: !!python/object/apply:os.system [true]\nrecords: []\n",
    b"contract: home-care\ncontract: home-care\nrecords: []\n",
    b"? [a, b]\n: c\n",
    b"contract: home-care\n? {x: 1}\n: y\n",
    b"contract: home-care\nrecords:\n  - &r {candidate: x}\n  - *r\n  - *r\n",
    b"contract: home-care\nrecords: *undefined\n",
    b"a: &a [*a]\n",
    b"a: &a ['x', 'x', 'x', 'x', 'x', 'x', 'x', 'x']\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n"
    b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c]\n"
    b"records: [*d, *d, *d, *d, *d, *d, *d, *d]\ncontract: home-care\n",
    b"contract: home-care\nrecords: [{candidate: c, <<: {action: redact}}]\n",
    b"\x00\x01\x02\x03",
    b"\x89PNG\r\n\x1a\n\x00\x00",
    b"PK\x03\x04\x14\x00",
    b"contract: 'unclosed\n",
    b"contract: home-care\n\trecords: []\n",
    b"contract: home-care\nrecords: [\n",
    b"%YAML 9.9\n---\na: 1\n",
    b"%TAG ! tag:example.com,2000:\n---\n!x 1\n",
    b"contract: home-care\x85records: []\n",
]


@st.composite
def decisions_files(draw, base: Base) -> bytes:
    """The base decisions file after a few random edits of its data, text and bytes."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.one_of(st.sampled_from(WHOLE_FILES), st.binary(max_size=64)))
    tree = copy.deepcopy(base.decisions)
    for _ in range(draw(st.integers(1, 6))):
        tree = _edit(tree, draw)
    return _encode(_damage_text(_dump(tree), draw), draw)


@st.composite
def config_files(draw, base: Base) -> bytes | None:
    """``transparency.yaml``: kept, absent, edited at random, or garbage."""
    choice = draw(st.integers(0, 9))
    if choice == 0:
        return None
    if choice == 1:
        return draw(st.one_of(st.sampled_from(WHOLE_FILES), st.binary(max_size=64)))
    tree = copy.deepcopy(base.config)
    for _ in range(draw(st.integers(0 if choice < 5 else 1, 4))):
        tree = _edit(tree, draw)
    return _encode(_damage_text(_dump(tree), draw), draw)


@st.composite
def history_files(draw, base: Base) -> bytes | None:
    """The history: kept, absent, lines dropped, doubled, swapped or their JSON edited."""
    lines = base.history_text.splitlines(keepends=True)
    choice = draw(st.integers(0, 5))
    if choice == 0:
        return None
    if choice == 1:
        return draw(st.one_of(st.sampled_from(WHOLE_FILES), st.binary(max_size=64)))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(lines) - 1)) if lines else 0
        op = draw(st.sampled_from(["drop", "double", "swap", "edit", "garbage"]))
        if not lines:
            lines = [draw(texts) + "\n"]
        elif op == "drop":
            del lines[at]
        elif op == "double":
            lines.insert(at, lines[at])
        elif op == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif op == "edit":
            try:
                entry = json.loads(lines[at])
            except ValueError:
                continue
            entry = _edit(entry, draw)
            ascii_only = draw(st.booleans())
            lines[at] = json.dumps(_jsonable(entry), ensure_ascii=ascii_only) + "\n"
        else:
            lines[at] = draw(texts) + "\n"
    return "".join(lines).encode("utf-8", errors="replace")


def _write(path: Path, content: bytes | None) -> None:
    if content is None:
        path.unlink(missing_ok=True)
    else:
        path.write_bytes(content)


# ---------------------------------------------------------------------------------------------
# Regressions found by fuzzing
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"? [a, b]\n: c\n", b"contract: home-care\n? {x: 1}\n: y\n", b"{[1]: 2}\n"],
    ids=["list-key", "mapping-key", "flow-list-key"],
)
def test_unhashable_yaml_key_is_a_located_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "decisions.yaml"
    path.write_bytes(content)
    with pytest.raises(ProblemsError) as caught:
        load_yaml(path)
    (problem,) = caught.value.problems
    assert problem.path == path
    assert problem.record.startswith("line ")
    assert "unhashable key" in problem.message


@pytest.mark.parametrize("key", ["bad\nkey", "\x1e", "", "\u2028"], ids=repr)
def test_an_unknown_field_is_named_on_one_line(base: Base, key: str) -> None:
    _restore(base)
    data = copy.deepcopy(base.decisions)
    data["records"][0][key] = "x"
    _files(base.root)["decisions"].write_text(yaml.safe_dump(data, allow_unicode=True))
    result = CliRunner().invoke(cli, ["check", "--workspace", str(base.root)])
    assert result.exit_code == 3
    line = f"record 1 (candidate {data['records'][0]['candidate']}): {key!r}: unknown field"
    assert line in result.stderr.split("\n")[0]
    assert_clean_outcome(base.root)


def test_a_history_that_is_not_utf8_is_a_located_problem(base: Base) -> None:
    _restore(base)
    _files(base.root)["history"].write_bytes(b"\x80\n")
    with pytest.raises(PublicationRefused) as caught:
        publication_gate(Workspace.open(base.root))
    assert any(p.path == _files(base.root)["history"] for p in caught.value.problems)


def test_a_history_entry_numbered_null_is_a_located_problem(base: Base) -> None:
    _restore(base)
    first, *rest = base.history_text.splitlines(keepends=True)
    entry = json.loads(first)
    entry["n"] = None
    _files(base.root)["history"].write_text(json.dumps(entry) + "\n" + "".join(rest))
    with pytest.raises(PublicationRefused) as caught:
        publication_gate(Workspace.open(base.root))
    assert any(p.path == _files(base.root)["history"] for p in caught.value.problems)


def test_the_base_workspace_is_publishable(base: Base) -> None:
    _restore(base)
    assert_clean_outcome(base.root)


# ---------------------------------------------------------------------------------------------
# The fuzz tests: fast (default, fixed seed) and slow (-m slow, random)
# ---------------------------------------------------------------------------------------------


def _decisions_case(base: Base, data: st.DataObject) -> None:
    _restore(base)
    files = _files(base.root)
    _write(files["decisions"], data.draw(decisions_files(base), label="decisions"))
    if data.draw(st.booleans(), label="edit transparency.yaml too"):
        _write(files["config"], data.draw(config_files(base), label="transparency.yaml"))
    assert_clean_outcome(base.root)


def _config_case(base: Base, data: st.DataObject) -> None:
    _restore(base)
    _write(_files(base.root)["config"], data.draw(config_files(base), label="config"))
    assert_clean_outcome(base.root)


def _history_case(base: Base, data: st.DataObject) -> None:
    _restore(base)
    files = _files(base.root)
    _write(files["history"], data.draw(history_files(base), label="history"))
    if data.draw(st.booleans(), label="edit the decisions too"):
        _write(files["decisions"], data.draw(decisions_files(base), label="decisions"))
    assert_clean_outcome(base.root)


@FAST
@given(data=st.data())
def test_edited_decisions_give_clean_located_errors(base: Base, data: st.DataObject) -> None:
    _decisions_case(base, data)


@settings(FAST, max_examples=50)
@given(data=st.data())
def test_edited_transparency_yaml_gives_clean_located_errors(
    base: Base, data: st.DataObject
) -> None:
    _config_case(base, data)


@settings(FAST, max_examples=50)
@given(data=st.data())
def test_edited_history_gives_clean_located_errors(base: Base, data: st.DataObject) -> None:
    _history_case(base, data)


@pytest.mark.slow
@SLOW
@given(data=st.data())
def test_edited_decisions_at_length(base: Base, data: st.DataObject) -> None:
    _decisions_case(base, data)


@pytest.mark.slow
@settings(SLOW, max_examples=800)
@given(data=st.data())
def test_edited_transparency_yaml_at_length(base: Base, data: st.DataObject) -> None:
    _config_case(base, data)


@pytest.mark.slow
@settings(SLOW, max_examples=800)
@given(data=st.data())
def test_edited_history_at_length(base: Base, data: st.DataObject) -> None:
    _history_case(base, data)
