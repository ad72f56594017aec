"""Mail containers: TNEF (winmail.dat), signed PKCS#7 files, Word content controls."""

from __future__ import annotations

import io
import struct

from detectors.extract import ExtractLimits, extract

from .conftest import message, reasons, self_signed, texts


def _attr(level: int, name: int, kind: int, data: bytes) -> bytes:
    # TNEF attribute: level, id (name | type << 16), length, data, 16-bit byte-sum checksum.
    return (
        struct.pack("<BHHI", level, name, kind, len(data))
        + data
        + struct.pack("<H", sum(data) & 0xFFFF)
    )


def tnef(subject: str, body: str, attachments: list[tuple[str, bytes]]) -> bytes:
    """A winmail.dat as Outlook writes it (MS-OXTNEF), attribute by attribute."""
    out = struct.pack("<IH", 0x223E9F78, 0x0102)
    out += _attr(1, 0x9006, 0x0008, struct.pack("<I", 0x00010000))  # attTnefVersion
    out += _attr(1, 0x9007, 0x0006, struct.pack("<II", 1252, 0))  # attOemCodepage
    out += _attr(1, 0x8008, 0x0007, b"IPM.Microsoft Mail.Note\x00")  # attMessageClass
    out += _attr(1, 0x8004, 0x0001, subject.encode("cp1252") + b"\x00")  # attSubject
    out += _attr(1, 0x800C, 0x0002, body.encode("cp1252") + b"\x00")  # attBody
    for name, data in attachments:
        out += _attr(2, 0x9002, 0x0002, b"\x00" * 14)  # attAttachRendData starts one
        out += _attr(2, 0x8010, 0x0001, name.encode("cp1252") + b"\x00")  # attAttachTitle
        out += _attr(2, 0x800F, 0x0006, data)  # attAttachData
    return out


def test_winmail_dat() -> None:
    data = tnef("Referral pack", "Body of the Outlook message", [("letter.txt", b"Dear Ms Jones")])
    out = extract(message("x", attachments=[("winmail.dat", data, "application/ms-tnef")]))
    t = texts(out)
    loc = 'attachment "winmail.dat"'
    assert t[f"{loc} › subject"] == "Referral pack"
    assert t[f"{loc} › body (text/plain)"] == "Body of the Outlook message"
    assert t[f'{loc} › attachment "letter.txt"'] == "Dear Ms Jones"
    assert out.opaque == []


def test_winmail_dat_with_too_many_objects_is_refused() -> None:
    data = tnef("s", "b", []) + _attr(1, 0x8004, 0x0001, b"x\x00") * 6000
    out = extract(message("x", attachments=[("winmail.dat", data, "application/ms-tnef")]))
    assert reasons(out) == {'attachment "winmail.dat"': "limit:parts"}


def test_signed_pkcs7_file_attachment_is_read() -> None:

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

    key = ec.generate_private_key(ec.SECP256R1())
    cert = self_signed(key, "signer", serial=7)
    inner = b"Content-Type: text/plain\r\n\r\nSigned letter text\r\n"
    der = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(inner)
        .add_signer(cert, key, hashes.SHA256())
        .sign(Encoding.DER, [])
    )
    out = extract(message("x", attachments=[("smime.p7m", der, "application/pkcs7-mime")]))
    assert texts(out)['attachment "smime.p7m" › body (text/plain)'] == "Signed letter text\n"
    assert out.opaque == []


def test_docx_content_controls_and_merged_cells() -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_paragraph("Before the form")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d.element.body.insert(
        1,
        parse_xml(
            f"<w:sdt {w}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Form field: Jane Smith</w:t>"
            "</w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    t = d.add_table(rows=2, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Name"
    t.cell(0, 2).text = "Town"
    for c, v in enumerate(["Jane", "Smith", "Leeds"]):
        t.cell(1, c).text = v
    buf = io.BytesIO()
    d.save(buf)
    out = extract(message("x", attachments=[("f.docx", buf.getvalue(), "application/msword")]))
    got = texts(out)
    assert got['attachment "f.docx"'] == "Before the form\nForm field: Jane Smith"
    table = next(c.table for c in out.chunks if c.table)
    assert table.header == ("Name", "Name", "Town")
    assert table.rows == (("Jane", "Smith", "Leeds"),)


def test_limits_are_plain_data() -> None:
    import pickle

    limits = ExtractLimits(max_depth=2)
    assert pickle.loads(pickle.dumps(limits)) == limits


def _msg_file(subject: str, body: str, attachments: list[tuple[str, bytes]]) -> bytes:
    """A real Outlook .msg (MS-OXMSG storages and streams in a CFB file)."""
    from .cfb import write_cfb

    def u(s: str) -> bytes:
        return s.encode("utf-16-le")

    tree: dict = {
        "__substg1.0_001A001F": u("IPM.Note"),
        "__substg1.0_0037001F": u(subject),
        "__substg1.0_1000001F": u(body),
        # top-level property stream header: next ids and counts (MS-OXMSG 2.4.1.1)
        "__properties_version1.0": b"\0" * 8
        + struct.pack("<IIII", 0, len(attachments), 0, len(attachments))
        + b"\0" * 8,
        "__nameid_version1.0": {
            "__substg1.0_00020102": b"",
            "__substg1.0_00030102": b"",
            "__substg1.0_00040102": b"",
        },
    }
    for i, (name, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{i:08X}"] = {
            "__substg1.0_3707001F": u(name),  # PidTagAttachLongFilename
            "__substg1.0_37010102": data,  # PidTagAttachDataBinary
            # PidTagAttachMethod = 1 (by value)
            "__properties_version1.0": b"\0" * 8 + struct.pack("<IIQ", 0x37050003, 6, 1),
        }
    return write_cfb(tree)


def test_outlook_msg() -> None:
    data = _msg_file(
        "Referral from Outlook",
        "Body written in Outlook",
        [
            ("letter.txt", b"Letter attached in Outlook"),
            ("list.csv", b"Surname,Town\nSmith,Leeds\n"),
        ],
    )
    out = extract(message("x", attachments=[("fwd.msg", data, "application/vnd.ms-outlook")]))
    t = texts(out)
    loc = 'attachment "fwd.msg"'
    assert t[f"{loc} › subject"] == "Referral from Outlook"
    assert t[f"{loc} › body (text/plain)"] == "Body written in Outlook"
    assert t[f'{loc} › attachment "letter.txt"'] == "Letter attached in Outlook"
    table = next(c.table for c in out.chunks if c.table)
    assert table.rows == (("Smith", "Leeds"),)
    assert out.opaque == []
