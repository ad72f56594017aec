"""pytest plugin: on CI, a test skipped because a system package is missing fails.

.ci/run installs every Debian package the tests use, so such a skip on CI means .ci/run
forgot one; a green run must not hide it. On a developer's machine the skip stays a skip.
"""

from __future__ import annotations

import os

import pytest

MISSING_PACKAGE_WORDS = ("not installed", "needs the debian")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not (report.skipped and os.environ.get("CI") == "true"):
        return
    reason = str(report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr)
    if any(word in reason.lower() for word in MISSING_PACKAGE_WORDS):
        report.outcome = "failed"
        report.longrepr = f"CI=true and a system package is missing ({reason}): add it to .ci/run"
