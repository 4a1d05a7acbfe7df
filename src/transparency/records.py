"""Reading the YAML files people edit, and reporting their problems precisely.

``load_yaml`` turns unreadable or syntactically invalid YAML into a one-line
:class:`~transparency.errors.ValidationError` naming the file and the line; ``problems_from``
turns pydantic's errors into :class:`~transparency.errors.Problem` lines that name the file, the
record and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydantic
import yaml

from transparency.errors import Problem, ValidationError

__all__ = ["dump_yaml", "field_path", "load_yaml", "problems_from"]


#: LibYAML's parser where PyYAML was built with it (its wheels are), which reads a decisions
#: file some ten times faster than the pure-Python one; the constructor is the same.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):
    """A SafeLoader that rejects duplicate keys."""


def _construct_mapping(loader: _Base, node: yaml.MappingNode) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        try:
            duplicate = key in seen
        except TypeError:  # a list or mapping as a key ("? [a, b]"): PyYAML's own wording
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping",
                node.start_mark,
                "found unhashable key",
                key_node.start_mark,
            ) from None
        if duplicate:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse a YAML file safely; duplicate keys are errors (a silent overwrite hides a decision)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError([Problem(path, "file not found")]) from None
    except UnicodeDecodeError:
        raise ValidationError([Problem(path, "not UTF-8 text; save the file as UTF-8")]) from None
    try:
        return yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ValidationError(
            [Problem(path, f"invalid YAML: {problem}", record=where)],
            summary="the file is not valid YAML",
            hint="Fix the syntax at the line shown (indentation, a missing colon or quote).",
        ) from None


def dump_yaml(data: Any) -> str:
    """YAML as people like to read it: block style, keys in the given order, unicode kept."""
    return yaml.dump(
        data,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        sort_keys=False,
        allow_unicode=True,
        width=100,
    )


def field_path(loc: tuple) -> str:
    """``('public_interest', 'conclusion')`` -> ``public_interest.conclusion``.

    A name that is empty, has spaces around it or holds a character that does not print (a
    line break would split the problem's line) is quoted as Python would: ``'bad\\nkey'``.
    """
    return ".".join(_name(part) for part in loc if not isinstance(part, int)) or "(record)"


def _name(part: object) -> str:
    text = str(part)
    return text if text and text.isprintable() and text == text.strip() else repr(text)


def problems_from(
    error: pydantic.ValidationError,
    path: Path,
    *,
    record: Callable[[tuple], tuple[str, tuple]] | None = None,
) -> list[Problem]:
    """Problems for each of pydantic's errors; ``record`` splits a location into (record, rest)."""
    problems = []
    for item in error.errors():
        loc = tuple(item["loc"])
        label, rest = record(loc) if record else ("", loc)
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown field (check its spelling against the reference)"
        elif item["type"] == "missing":
            message = "required field is missing"
        problems.append(Problem(path, message, record=label, field=field_path(rest)))
    return problems
