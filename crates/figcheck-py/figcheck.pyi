"""figcheck: finds the figures in news copy that do not add up.

`extract(text)` lists every figure with what it counts; `check(text)` and
`Checker(...).check(text)` list the findings of the rules (the default pack unless told
otherwise). Results are lists of dicts with the fields of `figcheck extract|check --format json`.
"""

import os
from typing import Iterable, Literal, Optional, TypedDict, Union, final

__all__ = ["Checker", "check", "extract", "RuleError", "__version__", "EXTRACT_SCHEMA", "CHECK_SCHEMA"]

__version__: str
EXTRACT_SCHEMA: str
CHECK_SCHEMA: str

Format = Literal["text", "markdown", "html"]
"""The document's format: plain text, Markdown or HTML."""

Pack = Union[str, os.PathLike[str]]
"""A rule pack: a path (a YAML file or a folder of them), or a pack's YAML text (a `str` with a
line break)."""

class Interval(TypedDict):
    """The values a figure's words allow; a `None` bound is unbounded."""

    lo: Optional[float]
    hi: Optional[float]
    lo_open: bool
    hi_open: bool

class Quantity(TypedDict):
    """One figure, as `figcheck extract --format json` gives it."""

    text: str
    start: int
    """UTF-8 byte offset where the figure starts."""
    end: int
    """UTF-8 byte offset just past the figure."""
    line: int
    column: int
    """1-based, in characters."""
    kind: str
    value: Interval
    stated: float
    qualifier: str
    counts: Optional[str]
    event: Optional[str]
    context: list[str]
    unit: Optional[str]
    currency: Optional[str]
    sentence: int
    direction: Optional[Literal["up", "down"]]

class Span(TypedDict):
    """A place in the document: UTF-8 byte offsets, 1-based line and column (in characters),
    what the figure there is to the finding, and its text."""

    start: int
    end: int
    line: int
    column: int
    label: str
    text: str

class Related(Span):
    """A figure that takes part in a finding besides its primary one."""

class Finding(Span):
    """One finding, as `figcheck check --format json` gives it: its rule, severity and
    message, at the place of its primary figure."""

    rule: str
    severity: Literal["error", "warning", "info"]
    message: str
    related: list[Related]

class RuleError(ValueError):
    """A mistake in rules: a pack that cannot be read, invalid YAML, an unknown rule kind, a
    regex that does not compile. `file`, `line`, `column` and `detail` place the first mistake;
    `errors` lists every mistake as a dict with the same keys."""

    file: str
    line: Optional[int]
    column: Optional[int]
    detail: str
    errors: list[dict[str, object]]

def extract(text: str, format: Format = "text") -> list[Quantity]:
    """Every figure of a document, in source order."""

def check(
    text: str,
    format: Format = "text",
    rules: Union[Pack, Iterable[Pack], None] = None,
    default_rules: bool = True,
    name: str = "<text>",
) -> list[Finding]:
    """Checks one document with the default rules (unless `default_rules` is False) and
    `rules`; raises RuleError for a mistake in the rules."""

@final
class Checker:
    """The rules and settings for many documents, loaded once; immutable and safe to share
    between threads (checking releases the GIL)."""

    def __new__(
        cls,
        rules: Union[Pack, Iterable[Pack], None] = None,
        default_rules: bool = True,
        config: Union[str, os.PathLike[str], None] = None,
    ) -> "Checker":
        """Loads the default pack (unless `default_rules` is False), then `rules` in order,
        then `config` (a figcheck.yaml). Raises RuleError, placing each mistake."""

    def check(
        self,
        text: str,
        format: Format = "text",
        rules: Union[Pack, Iterable[Pack], None] = None,
        name: str = "<text>",
    ) -> list[Finding]:
        """The findings of one document, sorted by place. `rules` adds packs for this
        document only."""

    def check_many(
        self,
        texts: Iterable[str],
        format: Format = "text",
        rules: Union[Pack, Iterable[Pack], None] = None,
        threads: int = 1,
    ) -> list[list[Finding]]:
        """The findings of many documents, one list per document, in order; the GIL is
        released once for the batch, and `threads` above 1 (0: one per core) checks the
        documents in parallel."""

    @property
    def rule_ids(self) -> list[str]:
        """The ids of the rules in force, in the order they run."""
