"""QR codes that scan from print: error correction Q (25 % of the code may be dirty or covered),
the full four-module quiet zone, dark modules on white, drawn pixel-exact (no blurry scaling)."""

from __future__ import annotations

from PIL import Image

QUIET_ZONE = 4  # modules, as the standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of the QR code of ``text`` (True = dark), with the quiet zone."""
    import qrcode
    from qrcode.constants import ERROR_CORRECT_Q

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=QUIET_ZONE, box_size=1)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def qr_image(text: str, side: int, *, dark: tuple[int, int, int] = (0, 0, 0),
             light: tuple[int, int, int] = (255, 255, 255)) -> Image.Image:
    """An RGB image of at most ``side`` × ``side`` px: the code with its quiet zone, each module a whole number of
    pixels (at least 2), centred on ``light``. Raises ``ValueError`` when ``side`` is too small for the code."""
    matrix = qr_matrix(text)
    modules = len(matrix)
    unit = side // modules
    if unit < 2:
        raise ValueError(f"a QR code of {modules} modules needs at least {2 * modules} px, not {side}")
    small = Image.new("L", (modules, modules), 255)
    small.putdata([0 if cell else 255 for row in matrix for cell in row])
    big = small.resize((modules * unit, modules * unit), Image.Resampling.NEAREST)
    out = Image.new("RGB", (side, side), light)
    coloured = Image.new("RGB", big.size, light)
    coloured.paste(Image.new("RGB", big.size, dark), (0, 0), big.point(lambda v: 255 - v))
    offset = (side - big.width) // 2
    out.paste(coloured, (offset, offset))
    return out


def min_qr_side(text: str, *, unit: int = 2) -> int:
    return len(qr_matrix(text)) * unit
