"""One-line promotions, notes, staff credits and caption blocks (invented lines)."""

from __future__ import annotations

import pytest

from storyline.clean import promos
from storyline.clean.lines import AD, CAPTION, CHROME, COPYRIGHT, NEWSLETTER, PHOTO_CREDIT, TEASER
from storyline.clean.text import clean_text, line_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("(Reporting by Ilse Marrow; Editing by Tom Quayle)", promos.STAFF_CREDIT),
        ("(Additional reporting by Pia Lund in Tallinn)", promos.STAFF_CREDIT),
        ("Additional reporting by Oren Vale.", promos.STAFF_CREDIT),
        ("Writing by Dana Fell; editing by Rob Hask", promos.STAFF_CREDIT),
        ("— With assistance by Kit Ambler", promos.STAFF_CREDIT),
        ("Harbour Gazette's Nell Ostrow contributed to this report.", promos.STAFF_CREDIT),
        ("This article originally appeared on Lakeside Weekly.", promos.STAFF_CREDIT),
        ("ab/cd (AFP, dpa)", promos.STAFF_CREDIT),
        ("(Valley Courier 03/10/2019 page7)", promos.STAFF_CREDIT),
        ("Update: This article has been updated with the council's reply.", promos.UPDATE_NOTE),
        ("This story has been corrected to show the bridge opened in May.", promos.UPDATE_NOTE),
        ("An earlier version of this article misstated the ferry's name.", promos.UPDATE_NOTE),
        ("This is a developing story.", promos.UPDATE_NOTE),
        (
            "Our journalism relies on readers like you. If you can, please support us today.",
            promos.PROMO,
        ),
        ("Follow Harbour Gazette reporter Nell Ostrow on Twitter: @nellostrow.", promos.PROMO),
        ("Hungry for more? Like us on Facebook or follow us on Instagram.", promos.PROMO),
        ("Click here to read the full ruling.", promos.PROMO),
        ("We pay for photos too. Click here to send yours.", promos.PROMO),
        ("Read more about the ferry report here.", promos.PROMO),
        ("READ MORE: Ferry fares to rise in spring", TEASER),
        ("More: Ferry fares to rise in spring, the board says.", promos.PROMO),
        ("The views expressed in this article are the author's own.", promos.PROMO),
        (
            "External links are provided for reference. The Gazette is not responsible for "
            "the content of external sites.",
            promos.PROMO,
        ),
        ("Download the Harbour Gazette app", NEWSLETTER),
        ("Sign up for digital access to keep reading.", NEWSLETTER),
        (
            "Newsletter Sign Up Continue reading the main story Get the Evening Digest in your "
            "inbox. Please verify you're not a robot. Invalid email address. Thank you for "
            "subscribing.",
            NEWSLETTER,
        ),
        (
            "Copyright 2001 - . All rights reserved. The content published on this site belongs "
            "to Harbour Media Co. Without written authorization such content shall not be "
            "republished or used in any form.",
            COPYRIGHT,
        ),
        (
            "FILE - In this March 3, 2016, file photo, a ferry docks at the north pier of "
            "Lindby. The operator said Tuesday that it will add two crossings a day. (AP "
            "Photo/Ola Brenn, File)",
            CAPTION,
        ),
        (
            "Getty Images Ferries were held at the pier Getty Images Crowds waited on the quay "
            "Reuters Crew members secured the ramps",
            CAPTION,
        ),
        (
            "Ola Brenn / Reuters The harbour board said the crossing would reopen on Friday.",
            CAPTION,
        ),
        (
            "Crowds wait at the pier of Lindby on March 3, 2016, a day after the harbour board "
            "closed the northern crossing for repairs to its ramps ©Ola Brenn (AFP)",
            CAPTION,
        ),
        ("Ola Brenn/The Gazette", PHOTO_CREDIT),
        ("Harbour pilot Ina Sol Photographer: Ola Brenn/Bloomberg", CAPTION),
        ("Crowds lined the quay in Lindby on Jan 1, 2019. [Photo/Agency]", CAPTION),
        (
            "Ina Sol, photographed in 2016, will retire in May. (Ola Brenn / Harbour Gazette)",
            CAPTION,
        ),
        ("Slideshow (3 Images)", CAPTION),
        ("Enlarge Image Agency", CAPTION),
        ("Scroll for video", CAPTION),
        (
            "The Evening Digest is our daily newsletter. Who knows what you'll miss if you "
            "don't subscribe.",
            promos.PROMO,
        ),
        ("Advertisement - Continue Reading Below", AD),
        ("Archives Archives Select Month May 2019 April 2019 March 2019", CHROME),
        ("___", CHROME),
        ("Photo", CHROME),
        ("Video", CHROME),
    ],
)
def test_furniture_lines(line: str, reason: str) -> None:
    assert line_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "“Follow the money,” the auditor told the committee on Tuesday.",
        "Like many others on Twitter, she posted a photo of the queue at the pier.",
        "Produced by the harbour board, the film was shown to the council in May.",
        "Reporting from the quay, the Gazette counted 40 ferries waiting to dock.",
        "The report was updated in 2015 to include the northern crossings.",
        "The company said the comments do not reflect the views of its board.",
        "Victims were urged to click on the link in the message, police said.",
        "Users can download the app from the operator's website from Monday.",
        "The ferry company launched a newsletter for commuters last year.",
        "The Ipsos/Reuters poll found 52% of residents backed the new pier.",
        "Several residents contributed to the fund for the families of the crew.",
        "See the timetable for the new crossings.",
        "Many residents have become a member of the ferry users' group, the chair said.",
        "If you only want the ferry pass, you can sign up for a free 7-day trial first.",
        "A survey by Harbour Analytics and Reuters found 37 percent of crossings ran late. "
        "(2018 Ferry Survey: Delays and Fares, Harbour Analytics and Reuters)",
        "North Pier / Harbour Avenue",
        "1. Ferry Timetable Planner (Project Lead / Strategist)",
    ],
)
def test_article_sentences_stay(line: str) -> None:
    assert line_reason(line) == ""


def test_credit_and_update_leave_the_article() -> None:
    page = "\n".join(
        [
            "The ferry operator will add two crossings a day from May, its chief said.",
            "Update: This story has been updated with the operator's timetable.",
            "Passengers had waited up to three hours at the pier on Sunday, the board said.",
            "(Reporting by Ilse Marrow; Editing by Tom Quayle)",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.text.count("\n\n") == 1
    assert "Update" not in cleaned.text and "Reporting by" not in cleaned.text
