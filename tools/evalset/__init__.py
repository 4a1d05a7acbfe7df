"""The labelled evaluation set: fictional contracts whose sensitive and public spans are marked.

Each module defines ``META`` (its contract.yaml) and ``DOCUMENTS`` (file name -> DocumentSpec of
:mod:`samples.render`), with spans marked in the text by the helpers of :mod:`evalset.marks`.
``TEMPLATE`` names the drafting family the contract is written in (``house`` for the first
eight, written in this project's own style; ``nec4``, ``jct``, ``ccs``, ``nhs`` and so on for the
others), which the leave-one-template-out evaluation holds out together.
``tools/make_eval.py`` renders them and writes the exact labels.
"""

import pkgutil
from pathlib import Path

#: Every module of this package but the helpers: one contract each, in name order.
CONTRACTS = tuple(
    sorted(
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).parent)])
        if info.name not in ("marks",) and not info.name.startswith("_")
    )
)
