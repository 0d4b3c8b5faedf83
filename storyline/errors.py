"""Errors that carry a one-line message naming the input and the problem."""


class InputError(Exception):
    """A bad input: its message is shown to the user as ``SOURCE: problem``."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


def first_line(exc: BaseException) -> str:
    """An unexpected exception as a short problem: its first line, or its type's name."""
    message = (str(exc).strip().splitlines() or [""])[0]
    return message or type(exc).__name__
