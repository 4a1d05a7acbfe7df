"""Contract transparency publisher: parse contracts, flag sensitive passages, record the
public-interest-test decisions, and publish a leak-checked static site."""

__version__ = "0.2.0"

from transparency.errors import TransparencyError

__all__ = ["TransparencyError", "__version__"]
