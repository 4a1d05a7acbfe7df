"""Content and renderers for the sample contracts written by ``tools/make_samples.py``.

Each contract module (``home_care``, ``highways``, ``it_services``) holds its text as data:
``META`` (the fields of ``contract.yaml``) and ``DOCUMENTS`` (file name -> :class:`DocumentSpec`).
``render`` turns a spec into a deterministic DOCX or PDF. Everything here is fictional.
"""
