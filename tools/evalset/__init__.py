"""The labelled evaluation set: fictional contracts whose sensitive and public spans are marked.

Each module defines ``META`` (its contract.yaml) and ``DOCUMENTS`` (file name -> DocumentSpec of
:mod:`samples.render`), with spans marked in the text by the helpers of :mod:`evalset.marks`.
``tools/make_eval.py`` renders them and writes the exact labels.
"""

CONTRACTS = (
    "care",
    "highways",
    "it_hosting",
    "waste",
    "consultancy",
    "construction",
    "facilities",
    "lease",
)
