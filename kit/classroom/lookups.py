"""The sealed keys' building blocks: salted lookups, the sealing cipher, and covers of intervals.

:mod:`kit.classroom.keys` seals an answer key with these, and checks answers against it:

* :func:`lookup`: the salted SHA-256 of one token of an answer (64 bits, in hex);
* :func:`encrypt` and :func:`decrypt`: AES-256-GCM, for the sealed explanations, and
  :func:`wrap` and :func:`unwrap`: the explanation's key wrapped (AES key wrap, under a key
  HKDF derives from a right answer), all from the ``cryptography`` library: no cipher of
  the kit's own;
* :func:`cover_cells`, :func:`cover` and :func:`covering_cell`: an interval of numbers as
  the lookups of the aligned blocks of cells that cover it (as in a segment tree), and
  the block a number falls in.
"""

from __future__ import annotations

import base64
import hashlib
import math

__all__ = ["digest", "lookup", "wrap", "unwrap", "encrypt", "decrypt", "cover_cells", "cover", "covering_cell"]

_LOOKUP_BYTES = 8


def digest(*parts: str | bytes) -> bytes:
    """The SHA-256 of the parts, each followed by a zero byte (so ``("ab", "c")`` and ``("a", "bc")`` differ).

    Args:
        parts: texts (as UTF-8) or bytes.

    Returns:
        The 32-byte digest.

    >>> digest("a", "bc") != digest("ab", "c")
    True
    """
    hasher = hashlib.sha256()
    for part in parts:
        hasher.update(part.encode("utf-8") if isinstance(part, str) else part)
        hasher.update(b"\x00")
    return hasher.digest()


def lookup(salt: str, exercise: str, band: str, token: str) -> str:
    """The salted lookup of one token of an answer (hex, 64 bits).

    Args:
        salt: the sealed file's salt.
        exercise: the exercise's id.
        band: what the token is looked up for (``"right"``, ``"close"``, ``"mistake0"``, ``"item"``...).
        token: the token (a normalised text, a block of cells, ``number=code``...).

    Returns:
        16 hex digits.

    >>> lookup("s", "01-x", "right", "2") == lookup("s", "01-x", "right", "2") != lookup("s", "01-x", "close", "2")
    True
    """
    return digest("lookup", salt, exercise, band, token)[:_LOOKUP_BYTES].hex()


def _kek(salt: str, exercise: str, token: str) -> bytes:
    """The key-encryption key a right answer's token gives (HKDF-SHA256 of it, salted)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    info = f"kit-wrap\x00{exercise}".encode()
    return HKDF(hashes.SHA256(), 32, salt.encode("ascii"), info).derive(token.encode("utf-8"))


def wrap(salt: str, exercise: str, token: str, key: bytes) -> str:
    """``key`` wrapped (AES key wrap, RFC 3394) under what the token of a right answer derives.

    Args:
        salt: the sealed file's salt.
        exercise: the exercise's id.
        token: a token of a right answer.
        key: the 32-byte key to wrap.

    Returns:
        The wrapped key, in hex.
    """
    from cryptography.hazmat.primitives.keywrap import aes_key_wrap

    return aes_key_wrap(_kek(salt, exercise, token), key).hex()


def unwrap(salt: str, exercise: str, token: str, wrapped: str) -> bytes | None:
    """The key :func:`wrap` wrapped, or None when ``token`` is not the token it was wrapped under.

    Args:
        salt: the sealed file's salt.
        exercise: the exercise's id.
        token: the student's token.
        wrapped: what :func:`wrap` returned.

    Returns:
        The key, or None.

    >>> key = digest("k")
    >>> unwrap("s", "01-x", "2", wrap("s", "01-x", "2", key)) == key, unwrap("s", "01-x", "3", wrap("s", "01-x", "2", key))
    (True, None)
    """
    from cryptography.hazmat.primitives.keywrap import InvalidUnwrap, aes_key_unwrap

    try:
        return aes_key_unwrap(_kek(salt, exercise, token), bytes.fromhex(wrapped))
    except (InvalidUnwrap, ValueError):
        return None


def encrypt(key: bytes, nonce: bytes, text: str) -> str:
    """A text sealed under ``key`` with AES-256-GCM (the ``cryptography`` library).

    Args:
        key: 32 bytes.
        nonce: 12 bytes or more (the first 12 are used), different for each text sealed under one key.
        text: what to seal.

    Returns:
        The nonce and the cipher text with its tag, in base64.
    """
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = nonce[:12]
    return base64.b64encode(nonce + AESGCM(key).encrypt(nonce, text.encode("utf-8"), None)).decode("ascii")


def decrypt(key: bytes, token: str) -> str | None:
    """The text sealed in ``token``, or None if ``key`` is not its key.

    Args:
        key: the key it was sealed under (or a guess).
        token: what :func:`encrypt` returned.

    Returns:
        The text, or None when the tag does not match.

    >>> key, nonce = digest("k"), digest("n")[:12]
    >>> decrypt(key, encrypt(key, nonce, "Fourteen.")), decrypt(digest("other"), encrypt(key, nonce, "x"))
    ('Fourteen.', None)
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    raw = base64.b64decode(token)
    try:
        return AESGCM(key).decrypt(raw[:12], raw[12:], None).decode("utf-8")
    except (InvalidTag, ValueError):
        return None


def cover_cells(low: float, high: float, whole: bool) -> tuple[float | None, list[str]]:
    """The finest cell size of ``[low, high]`` (None: whole numbers) and the tokens of the cells that cover it.

    The interval is covered by aligned blocks of 1, 2, 4, 8... cells (as in a segment
    tree), so a few dozen tokens describe it however wide it is. A count's cells are the
    whole numbers, and its cover is exact. Other numbers have cells of about a millionth
    of the interval's width (a power of two, so the arithmetic is exact), and the cells at
    each end count when they overlap the interval: generous by at most one cell.

    Args:
        low: the interval's lower end.
        high: its upper end.
        whole: whether the answer is a count (cells are then the whole numbers).

    Returns:
        ``(cell size, tokens)``: each token ``"level:index"`` is a block of ``2**level`` cells.

    >>> cover_cells(1, 6, True)
    (None, ['0:1', '1:1', '1:2', '0:6'])
    >>> base, tokens = cover_cells(0.3, 0.95, False)
    >>> base < 0.65 / 1e6 < 2 * base, len(tokens) < 45
    (True, True)
    """
    low, high = float(low), float(high)
    if whole:
        base, first, last = None, math.ceil(low), math.floor(high)
    else:
        width = high - low
        scale = width if width > 0 else max(abs(low), 1.0) * 1e-9
        base = 2.0 ** math.floor(math.log2(scale / 2**20))
        first, last = math.floor(low / base), math.floor(high / base)
    tokens = []
    while first <= last:
        level = 0
        while first % 2 ** (level + 1) == 0 and first + 2 ** (level + 1) - 1 <= last:
            level += 1
        tokens.append(f"{level}:{first >> level}")
        first += 2**level
    return base, tokens


def cover(salt: str, exercise: str, name: str, low: float, high: float, whole: bool) -> dict:
    """The lookups of the cells that cover ``[low, high]`` (see :func:`cover_cells`).

    Args:
        salt: the sealed file's salt.
        exercise: the exercise's id.
        name: the band (``"right"``, ``"close"``, ``"mistake0"``...).
        low: the interval's lower end.
        high: its upper end.
        whole: whether the answer is a count.

    Returns:
        ``{"base": cell size, "levels": the largest block level, "cells": [lookups]}``.
    """
    base, tokens = cover_cells(low, high, whole)
    levels = max((int(t.split(":")[0]) for t in tokens), default=0)
    return {"base": base, "levels": levels, "cells": [lookup(salt, exercise, name, t) for t in tokens]}


def covering_cell(salt: str, exercise: str, name: str, band: dict | None, value: float) -> str | None:
    """The token of the covering block ``value`` falls in, if it lies in ``band``; else None.

    Args:
        salt: the sealed file's salt.
        exercise: the exercise's id.
        name: the band's name, as given to :func:`cover`.
        band: what :func:`cover` returned (None: no such band).
        value: the student's number.

    Returns:
        The block's token (it unwraps the explanation of a right answer), or None.

    >>> band = cover("s", "01-x", "right", 1, 6, True)
    >>> covering_cell("s", "01-x", "right", band, 3), covering_cell("s", "01-x", "right", band, 7)
    ('1:1', None)
    """
    if not band:
        return None
    if band["base"] is None:
        if not float(value).is_integer():
            return None
        index = int(value)
    else:
        index = math.floor(value / band["base"])
    cells = set(band["cells"])
    for level in range(band["levels"] + 1):
        token = f"{level}:{index >> level}"
        if lookup(salt, exercise, name, token) in cells:
            return token
    return None
