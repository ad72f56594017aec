"""One logging system: every record, ours and the libraries', as one JSON object per line.

Our code logs through structlog (``logs.get()``) with an event name and facts as keys;
stdlib records from libraries (asyncio, aiosmtplib, aiosmtpd, …) go through the same
processors via structlog's ``ProcessorFormatter`` on the root logger's one handler, so
the output — stderr, or RFC 5424 syslog frames (``gateway.syslog5424``) — is the same
JSON either way. A library's record becomes event ``library_log`` with its logger name
and its text masked.

Log lines carry facts about sessions and messages (addresses of the client, sizes,
replies, timings) and never message content. Exceptions are rendered as their type,
their message masked (``scrub``: addresses, identifier and date shapes) and
the frames' file:line — never a traceback's source lines or local variables.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import structlog
from structlog.typing import EventDict, Processor, WrappedLogger

from detectors.shown_names import mask_location_name
from gateway.audit.redact import redact
from gateway.log_settings import LogConfig

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_LEVELS["error"] = logging.ERROR
_FRAMES = 6  # innermost frames kept: enough to find the line, short enough to read
_ROOTS = tuple(str(Path(p).resolve()) + "/" for p in sys.path if p)

_handler: logging.Handler | None = None


def scrub(text: str, limit: int = 300) -> str:
    """Free text bound for a log line (an upstream's reply, an exception's message, a
    library's record) with addresses and identifier shapes masked."""
    return redact(mask_location_name(text))[:limit]


def _where(frame: traceback.FrameSummary) -> str:
    path = frame.filename
    for root in _ROOTS:
        if path.startswith(root):
            path = path[len(root) :]
            break
    return f"{path}:{frame.lineno} in {frame.name}"


def describe_exception(exc: BaseException) -> dict[str, Any]:
    """An exception as facts without personal data: type, masked message, where."""
    facts: dict[str, Any] = {
        "type": type(exc).__name__,
        "message": scrub(str(exc)),
        "at": [_where(f) for f in traceback.extract_tb(exc.__traceback__)[-_FRAMES:]],
    }
    cause = exc.__cause__ or exc.__context__
    if cause is not None and not exc.__suppress_context__:
        facts["cause"] = {"type": type(cause).__name__, "message": scrub(str(cause))}
    return facts


def _exception_facts(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    info = event.pop("exc_info", None)
    if info is True:
        info = sys.exc_info()
    exc: BaseException | None = None
    if isinstance(info, BaseException):
        exc = info
    elif isinstance(info, tuple) and len(info) == 3 and isinstance(info[1], BaseException):
        exc = info[1]
        tb: TracebackType | None = info[2]
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
    if exc is not None:
        event["exception"] = describe_exception(exc)
    event.pop("stack_info", None)
    return event


def _library_record(_: WrappedLogger, __: str, event: EventDict) -> EventDict:
    """A stdlib record (not ours): a fixed event name, its logger, its text masked."""
    record: logging.LogRecord = event["_record"]
    event["logger"] = record.name
    event["message"] = scrub(str(event.pop("event", "")), 2000)
    event["event"] = "library_log"
    return event


def _shared() -> list[Processor]:
    return [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]


def _handler_for(config: LogConfig, stream: IO[str] | None, hostname: str | None):
    if config.output == "syslog":
        from gateway.syslog5424 import Rfc5424Handler

        return Rfc5424Handler(config.syslog_target, hostname)  # OSError: cannot reach it
    return logging.StreamHandler(stream or sys.stderr)


def setup(
    config: LogConfig | str | None = None,
    stream: IO[str] | None = None,
    hostname: str | None = None,
) -> None:
    """Send every log record through one chain to the configured output.

    ``config``: the ``log:`` section (a bare level name is accepted as before).
    Raises OSError when the syslog target cannot be opened (a TCP peer refusing)."""
    if config is None or isinstance(config, str):
        config = LogConfig(level=config or "info")  # type: ignore[arg-type]
    global _handler
    level = _LEVELS[config.level]
    handler = _handler_for(config, stream, hostname)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*_shared(), _library_record],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                _exception_facts,
                structlog.processors.JSONRenderer(sort_keys=False),
            ],
        )
    )
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    structlog.configure(
        processors=[
            *_shared(),
            # Resolved here, while the exception is still the one being handled.
            _exception_facts,
            structlog.stdlib.ProcessorFormatter.wrap_for_formatter,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=False,
    )
    # aiosmtpd logs every command line (addresses included) at INFO: keep it quiet.
    logging.getLogger("mail.log").setLevel(logging.WARNING)


def get(name: str = "mailgate") -> structlog.typing.FilteringBoundLogger:
    return structlog.get_logger(name)
