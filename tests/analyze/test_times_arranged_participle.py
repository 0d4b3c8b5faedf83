"""A weekday an event was arranged for, hung on the event's noun by a participle ("a rally planned
for Saturday"), takes its telling from the noun's own verb: told in the past ("was called off",
"drew thousands") it is the nearer weekday, as "was scheduled for Saturday"; told ahead it stays
ahead."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analyze.test_times_arranged_weekday import value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page is a Thursday: Wednesday is 1 day back, 6 ahead; Saturday 2 ahead, 5 back
        ("A ferry rally planned for Wednesday was called off after storms.", "2031-02-12"),
        ("A ferry rally planned at the harbour for Wednesday drew thousands.", "2031-02-12"),
        ("The bridge vote scheduled for Saturday was postponed.", "2031-02-15"),
        ("The ferry rally planned for Wednesday will go ahead.", "2031-02-19"),
    ],
)
def test_an_arranged_participle(nlp: Language, text: str, expected: str) -> None:
    assert value(nlp, text) == expected
