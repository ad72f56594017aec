"""Archives, read recursively in memory: ZIP, 7z, TAR, and gzip/bzip2/xz files.

Every member is bounded before it is decompressed (declared size) and while it
is (bytes actually produced, ratio to its compressed size); the message-wide
member count, byte total and clock are charged as we go.
"""

from __future__ import annotations

import bz2
import io
import lzma
import tarfile
import zipfile
import zlib

from .blob import Blob
from .dispatch import read_blob
from .limits import LimitExceeded, PasswordProtected
from .state import Run, Where

READ_STEP = 1024 * 1024
_AES = 99  # WinZip AES compression method marker


class _Skip(Exception):
    """This member was reported (as Opaque) and is not read."""


def _member_limit(run: Run, where: Where, which: str, size: int = 0) -> _Skip:
    run.opaque(where, f"limit:{which}", size=size)
    return _Skip()


def _next_member(run: Run) -> None:
    if not run.message_time_left():
        raise LimitExceeded("time")
    run.take_member()


def _check_growth(run: Run, where: Where, produced: int, compressed: int) -> None:
    """Raise _Skip (after reporting) if a member grew past its size or ratio limit."""
    limits = run.limits
    if produced > limits.max_part_bytes:
        raise _member_limit(run, where, "bytes", produced)
    if produced > limits.ratio_floor and produced > limits.max_ratio * max(compressed, 1):
        raise _member_limit(run, where, "ratio", produced)


# -- ZIP -----------------------------------------------------------------------
def _read_zip_member(run: Run, zf: zipfile.ZipFile, info: zipfile.ZipInfo, where: Where) -> bytes:
    if info.file_size > run.limits.max_part_bytes:
        raise _member_limit(run, where, "bytes", info.file_size)
    compressed = max(min(info.compress_size, info.file_size or info.compress_size), 1)
    # Judge the declared sizes first (cheap); the stream is judged again as it
    # inflates, since the sizes in a zip directory can lie.
    _check_growth(run, where, info.file_size, compressed)
    parts = []
    produced = 0
    try:
        with zf.open(info) as f:
            while chunk := f.read(READ_STEP):
                produced += len(chunk)
                _check_growth(run, where, produced, compressed)
                run.take_bytes(len(chunk))
                parts.append(chunk)
    except NotImplementedError:  # compression method zipfile lacks (deflate64, …)
        run.opaque(where, f"unsupported:zip-method-{info.compress_type}", size=info.file_size)
        raise _Skip() from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
        run.opaque(where, "corrupt", size=info.file_size)
        raise _Skip() from None
    return b"".join(parts)


def read_zip(run: Run, blob: Blob) -> None:
    with zipfile.ZipFile(io.BytesIO(blob.data)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            _next_member(run)
            where = blob.where.member(info.filename)
            if info.flag_bits & 0x1 or info.compress_type == _AES:
                run.opaque(where, "password-protected", size=info.file_size)
                continue
            try:
                content = _read_zip_member(run, zf, info, where)
            except _Skip:
                continue
            read_blob(run, content, where)


# -- 7z ------------------------------------------------------------------------
class _BoundedIO:
    """A py7zr writer that keeps bytes in memory and stops at the member limit."""

    def __init__(self, run: Run, limit: int) -> None:
        self.run, self.limit, self.buf = run, limit, io.BytesIO()

    def write(self, s: bytes | bytearray) -> int:
        if self.buf.tell() + len(s) > self.limit:
            raise LimitExceeded("bytes")
        self.run.take_bytes(len(s))
        return self.buf.write(s)

    def read(self, size: int | None = None) -> bytes:
        return self.buf.read(size)

    def seek(self, offset: int, whence: int = 0) -> int:
        return self.buf.seek(offset, whence)

    def flush(self) -> None:
        pass

    def size(self) -> int:
        return self.buf.getbuffer().nbytes

    def close(self) -> None:
        pass


def read_7z(run: Run, blob: Blob) -> None:
    import py7zr
    from py7zr.io import WriterFactory

    class Factory(WriterFactory):
        def __init__(self) -> None:
            self.products: dict[str, _BoundedIO] = {}

        def create(self, filename: str) -> _BoundedIO:
            self.products[filename] = _BoundedIO(run, run.limits.max_part_bytes)
            return self.products[filename]

    try:
        archive = py7zr.SevenZipFile(io.BytesIO(blob.data), mode="r")
    except Exception as e:
        if "password" in type(e).__name__.lower():
            raise PasswordProtected from e
        raise
    with archive:
        if archive.needs_password():
            raise PasswordProtected
        infos = [i for i in archive.list() if not i.is_directory]
        declared = sum(i.uncompressed or 0 for i in infos)
        # 7z compresses members together ("solid"), so the ratio is judged for the whole.
        if declared > run.limits.ratio_floor and declared > run.limits.max_ratio * len(blob.data):
            raise LimitExceeded("ratio")
        for i in infos:
            if (i.uncompressed or 0) > run.limits.max_part_bytes:
                raise LimitExceeded("bytes")
        factory = Factory()
        archive.extract(factory=factory)
    for i in infos:
        _next_member(run)
        product = factory.products.get(i.filename)
        read_blob(run, product.buf.getvalue() if product else b"", blob.where.member(i.filename))


# -- TAR and single-file compression --------------------------------------------
def read_tar(run: Run, blob: Blob, data: bytes | None = None) -> None:
    with tarfile.open(fileobj=io.BytesIO(blob.data if data is None else data), mode="r:") as tf:
        for ti in tf:
            if not ti.isfile():
                continue
            _next_member(run)
            where = blob.where.member(ti.name)
            if ti.size > run.limits.max_part_bytes:
                run.opaque(where, "limit:bytes", size=ti.size)
                continue
            f = tf.extractfile(ti)
            content = f.read() if f else b""
            run.take_bytes(len(content))
            read_blob(run, content, where)


def _decompress(run: Run, data: bytes, kind: str) -> bytes:
    limits = run.limits
    # Never produce more than the part limit, nor more than max_ratio times the input.
    cap = min(limits.max_part_bytes, max(limits.ratio_floor, limits.max_ratio * len(data)))
    if kind == "gzip":
        out = zlib.decompressobj(wbits=47).decompress(data, cap + 1)  # 47: gzip or zlib header
    elif kind == "bzip2":
        out = bz2.BZ2Decompressor().decompress(data, cap + 1)
    else:
        out = lzma.LZMADecompressor().decompress(data, cap + 1)
    if len(out) > cap:
        raise LimitExceeded("bytes" if cap == limits.max_part_bytes else "ratio")
    run.take_bytes(len(out))
    return out


_SUFFIXES = {"gzip": (".gz", ".tgz"), "bzip2": (".bz2", ".tbz2"), "xz": (".xz", ".txz")}


def read_compressed(run: Run, blob: Blob) -> None:
    kind = {"application/x-bzip2": "bzip2", "application/x-xz": "xz"}.get(blob.mime, "gzip")
    inner = _decompress(run, blob.data, kind)
    if len(inner) > 262 and inner[257:262] == b"ustar":
        read_tar(run, blob, inner)
        return
    name = blob.where.filename or "file"
    for suffix in _SUFFIXES[kind]:
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)] + (".tar" if suffix.startswith(".t") else "")
            break
    _next_member(run)
    read_blob(run, inner, blob.where.member(name))
