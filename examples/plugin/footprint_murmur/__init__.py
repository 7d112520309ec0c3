"""footprint-murmur: an example footprint plugin.

- :mod:`footprint_murmur.platform`: reads exports of Murmur, an invented microblog.
- :mod:`footprint_murmur.detector`: finds collar numbers ("PC 4172") in what people write.
- :mod:`footprint_murmur.reporter`: writes the signals as CSV (``--format signals-csv``).

Each is registered in ``pyproject.toml`` under footprint's entry-point groups; footprint
finds them when the package is installed.
"""

__version__ = "0.1.0"
