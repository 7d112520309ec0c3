"""Opt-in online checks (``footprint scan --online``): what the exports cannot show.

An export is a snapshot with gaps only the public web fills: X and Bluesky follow lists
hold ids, a profile website is a t.co link, a Mastodon follow is an address, and a
pseudonymous handle may be in use on a site that names its owner. With ``--online``,
and only then, footprint fills those gaps (docs/online.md lists every host, what is
sent and why):

- ``run``: the stage between reading and detection that holds the records with opaque
  identifiers, resolves them and feeds them, enriched, to the same detectors;
- ``client``: the one careful HTTP client (timeouts, retries, rate limits, a cap, an
  explicit cache);
- ``shortlinks``, ``bluesky``, ``mastodon``, ``github``: one resolver per service;
- ``handles``: ``--check-handles``, the person's own handles on a sites list in the
  WhatsMyName format (``sites.json``);
- ``settings`` and ``summary``: the options and the report's ``online`` object.

Without ``--online`` nothing here beyond ``settings`` and ``summary`` is imported, and
nothing is sent: no connection, no DNS look-up (``tests/online/test_offline.py``).
"""
