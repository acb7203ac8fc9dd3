"""How many examples a costly property runs: its ``ci`` count, scaled to the loaded profile.

A property that draws whole corpora runs fewer examples than the profile's
count; it states its count under the ``ci`` profile, and the quick default and
the long ``dev`` profile scale it by their own count.
"""

from hypothesis import settings

CI_EXAMPLES = 150
"""``max_examples`` of the ``ci`` profile (see ``conftest.py``)."""


def examples(in_ci: int) -> int:
    """``in_ci`` examples under ``ci``, in proportion under the loaded profile; at least 2."""
    return max(min(in_ci, 2), in_ci * settings.default.max_examples // CI_EXAMPLES)
