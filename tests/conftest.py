"""Test setup: hypothesis profiles chosen by ``HYPOTHESIS_PROFILE``.

``ci`` (the default) runs enough examples to matter in a few minutes; ``dev``
runs many more for a developer's long run: ``HYPOTHESIS_PROFILE=dev pytest``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
