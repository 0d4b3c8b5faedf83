"""The metadata parsers: date lines, bylines, wire credits, datelines."""

from __future__ import annotations

from storyline.clean.textmeta import (
    find_dates,
    parse_byline,
    parse_date_line,
    parse_dateline,
    parse_wire_credit,
    wire_at_end,
)


def test_date_parsers() -> None:
    assert parse_date_line("Friday, October 25, 2024").iso == "2024-10-25"
    assert parse_date_line("2024-10-22 00:00:00.0  海峡时报-亚洲  原网页").iso == "2024-10-22"
    assert parse_date_line("12.03.2025 21:15").iso == "2025-03-12T21:15"
    assert parse_date_line("2024年10月22日 10:05").iso == "2024-10-22T10:05"
    assert parse_date_line("Updated Oct. 3, 2024 at 4:30 p.m.").iso == "2024-10-03T16:30"
    assert parse_date_line("October 15, 2024 — troops reach the border near Kursk") is None
    assert parse_date_line("8/1/2015\t+9.3%") is None  # a table row
    assert [d.iso for d in find_dates("from 3 March 2024 to 2024-04-01")] == [
        "2024-03-03",
        "2024-04-01",
    ]


def test_byline_and_wire_parsers() -> None:
    assert parse_byline("By Lena Hovik, Regional Affairs Correspondent").authors == ["Lena Hovik"]
    assert parse_byline("By AFP | March 13, 2025").wire == "AFP"
    assert parse_byline("By signing up, I accept the terms") is None
    assert parse_byline("By Monday, the ferries were running") is None
    assert parse_wire_credit("Agence France-Presse") == "AFP"
    assert parse_wire_credit("(AP)") == "AP"
    assert parse_wire_credit("Additional reporting by Reuters") == "Reuters"
    assert parse_wire_credit("Photo credit: AFP") is None
    assert wire_at_end("the ministry said. - Reuters") == "Reuters"
    assert wire_at_end("officers to Ukraine Yonhap News.") is None  # a mention, not a credit


def test_dateline_parser() -> None:
    assert parse_dateline("SEOUL - As evidence mounts").place == "SEOUL"
    d = parse_dateline("KESSVIK, Norvania (AFP) — Thousands fled")
    assert d.place == "KESSVIK, Norvania" and d.wire == "AFP"
    d = parse_dateline("Seoul, Oct. 22, 2024 (Yonhap) -- South Korea said")
    assert d.wire == "Yonhap" and d.iso == "2024-10-22"
    assert parse_dateline("Kim - who rarely travels - arrived") is None
    # A place in capitals may credit any outlet in brackets; only known wires count as wires.
    d = parse_dateline("PORT VELLA (Orsa Post) - Forty people died")
    assert d.place == "PORT VELLA" and d.wire is None and d.end == len("PORT VELLA (Orsa Post) - ")
