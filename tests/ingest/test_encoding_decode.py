"""Decoding bytes: declared, sniffed and refused encodings."""

from __future__ import annotations

import pytest

from storyline.errors import InputError
from storyline.ingest import decode

# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("cp1251", "Президент заявил в пятницу, что войска прибыли в Курскую область."),
        ("shift_jis", "北朝鮮はロシアに約一万二千人の兵士を派遣したと韓国の情報機関が発表した。"),
        ("euc-kr", "국가정보원은 북한이 러시아에 약 1만2천명의 병력을 파견했다고 밝혔다."),
        ("big5", "北韓向俄羅斯派遣約一萬二千名士兵，南韓情報機構週五表示。"),
        ("cp1253", "Ο πρόεδρος δήλωσε την Παρασκευή ότι τα στρατεύματα έφτασαν στην περιοχή."),
    ],
)
def test_decode_without_declared_charset(encoding: str, text: str) -> None:
    assert decode(text.encode(encoding), "s") == text


def test_decode_encodings() -> None:
    assert (
        decode("caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "s")
        == "caf\u00e9 \u201cquoted\u201d"
    )
    assert decode("Se\u00f1or L\u00f3pez".encode("latin-1"), "s") == "Se\u00f1or L\u00f3pez"
    chinese = "朝鲜向俄罗斯派遣了一万二千名士兵，韩国情报机构周五说。"
    assert decode(chinese.encode("gb18030"), "s") == chinese
    assert decode(chinese.encode("utf-16"), "s") == chinese  # BOM
    russian = "Президент заявил, что войска прибыли в Курскую область."
    assert decode(russian.encode("cp1251"), "s", declared="windows-1251") == russian
    html = '<html><head><meta charset="koi8-r"></head><body>' + russian + "</body></html>"
    assert russian in decode(html.encode("koi8-r"), "s")
    # A page labelled latin-1 that is really UTF-8 (common) reads as UTF-8.
    assert decode("caf\u00e9".encode(), "s", declared="iso-8859-1") == "caf\u00e9"


def test_decode_refuses_what_no_encoding_fits() -> None:
    with pytest.raises(InputError) as caught:
        decode(bytes(range(128, 256)) * 4, "junk.txt")
    assert caught.value.source == "junk.txt"
    assert "cannot decode" in caught.value.problem
