"""Acceptance tests: the public contract exercised as a user or a vendor would."""
