"""Stage 4, build: the public site (a mkdocs plugin), the leak check, and the build command."""

from transparency.site.build import build_site

__all__ = ["build_site"]
