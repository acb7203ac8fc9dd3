"""Sphinx configuration: MyST pages, furo, the API from Google docstrings."""

from importlib.metadata import version as _version
from pathlib import Path
from typing import Any

import japan_nato_corpus as jnc
from japan_nato_corpus.plot import timeline_figure

project = "japan_nato_corpus"
author = "japan_nato_corpus contributors"
copyright = "2026, japan_nato_corpus contributors"
release = _version("japan-nato-corpus")
version = release

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx_copybutton"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build", "_generated/*.md"]
myst_heading_anchors = 3
html_theme = "furo"
html_title = f"japan_nato_corpus {release}"
html_static_path = ["_static"]
html_css_files = ["wrap.css"]

# The copy button copies the code, not the prompts or the output shown after them.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

# Intersphinx would resolve these, but it needs the network at build time and the
# build must pass offline; so references to the standard library and to attrs,
# cattrs and dateutil stay plain text instead of links.
nitpick_ignore_regex = [
    # The optional extras' types: pandas and pyarrow are not installed for the docs build.
    ("py:(class|func|obj)", r"(pd|pa|pandas|pyarrow)\..*"),
    # Napoleon reads the text before a colon in some Returns sections as a type: prose, not a name.
    ("py:class", r".* .*"),
    ("py:class", r"japan_nato_corpus\.errors\._ProblemsError"),
    # Private helpers named in signatures (a table column's value function).
    ("py:class", r"japan_nato_corpus\.[a-z_.]+\._[A-Za-z]+"),
    ("py:(class|obj)", r"(japan_nato_corpus\.[a-z_.]+\.)?(T|R)"),
    ("py:(func|meth|class|exc|obj|data|mod|attr)", r"(json|attrs|attr|cattrs|dateutil|matplotlib)(\..*)?"),
    ("py:class", r"(str|int|float|bool|bytes|object|None|type|tuple|list|dict|set|frozenset)(\[.*\])?"),
    ("py:class", r"(datetime|dt|enum|os|pathlib|collections\.abc|typing|typing_extensions|io)\..*"),
    ("py:class", r"(Path|PathLike|Iterable|Iterator|Sequence|Callable|Any|TextIO|TypeVar|Figure|Axes)(\[.*\])?"),
    ("py:class", r"(attrs|attr|cattrs|cattr|dateutil|matplotlib|hypothesis)\..*"),
    ("py:class", r"(R|T|_HasId|st\..*|SearchStrategy.*|DrawFn)"),
    ("py:(exc|class)", r"(ValueError|KeyError|FileNotFoundError|Exception|ImportError)"),
    ("py:obj", r"(R|T)"),
]


def _draw_timeline(_: object) -> None:
    """Draw the timeline figure of the bundled corpus for the pages to show."""

    target = Path(__file__).parent / "_generated"
    target.mkdir(exist_ok=True)
    events = jnc.load().events
    signings = events.of_kind("signing", "agreement").ids
    timeline_figure(events, labels=signings, path=target / "timeline.svg")
    timeline_figure(
        events.between("2010", "2019"), proportional=True, labels=signings, path=target / "timeline-2010s.svg"
    )


def _public_name(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``japan_nato_corpus.Article`` (or ``Article``) to where it is documented.

    The package's public names live in modules (``japan_nato_corpus.model.Article``)
    and are re-exported lazily; the pages and docstrings use the public spelling.
    """
    parts = node.get("reftarget", "").removeprefix("japan_nato_corpus.").split(".")
    # A record's own module is private (model._event.Event): refer to it by its public name.
    private = [i for i, part in enumerate(parts) if part.startswith("_")]
    target = ".".join(parts[private[-1] + 1 :] if private else parts)
    name, _, member = target.partition(".")
    module = jnc._public().get(name)  # noqa: SLF001 - the map of public names to their modules
    if node.get("refdomain") != "py" or module is None:
        return None
    domain = env.get_domain("py")
    full = f"japan_nato_corpus.{module}.{name}"
    found = domain.resolve_xref(
        env,
        node["refdoc"],
        app.builder,
        node["reftype"],
        f"{full}.{member}" if member else full,
        node,
        contnode,
    )
    if found is None and node.get("reftype") == "class":
        # A type alias (DateBound) is documented as data; annotations refer to it as a class.
        found = domain.resolve_xref(env, node["refdoc"], app.builder, "obj", full, node, contnode)
    if found is None and member:
        # Record fields are documented in their class' Attributes section: link to the class.
        found = domain.resolve_xref(env, node["refdoc"], app.builder, "class", full, node, contnode)
    return found


def setup(app: Any) -> None:
    app.connect("builder-inited", _draw_timeline)
    app.connect("missing-reference", _public_name)
