"""structlog set-up: one JSON object per line on stderr.

Log lines carry facts about sessions and messages (addresses of the client,
sizes, replies, timings) and never message content.
"""

from __future__ import annotations

import logging
import sys

import structlog

_LEVELS = {"debug": 10, "info": 20, "warning": 30, "error": 40}


def setup(level: str = "info", stream=None) -> None:
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(sort_keys=False),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(_LEVELS[level]),
        logger_factory=structlog.PrintLoggerFactory(stream or sys.stderr),
        cache_logger_on_first_use=False,
    )
    # aiosmtpd logs every command line (addresses included) at INFO: keep it quiet.
    logging.getLogger("mail.log").setLevel(logging.WARNING)


def get(name: str = "mailgate") -> structlog.typing.FilteringBoundLogger:
    return structlog.get_logger(name)
