"""The commands that do more than call one function and print: one module per command.

Like :mod:`transparency.cli`, this is the layer that prints and prompts; the work itself is done
by the library (:mod:`transparency.decisions`).
"""
