"""Test setup: hypothesis profiles chosen by ``HYPOTHESIS_PROFILE``.

The default profile is quick: 20 examples a property, derandomised, so that the
whole suite runs in under two minutes on two cores while every property still
runs. ``ci`` (which ``.ci/run`` selects) runs 150 examples a property, also
derandomised, so that every run tries the same inputs and a failure reproduces
anywhere. ``dev`` runs 2,000 random examples a property (a different draw each
run, failures remembered in ``.hypothesis/``) for a long run before a release:
``HYPOTHESIS_PROFILE=dev pytest``. All print the blob that reproduces a failure
with ``@reproduce_failure``.

The properties that draw whole corpora state a smaller count for ``ci`` with
``budget.examples``, which the other profiles scale by their own count.
"""

import os

from hypothesis import HealthCheck, settings

from budget import CI_EXAMPLES

settings.register_profile(
    "default",
    max_examples=20,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    max_examples=CI_EXAMPLES,
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
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
