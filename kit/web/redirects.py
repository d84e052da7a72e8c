"""Which redirects a download follows: to http(s) only, and never from the internet into a private network.

A web server can answer a link with a redirect to anywhere. :func:`kit.web.fetch` follows
one only where :func:`redirect_problem` finds nothing wrong with it: the new link is
``http://`` or ``https://`` (not ``ftp://`` or ``file://``), and it does not lead from a
public host to a private, loopback or link-local address (a page on the internet must not
make the kit read the school's intranet, the student's own machine or a cloud server's
metadata service). The host names are looked up (:func:`addresses`) and each address
classed with :mod:`ipaddress` (:func:`address_kind`). A link to a private or loopback
address given by the user is read, and may redirect within that kind of address.

The check is made on each redirect before it is followed; a host whose name resolves to
another address between the check and the connection (DNS rebinding) is beyond it.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit

__all__ = ["redirect_problem", "address_kind", "addresses", "FOLLOWED_SCHEMES"]

#: The only kinds of link a redirect may lead to.
FOLLOWED_SCHEMES = ("http", "https")

Resolver = Callable[[str], Iterable[str]]


def address_kind(address: str) -> str:
    """Where an IP address leads: ``"public"``, ``"private"``, ``"loopback"`` or ``"link-local"``.

    An IPv6 address that carries an IPv4 one (``::ffff:10.0.0.1``) is classed by the IPv4
    address; the unspecified address (``0.0.0.0``), which reaches this machine, counts as
    loopback; every address that is not globally reachable (shared, reserved, multicast)
    as private.

    Args:
        address: an IPv4 or IPv6 address, as text (an IPv6 zone such as ``%eth0`` is ignored).

    Returns:
        Its kind.

    Raises:
        ValueError: ``address`` is not an IP address.

    >>> [address_kind(a) for a in ("93.184.215.14", "10.0.0.5", "127.0.0.1", "169.254.169.254", "::ffff:192.168.1.1")]
    ['public', 'private', 'loopback', 'link-local', 'private']
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback or ip.is_unspecified:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_global and not ip.is_multicast:
        return "public"
    return "private"


def addresses(host: str) -> set[str]:
    """The IP addresses a host name resolves to (an address resolves to itself).

    Args:
        host: a host name or an IP address.

    Returns:
        The addresses, as text.

    Raises:
        OSError: the name cannot be resolved.

    >>> addresses("127.0.0.1")
    {'127.0.0.1'}
    """
    return {str(info[4][0]) for info in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)}


def _kinds(host: str, resolve: Resolver) -> set[str]:
    return {address_kind(str(address)) for address in resolve(host)}


def redirect_problem(current: str, target: str, resolve: Resolver | None = None) -> str | None:
    """Why a redirect from ``current`` to ``target`` is not followed, or ``None`` if it may be.

    A redirect is followed to ``http://`` and ``https://`` links only, and only to public
    addresses or to the kinds of address ``current`` has itself (a loopback server may
    redirect to loopback, a private one within the private network; a public one only to
    public addresses). A host that cannot be resolved is left to the download to report.

    Args:
        current: the link that answered with the redirect.
        target: the link it redirects to (absolute).
        resolve: a function from a host name to its IP addresses (default: :func:`addresses`,
            the system's resolver); tests pass their own.

    Returns:
        The reason in a few words, or ``None``.

    >>> hosts = {"news.example.org": ["93.184.215.14"], "intranet.example.org": ["10.0.0.5"]}
    >>> redirect_problem("https://news.example.org/a", "https://intranet.example.org/", hosts.get)
    'redirected to https://intranet.example.org/, a private address (10.0.0.5): a link on the internet is never followed into a private network'
    >>> redirect_problem("https://news.example.org/a", "ftp://news.example.org/a")
    'redirected to ftp://news.example.org/a: only http:// and https:// links are followed'
    >>> redirect_problem("http://127.0.0.1:8000/a", "http://127.0.0.1:8000/b") is None
    True
    """
    resolve = resolve or addresses
    parts = urlsplit(target)
    if parts.scheme.lower() not in FOLLOWED_SCHEMES:
        return f"redirected to {target}: only http:// and https:// links are followed"
    host = parts.hostname
    if not host:
        return f"redirected to {target}, which names no host"
    try:
        found = {str(a): address_kind(str(a)) for a in resolve(host) or ()}
    except (OSError, ValueError):
        return None  # not found: the download says so (a proxy may still reach it)
    inside = {address: kind for address, kind in found.items() if kind != "public"}
    if not inside:
        return None
    here = urlsplit(current).hostname or ""
    try:
        allowed = _kinds(here, resolve) if here else {"public"}
    except (OSError, ValueError):
        allowed = {"public"}  # a host the resolver does not know is on the internet (reached through a proxy)
    refused = {address: kind for address, kind in inside.items() if kind not in allowed}
    if not refused:
        return None
    address, kind = sorted(refused.items())[0]
    network = {"private": "a private network", "loopback": "this machine", "link-local": "the local link"}[kind]
    origin = "on the internet" if allowed == {"public"} else f"on a {' or '.join(sorted(allowed - {'public'}))} address"
    return f"redirected to {target}, a {kind} address ({address}): a link {origin} is never followed into {network}"
