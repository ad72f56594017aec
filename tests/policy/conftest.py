"""Fixtures for the policy tests (builders live in policy_builders.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from policy_builders import make_policy

from policies.model import Policy
from policies.registers import Registers


@pytest.fixture(scope="session")
def policy() -> Policy:
    return make_policy()


@pytest.fixture
def registers() -> Iterator[Registers]:
    regs = Registers(":memory:")
    yield regs
    regs.close()
