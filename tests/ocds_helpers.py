"""What the OCDS tests share: how an extension's schema changes the release schema."""

from __future__ import annotations


def merge_patch(target: object, patch: object) -> object:
    """RFC 7386 JSON Merge Patch: how an OCDS extension's schema changes the release schema."""
    if not isinstance(patch, dict):
        return patch
    result = dict(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result
