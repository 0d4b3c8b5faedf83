"""Outlet names from mastheads, aliases and URLs."""

from __future__ import annotations

from storyline.clean.outlets import canonical_outlet, find_masthead, outlet_from_url


def test_outlets() -> None:
    assert find_masthead("海峡时报-亚洲") == "The Straits Times"
    assert find_masthead("联合早报 国际") == "Lianhe Zaobao"
    assert find_masthead("朝鲜日报中文网") == "The Chosun Ilbo"
    assert canonical_outlet("Straits Times") == "The Straits Times"
    assert outlet_from_url("https://www.straitstimes.com/asia/x") == "The Straits Times"
    assert outlet_from_url("https://news.example.org/a") == "news.example.org"
