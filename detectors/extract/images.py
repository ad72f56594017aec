"""Images: never read for text (a scan is "no-text", encrypted by default), but checked
to decode. RULES.md: a file whose bytes are no readable format cannot be inspected, so
an image that does not decode ("a JPEG header, then garbage") is corrupt (reject), not
a scan that encryption would protect."""

from __future__ import annotations

import io
import warnings

from PIL import Image

# The common formats' plugins (what the first Image.open would load), now: at the
# worker's warm-up, not inside its first scan.
Image.preinit()

# A thumbnail is enough to prove the data decodes; JPEG draft mode decodes at 1/8 scale.
CHECK_SIZE = (64, 64)


def decodes(data: bytes) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow warns about odd but readable files
            with Image.open(io.BytesIO(data)) as img:
                img.draft("L", CHECK_SIZE)
                img.load()
    except Image.DecompressionBombError:
        return True  # too big to check here; judged as a scan, as before
    except Exception:  # any decoder failure on broken or hostile bytes
        return False
    return True
