"""socialwork plugin: an audit trail of rendered documents and anonymised case statistics.

* :mod:`socialwork_eksport.audit` — the ``after_render`` hook appends one JSON line per
  rendered document (template, object type, SHA-256 of the document, time; no personal
  data) to ``SOCIALWORK_AUDIT_LOG``;
* :mod:`socialwork_eksport.stats` — counts by art. 7 reason and by benefit kind, grouped
  the way the MRPiPS-03 report groups them (grouping UNVERIFIED), to CSV or JSON; command
  line: ``socialwork-eksport``.
"""

__version__ = "0.1.0"
