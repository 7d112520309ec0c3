"""The registries other packages extend: platforms (and, later, detectors and reporters).

Built on spaCy's ``catalogue``: a built-in registers with a decorator; a third-party
package registers under the entry-point group ``footprint_platforms`` (and so on). An
unknown name is an error that lists the valid ones.
"""

from __future__ import annotations

import catalogue

platforms = catalogue.create("footprint", "platforms", entry_points=True)
reporters = catalogue.create("footprint", "reporters", entry_points=True)
detectors = catalogue.create("footprint", "detectors", entry_points=True)
