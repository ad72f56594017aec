"""A minimal Compound File Binary (CFB v3, MS-CFB) writer: enough to build a real Outlook
.msg in tests (no Python library writes .msg files). Streams under 4096 bytes go to the
mini stream, as the format requires; siblings are chained to the right."""

from __future__ import annotations

import struct

SECTOR = 512
FREE, END, FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _key(name):
    return (len(name), name.upper())


def write_cfb(tree: dict) -> bytes:
    """tree: {name: bytes | dict} (dict = storage). Root is the top dict."""
    entries = []  # [name, type, data, children]

    def add(name, node, typ):
        idx = len(entries)
        entries.append([name, typ, node if isinstance(node, bytes) else b"", []])
        if isinstance(node, dict):
            for child_name in sorted(node, key=_key):
                child = node[child_name]
                cidx = add(child_name, child, 1 if isinstance(child, dict) else 2)
                entries[idx][3].append(cidx)
        return idx

    add("Root Entry", tree, 5)
    sectors = []  # list of bytes (512 each)
    fat = []
    starts = {}

    def put_regular(data):
        n = (len(data) + SECTOR - 1) // SECTOR
        first = len(sectors)
        for k in range(n):
            sectors.append(data[k * SECTOR : (k + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(first + k + 1 if k < n - 1 else END)
        return first if n else END

    mini = bytearray()
    minifat = []
    for i, (_name, typ, data, _kids) in enumerate(entries):
        if typ != 2 or not data:
            starts[i] = END
        elif len(data) < 4096:
            n = (len(data) + 63) // 64
            first = len(mini) // 64
            mini += data.ljust(n * 64, b"\0")
            minifat += [first + k + 1 if k < n - 1 else END for k in range(n)]
            starts[i] = first
        else:
            starts[i] = put_regular(data)
    root_start = put_regular(bytes(mini))
    starts[0] = root_start
    entries[0][2] = bytes(mini)  # root size = mini stream size
    minifat_bytes = struct.pack(f"<{len(minifat)}I", *minifat) if minifat else b""
    minifat_bytes = minifat_bytes.ljust(
        ((len(minifat_bytes) + SECTOR - 1) // SECTOR) * SECTOR, b"\xff"
    )
    minifat_first = put_regular(minifat_bytes)
    n_minifat = len(minifat_bytes) // SECTOR
    # directory
    dir_bytes = b""
    for i, (name, typ, data, kids) in enumerate(entries):
        child = kids[0] if kids else FREE
        # siblings as a right-leaning chain
        right = FREE
        for e in entries:
            if i in e[3]:
                pos = e[3].index(i)
                right = e[3][pos + 1] if pos + 1 < len(e[3]) else FREE
        enc = name.encode("utf-16-le")
        ent = enc.ljust(64, b"\0") + struct.pack("<HBB", len(enc) + 2, typ, 1)
        ent += struct.pack("<III", FREE, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
        ent += struct.pack("<II", starts[i], len(data)) + b"\0" * 4
        dir_bytes += ent
    dir_bytes = dir_bytes.ljust(((len(dir_bytes) + SECTOR - 1) // SECTOR) * SECTOR, b"\0")
    dir_first = len(sectors)
    ndir = len(dir_bytes) // SECTOR
    for k in range(ndir):
        sectors.append(dir_bytes[k * SECTOR : (k + 1) * SECTOR])
        fat.append(dir_first + k + 1 if k < ndir - 1 else END)
    # FAT sectors
    nfat = 1
    while (len(fat) + nfat) > nfat * (SECTOR // 4):
        nfat += 1
    fat_first = len(sectors)
    fat += [FATSECT] * nfat
    fat += [FREE] * (nfat * (SECTOR // 4) - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    for k in range(nfat):
        sectors.append(fat_bytes[k * SECTOR : (k + 1) * SECTOR])
    difat = [fat_first + k for k in range(nfat)] + [FREE] * (109 - nfat)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack(
        "<IIIIIIIII", 0, nfat, dir_first, 0, 4096, minifat_first, n_minifat, END, 0
    )
    header += struct.pack("<109I", *difat)
    return header + b"".join(sectors)
