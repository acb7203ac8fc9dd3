"""Test setup: hypothesis profiles chosen by ``HYPOTHESIS_PROFILE``.

``ci`` (the default) runs 150 examples a property, derandomised so that every
run of the suite tries the same inputs and a failure reproduces anywhere; the
whole suite stays within a minute or so. The few properties that draw whole
corpora lower ``max_examples`` themselves, since each corpus is costly to draw.

``dev`` runs 2,000 random examples a property (a different draw each run, and
failures remembered in ``.hypothesis/``) for a long run before a release:
``HYPOTHESIS_PROFILE=dev pytest``. Both print the blob that reproduces a
failure with ``@reproduce_failure``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=150,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=2000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
