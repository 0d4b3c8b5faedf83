"""The cleaning budget: a page's size, which limit it is over, and the worker that runs jobs."""

from __future__ import annotations

import pytest

from storyline.clean.budget import Budget, PageSize, Sandbox, WorkerError, page_size
from storyline.errors import InputError


def test_page_size_counts_start_tags_lines_and_chars() -> None:
    html = "<html><body>\n<p>One</p>\n<p>Two &lt; three</p>\n</body></html>"
    size = page_size(html, markup=True, cap=1000)
    assert size == PageSize(elements=4, lines=4, chars=len(html))


def test_page_size_reads_bytes_like_text() -> None:
    html = "<div><p>Quay</p>\n<br></div>"
    assert page_size(html.encode(), markup=True, cap=100) == page_size(html, markup=True, cap=100)


def test_page_size_of_text_has_no_elements() -> None:
    text = "First line <b>not parsed</b>\nsecond line\nthird"
    size = page_size(text, markup=False, cap=10)
    assert size.elements == 0 and size.lines == 3
    assert size.describe() == "3 lines"


def test_page_size_stops_counting_one_past_the_cap() -> None:
    html = "<p>x</p>" * 500
    assert page_size(html, markup=True, cap=10).elements == 11


def test_describe_names_elements_for_markup() -> None:
    assert PageSize(elements=12_345, lines=3, chars=10).describe() == "12,345 elements"


def test_over_names_the_element_limit() -> None:
    budget = Budget(max_elements=100)
    assert budget.over(PageSize(100, 1, 10)) is None
    assert budget.over(PageSize(101, 1, 10)) == "over 100 elements, the most one page may have"


def test_over_counts_lines_only_for_text_pages() -> None:
    budget = Budget(max_lines=1_000)
    assert budget.over(PageSize(0, 1_001, 10)) == "over 1,000 lines, the most one page may have"
    # A markup page is judged by its elements, however many lines it has.
    assert budget.over(PageSize(5, 5_000, 10)) is None


def test_small_pages_stay_in_process() -> None:
    budget = Budget(small_elements=10, small_lines=20, small_chars=1_000)
    assert budget.small(PageSize(10, 500, 999))
    assert not budget.small(PageSize(11, 1, 10))
    assert budget.small(PageSize(0, 20, 100))
    assert not budget.small(PageSize(0, 21, 100))
    # Too many characters makes any page big, markup or text.
    assert not budget.small(PageSize(1, 1, 1_001))
    assert not budget.small(PageSize(0, 1, 1_001))


# ------------------------------------------------------------------ the worker


def _double(n: int) -> int:
    return 2 * n


def _bad_input(source: str) -> None:
    raise InputError(source, "not a page")


def _broken() -> None:
    raise KeyError("no such field")


@pytest.fixture(scope="module")
def sandbox():
    with Sandbox(Budget(memory=2**31)) as box:
        box.run(_double, (0,), 120)  # start the worker once: its start-up is not a test's time
        yield box


def test_sandbox_returns_the_jobs_value(sandbox: Sandbox) -> None:
    assert sandbox.run(_double, (21,), 30) == 42


def test_sandbox_passes_a_bad_input_back_as_input_error(sandbox: Sandbox) -> None:
    with pytest.raises(InputError) as caught:
        sandbox.run(_bad_input, ("page.html",), 30)
    assert (caught.value.source, caught.value.problem) == ("page.html", "not a page")


def test_sandbox_reports_a_crash_as_the_pages_own_failure(sandbox: Sandbox) -> None:
    with pytest.raises(WorkerError, match="KeyError"):
        sandbox.run(_broken, (), 30)
    # The worker survives a job that raised.
    assert sandbox.run(_double, (5,), 30) == 10
