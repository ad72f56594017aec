"""Switches and state the gateways share through their database (``audit.url``).

The C15 ¶58–63 suspension switch (`mailgate suspend`) and each running gateway's
own status row (`mailgate status`) live here, beside the audit trail, so every
gateway on the same database sees a suspension within a second, without a reload.
"""

from gateway.control.store import (
    ControlError,
    ControlStore,
    GatewayState,
    SuspensionRow,
    open_control_store,
)

__all__ = ["ControlError", "ControlStore", "GatewayState", "SuspensionRow", "open_control_store"]
