from __future__ import annotations

from collections.abc import Iterator

import pytest
from act_pg import pg_bindir, postgres_server


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    if pg_bindir() is None:
        pytest.skip("PostgreSQL server binaries not installed (/usr/lib/postgresql/*/bin)")
    with postgres_server() as url:
        yield url
