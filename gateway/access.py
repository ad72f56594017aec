"""Who may relay through the gateway, and which recipient forms are refused."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable

# Routing tricks that make a relay forward somewhere the domain part does not
# say: percent hack (user%host@relay), bang paths (host!user@relay), quoted
# local parts hiding an @ or routing character, source routes (@a,@b:u@c).
_ROUTING_CHARS = re.compile(r"[%!@\"\\:,\[\]\s]")


class ClientNetworks:
    def __init__(self, networks: Iterable[str]) -> None:
        self._nets = [ipaddress.ip_network(n, strict=False) for n in networks]

    def allows(self, address: str | None) -> bool:
        if not address:
            return False
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return False
        if ip.version == 6 and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return any(ip in net for net in self._nets if net.version == ip.version)


def recipient_problem(address: str) -> str | None:
    """Why this envelope recipient is refused, or None when it is a plain address."""
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        return "recipient must be a plain local@domain address"
    if _ROUTING_CHARS.search(local):
        return "routing characters in the local part are not relayed"
    if domain.startswith("["):
        return "address literals are not relayed"
    if _ROUTING_CHARS.search(domain) or ".." in domain or domain.startswith("."):
        return "recipient domain is not a host name"
    return None
