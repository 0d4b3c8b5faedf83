"""Who's who without a page's furniture and cited sources, on invented texts and analyses:
a photo credit's photographer, a stock ticker in brackets, and a news agency or data firm
NER took for a person because a page cites it ("told Wirenet", "according to Dealbase")."""

from __future__ import annotations

from tests.synthesize.who_entities import ent, pages, who


def test_a_photo_credit_names_no_actor() -> None:
    texts = {
        "a": (
            "Brask Holm said its profit would fall. (Tove Lind, File/Wirenet Press)\n"
            "Brask Holm shares fell.\n"
        ),
        "b": "Brask Holm said its profit would fall. (Wirenet Photo/Tove Lind, File)\n",
        "c": "Brask Holm Photographer: Per Ek/Bloomberg\nPer Ek said the bid was fair.\n",
    }
    per_doc = [
        (d, [ent(t, n, lbl) for n, lbl in names if n in t])
        for d, t in texts.items()
        for names in [[("Brask Holm", "ORG"), ("Tove Lind", "PERSON"), ("Per Ek", "PERSON")]]
    ]
    names = who(per_doc, texts)
    assert "Brask Holm" in names
    assert "Tove Lind" not in names
    assert "Per Ek" in names  # he also speaks in the story, outside the credit


def test_a_ticker_in_brackets_is_no_organisation_of_its_own() -> None:
    text = (
        "Major banks Varbank (VBK) and Orsa Credit (ORC) said the tax would cost them.\n"
        "Varbank said it would book a charge. Orsa Credit declined to comment.\n"
    )
    per_doc = [("d", [ent(text, n, "ORG") for n in ("Varbank", "VBK", "Orsa Credit", "ORC")])]
    names = who(per_doc, {"d": text})
    assert {"Varbank", "Orsa Credit"} <= set(names)
    assert "VBK" not in names and "ORC" not in names


def test_an_agency_a_source_told_is_no_person() -> None:
    texts = {
        "a": "All systems worked, a source told Wirenet. Contact was later lost, Wirenet said.\n",
        "b": "The deal is the largest ever, according to Dealbase. Lumetra said it agreed.\n",
    }
    per_doc = [
        ("a", [ent(texts["a"], "Wirenet", "PERSON")]),
        ("b", [ent(texts["b"], "Dealbase", "PERSON"), ent(texts["b"], "Lumetra", "ORG")]),
    ]
    names = who(per_doc, texts)
    assert names.get("Wirenet") in (None, "ORG")
    assert names.get("Dealbase") in (None, "ORG")


def test_a_sign_up_box_names_no_actor() -> None:
    text = (
        "Brask Holm said the deal would close in May.\n"
        "Sign Up for the Harbour Notes Newsletter Every week, stay on top of the news.\n"
    )
    per_doc = [
        ("d", [ent(text, "Brask Holm", "ORG"), ent(text, "Harbour Notes Newsletter", "ORG")])
    ]
    names = who(per_doc, {"d": text})
    assert "Brask Holm" in names
    assert "Harbour Notes Newsletter" not in names


def test_an_organisation_run_into_a_titled_person_keeps_its_own_name() -> None:
    texts = {
        "a": "The letter was signed by Varn Records COO Ana Ruiz and others.\n",
        "b": "Ana Ruiz, the chief operating officer of Varn Records, said it was overdue.\n",
    }
    per_doc = [
        (
            "a",
            [
                ent(texts["a"], "Varn Records COO Ana Ruiz", "ORG"),
                ent(texts["a"], "Ana Ruiz", "PERSON"),
            ],
        ),
        ("b", [ent(texts["b"], "Ana Ruiz", "PERSON"), ent(texts["b"], "Varn Records", "ORG")]),
    ]
    per_doc[0][1][0].aliases.append("Varn Records")
    names = who(per_doc, texts)
    assert "Ana Ruiz" in names
    assert not any("Ruiz" in n for n, label in names.items() if label == "ORG")


def test_a_newspaper_ner_took_for_a_person_is_an_organisation() -> None:
    texts = {
        "a": "The country's official Tarn Herald said the test was a success.\n",
        "b": "Varnia's official Tarn Herald warned that no pressure would work.\n",
        "c": "Ana Ruiz, a defence analyst, said Tarn Herald newspaper commentaries matter.\n",
    }
    per_doc = pages(texts, {"Tarn Herald": "PERSON", "Ana Ruiz": "PERSON"})
    names = who(per_doc, texts)
    assert names.get("Tarn Herald") in (None, "ORG")
    assert names.get("Ana Ruiz") == "PERSON"


def test_a_datelines_wire_agency_is_no_ticker() -> None:
    text = "KESSVIK, Orsa (WNA) — Thousands fled the valley, officials told WNA on Monday.\n"
    per_doc = [("d", [ent(text, "WNA", "ORG")])]
    assert who(per_doc, {"d": text}).get("WNA") == "ORG"


def test_the_wire_of_a_dateline_or_a_byline_before_it_names_no_actor() -> None:
    texts = {
        "a": "KESSVIK, Norvania (AP) - Brask Holm said its profit would fall.\nIts shares fell.\n",
        "b": "By Tove Lind KESSVIK, Norvania — Brask Holm cut its forecast on Monday.\n",
        "c": "KESSVIK, Norvania (Reuters) - Brask Holm told Reuters its profit would fall.\n",
    }
    names = who(pages(texts, {"AP": "ORG", "Brask Holm": "ORG", "Tove Lind": "PERSON"}), texts)
    assert "Brask Holm" in names
    assert "AP" not in names  # only in the dateline: the wire that filed the page
    assert "Tove Lind" not in names  # the byline
    cited = who(pages(texts, {"Reuters": "ORG", "Brask Holm": "ORG"}), texts)
    assert "Reuters" in cited  # "told Reuters": a source of the story too


def test_a_country_after_in_the_or_to_the_is_no_newspaper() -> None:
    texts = {
        "a": "Ana Ruiz, who is based in the U.K., has yet to comment on the split.\n",
        "b": "Ruiz is British and based in the U.K., while Tom Vale lives in Kessport.\n",
        "c": "Ana Ruiz returned to the U.K. when her daughter turned 18, Vale said.\n",
    }
    per_doc = pages(texts, {"U.K.": "PERSON", "Ana Ruiz": "PERSON", "Tom Vale": "PERSON"})
    names = who(per_doc, texts)
    assert "U.K." not in names  # a place, neither a person nor a newspaper
    assert names["Ana Ruiz"] == "PERSON"
