"""The ``explainer`` command: parse arguments, call one verb, turn failures into exit codes.

Exit codes: 0 success, 1 content or template errors (each printed as
``path:line:col: message``), failed deploys and files that could not be read or written,
2 usage errors (bad options, missing folders, refusals before anything is done), 130 when
interrupted (Ctrl-C), 128 + the signal's number when ended by SIGTERM or SIGHUP (143,
129). No pipeline logic lives here: each verb's function calls its command and hands the
result to that command's ``report`` (``commands/``). The words said here are those of
an ending every command shares (``main``): the problems a command stopped on and their
tally, a usage error, a file that could not be read or written, an interruption
(``interrupt.outcome``).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Sequence

from generator import interrupt, report, schemas, speed
from generator.commands import build as build_command
from generator.commands import check as check_command
from generator.commands import new as new_command
from generator.commands import new_translation
from generator.commands import schema as schema_command
from generator.content.addresses import AddressFault, as_folder, path_alone_hint
from generator.content.addresses import fault as address_fault
from generator.content.schema import SCHEMAS
from generator.errors import ContentError, DeployError, UsageError, printable
from generator.report import Format

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT such as 127.0.0.1:8000, got '{text}'")
    return host.strip("[]"), int(port)


def _seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds < 86400:
        raise argparse.ArgumentTypeError(f"expected a number of seconds such as 10, got '{text}'")
    return seconds


def _base_url(text: str) -> str:
    """``--base-url``: a folder's address, by the rule ``base_url`` in site.yaml follows."""
    fault = address_fault(text, directory=True)
    if isinstance(fault, AddressFault):
        raise argparse.ArgumentTypeError(
            f"expected an http(s) address (the site's folder), without spaces, quotation marks or "
            f"angle brackets, got '{printable(text)}'{path_alone_hint(text)}"
        )
    if fault is not None:
        raise argparse.ArgumentTypeError(f"the address {fault}, got '{printable(text)}'")
    return as_folder(text)


AddParser = Callable[..., argparse.ArgumentParser]
"""A command's ``add_parser``: each ``_add_<verb>`` below gives its verb's options."""


def _folders(parser: argparse.ArgumentParser, templates: bool = True) -> None:
    parser.add_argument("--content", default="content", help="content folder (default: content)")
    if templates:
        parser.add_argument("--templates", default="templates", help="theme folder (default: templates)")


def _naming(add: AddParser) -> AddParser:
    """``add``, its parsers naming themselves in what they parse (``command_parser``): the
    innermost one given is the command's own, so an argument no parser took is reported with
    that command's usage line (``explainer check [-h] ...``), not the top level's."""

    def add_named(*args: object, **kwargs: object) -> argparse.ArgumentParser:
        parser = add(*args, **kwargs)
        parser.set_defaults(command_parser=parser)
        return parser

    return add_named


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explainer", description="Build news explainer timelines from YAML."
    )
    add = _naming(parser.add_subparsers(dest="verb", required=True, metavar="COMMAND").add_parser)
    _add_build(add)
    _add_serve(add)
    _add_check(add)
    _add_new(add)
    _add_import(add)
    _add_schema(add)
    _add_deploy(add)
    return parser


def _add_build(add: AddParser) -> None:
    p = add("build", help="build the site", description="Build the static site.")
    _folders(p)
    p.add_argument("--out", default="site", help="output folder (default: site)")
    p.add_argument(
        "--base-url",
        type=_base_url,
        help="public address, such as https://org.github.io/repo/ (overrides site.yaml)",
    )
    p.add_argument("--drafts", action="store_true", help="include drafts, marked DRAFT")
    p.add_argument(
        "--force",
        action="store_true",
        help="delete everything in an output folder explainer did not build, and build there "
        "(never /, your home folder, a git repository or a link)",
    )


def _add_serve(add: AddParser) -> None:
    p = add(
        "serve",
        help="preview with live reload",
        description="Build in memory (drafts included), serve, and reload the browser on every save.",
    )
    _folders(p)
    p.add_argument(
        "--dev-addr",
        default="127.0.0.1:8000",
        type=_address,
        metavar="HOST:PORT",
        help="where to listen (default: 127.0.0.1:8000, this computer only; 0.0.0.0:PORT "
        "shares the drafts with your network)",
    )
    p.add_argument("--open", action="store_true", help="open the preview in a web browser")
    p.add_argument(
        "--time-limit",
        default=10.0,
        type=_seconds,
        metavar="SECONDS",
        help="stop a rebuild that takes longer, as a template stuck in a loop would (default: 10)",
    )


def _add_check(add: AddParser) -> None:
    p = add(
        "check",
        help="check content without building",
        description="Report every error, and warnings about likely mistakes.",
    )
    _folders(p, templates=False)
    p.add_argument(
        "--base-url",
        type=_base_url,
        help="public address, such as https://org.github.io/repo/ (overrides site.yaml, as for build)",
    )
    p.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")
    p.add_argument(
        "--since",
        metavar="COMMIT",
        help="also warn of published pages that files deleted or renamed since this git commit, "
        "or drafts made since, take away",
    )
    p.add_argument(
        "--format",
        choices=[f.value for f in Format],
        default="text",
        help="text for people, json for tools, github for workflow annotations (default: text)",
    )


def _add_new(add: AddParser) -> None:
    p = add(
        "new",
        help="start a new site, story, event, figure, location or translation",
        description="Write a new, commented content file.",
    )
    add_kind = _naming(p.add_subparsers(dest="kind", required=True, metavar="KIND").add_parser)
    _add_new_site(add_kind)
    _add_new_story(add_kind)
    _add_new_event(add_kind)
    _add_new_entry(add_kind, "figure")
    _add_new_entry(add_kind, "location")
    _add_new_translation(add_kind)


def _add_new_site(add_kind: AddParser) -> None:
    """``new site``: the content folder's site.yaml."""
    k = add_kind("site", help="the content folder's site.yaml: a project's first step")
    k.add_argument("--title", required=True, help="the site's name")
    k.add_argument("--language", help="the pages' language, e.g. fr (default en)")
    k.add_argument(
        "--base-url", type=_base_url, help="the published address, such as https://org.github.io/repo/"
    )
    _folders(k, templates=False)


def _add_new_story(add_kind: AddParser) -> None:
    """``new story``: a story's folder and its story.yaml."""
    k = add_kind(
        "story",
        help="a new story folder",
        description="Write <content>/ID/story.yaml (a draft) and its events/, figures/, locations/.",
    )
    k.add_argument(
        "story",
        metavar="ID",
        help="the story's id, its folder and web address: lowercase letters, digits and single hyphens",
    )
    k.add_argument("--title", required=True, help="the headline")
    _folders(k, templates=False)


def _add_new_event(add_kind: AddParser) -> None:
    """``new event``: an event's file in a story."""
    k = add_kind(
        "event",
        help="a new event in a story",
        description="Write <content>/STORY/events/<date>-<words of the title>.yaml.",
    )
    k.add_argument("story", metavar="STORY", help="the story's id (its folder's name)")
    k.add_argument("--date", required=True, help="YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    k.add_argument("--title", required=True, help="what happened, in a few words")
    _folders(k, templates=False)


def _add_new_entry(add_kind: AddParser, kind: str) -> None:
    """``new figure`` or ``new location`` (``kind``): its file in a story."""
    k = add_kind(kind, help=f"a new {kind} in a story", description=f"Write <content>/STORY/{kind}s/ID.yaml.")
    k.add_argument("story", metavar="STORY", help="the story's id (its folder's name)")
    k.add_argument(
        "id",
        metavar="ID",
        help="the file's name and the id events list it by: lowercase letters, digits and single hyphens",
    )
    k.add_argument("--name", required=True, help="as readers see it")
    if kind == "location":
        k.add_argument("--country", metavar="NAME", help="the country it is in")
        k.add_argument(
            "--coordinates",
            metavar="LAT,LON",
            help="in decimal degrees, north and east positive: --coordinates -33.45,-70.66",
        )
        k.add_argument(
            "--unmapped",
            action="store_true",
            help="the place has no position to give (a refuge underground, a ship at sea): "
            "writes 'unmapped: true'",
        )
    _folders(k, templates=False)


def _add_new_translation(add_kind: AddParser) -> None:
    """``new translation``: a story's copy to translate."""
    k = add_kind(
        "translation",
        help="a story's version in another language, copied from it to translate",
        description="Copy <content>/ORIGINAL to <content>/ID (ORIGINAL-LANGUAGE by default), its story.yaml "
        "given language and translation_of and made a draft; check then lists the texts not translated yet.",
    )
    k.add_argument("original", metavar="ORIGINAL", help="the id of the story to translate")
    k.add_argument("story", metavar="ID", nargs="?", help="the translation's id (default: ORIGINAL-LANGUAGE)")
    k.add_argument("--language", required=True, help="the language to translate it into, e.g. es")
    _folders(k, templates=False)


def _add_import(add: AddParser) -> None:
    p = add(
        "import",
        help="bring a timeline made elsewhere in as a new story",
        description="Convert a timeline made elsewhere into a story and its event files.",
    )
    add_format = _naming(p.add_subparsers(dest="format", required=True, metavar="FORMAT").add_parser)
    k = add_format(
        "timelinejs",
        help="a TimelineJS3 JSON file, its Google Sheets template saved as CSV or .xlsx, "
        "or the sheet's address",
        description="Write story.yaml and one event file per slide of a TimelineJS timeline "
        "(JSON, or its spreadsheet saved as CSV or as an Excel workbook, or downloaded from its "
        "Google Sheet or embed link); every slide it cannot convert is reported.",
    )
    k.add_argument(
        "source",
        metavar="SOURCE",
        help="a .json file, a .csv or .xlsx saved from the sheet, or an https:// address: the "
        "Google Sheet's, the TimelineJS embed link's or a JSON file's",
    )
    _import_options(k)
    _add_import_storymapjs(add_format)
    _add_import_sheet(add_format)


_LANGUAGE_HELP = (
    "the story's language, when not the site's (e.g. fr): written in story.yaml, dates read in it"
)


def _import_options(k: argparse.ArgumentParser, language: str = _LANGUAGE_HELP) -> None:
    """The options every import takes, after its SOURCE (and its own options); ``language``,
    what its --language says."""
    k.add_argument("--story", required=True, metavar="ID", help="the new story's id (its folder and address)")
    k.add_argument(
        "--force", action="store_true", help="replace the story's story.yaml and events if it exists"
    )
    k.add_argument("--language", metavar="TAG", help=language)
    k.add_argument(
        "--keep-remote-pictures",
        action="store_true",
        help="leave pictures at their https:// addresses (readers' browsers fetch them from there) "
        "instead of downloading them into the story's media/",
    )
    _folders(k, templates=False)


def _add_import_storymapjs(add_format: AddParser) -> None:
    k = add_format(
        "storymapjs",
        help="a StoryMapJS story: its saved JSON (published.json) or its published address",
        description="Write story.yaml, one event file per dated slide and one place file per place "
        "of a StoryMapJS story; every slide it cannot convert (one without a date) is reported.",
    )
    k.add_argument(
        "source",
        metavar="SOURCE",
        help="a .json file saved from StoryMapJS, or an https:// address: the published story's "
        "or its JSON's",
    )
    _import_options(k, language="the story's language, when not the site's or the story's own (e.g. fr): "
                    "written in story.yaml")  # fmt: skip


def _add_import_sheet(add_format: AddParser) -> None:
    s = add_format(
        "sheet",
        help="a newsroom's own timeline sheet (.csv or .xlsx): Date, Event, Place, Who, Source...",
        description="Write story.yaml, one event file per row, and a file for each figure and place "
        "named, from a sheet whose columns are recognised by their headers (in English, Spanish, "
        "French, German, Portuguese, Italian or Dutch); every row it cannot convert is reported.",
    )
    s.add_argument(
        "source", metavar="FILE", help="a .csv or .xlsx file, or the Google Sheet's https:// address"
    )
    s.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="read the column HEADER as FIELD (repeatable): date, end, time, title, summary, image, credit, "
        "caption, alt, tags, type, figures, place, lat, lon, sources, key or body",
    )
    _import_options(s)


def _add_schema(add: AddParser) -> None:
    p = add(
        "schema",
        help="write the JSON Schemas for editors and for the story data",
        description="Write a JSON Schema for each kind of content file, and one for story.json.",
    )
    p.add_argument("--out", default=SCHEMAS, help=f"folder (default: {SCHEMAS})")


def _add_deploy(add: AddParser) -> None:
    p = add(
        "deploy",
        help="publish to GitHub Pages",
        description="Build, commit the site as the new tip of a branch (the working tree and "
        "current branch are not touched), add .nojekyll and CNAME, and push.",
    )
    _folders(p)
    p.add_argument("--remote", default="origin", help="git remote to push to (default: origin)")
    p.add_argument("--branch", default="gh-pages", help="branch to publish (default: gh-pages)")
    p.add_argument("--message", help="commit message (default: names the source commit)")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace the remote branch if it has diverged, "
        "or publish without the commit the published site was built from",
    )
    p.add_argument(
        "--base-url", type=_base_url, help="public address (default: site.yaml, else the remote's)"
    )
    p.add_argument(
        "--allow-dirty",
        action="store_true",
        help="publish uncommitted changes in the content and templates folders (the commit message says so)",
    )
    p.add_argument(
        "--allow-warnings",
        action="store_true",
        help="publish content that 'explainer check' warns about (as the ready workflow, deploy refuses it)",
    )
    p.add_argument(
        "--allow-broken-links",
        action="store_true",
        help="publish even though pages the branch publishes now would disappear (deploy refuses it)",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="check and build as deploy does, then list what the branch would get; commit and push nothing",
    )


def _build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    result = build_command.build(
        content=args.content,
        templates=args.templates,
        out=args.out,
        base_url=args.base_url,
        drafts=args.drafts,
        force=args.force,
        starting=build_command.encoding,
    )
    build_command.report(result, args.out, time.perf_counter() - started)
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from generator.commands.serve import serve  # imports tornado; only the preview needs it

    host, port = args.dev_addr
    serve(
        content=args.content,
        templates=args.templates,
        host=host,
        port=port,
        open_browser=args.open,
        time_limit=args.time_limit,
    )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    fmt = Format(args.format)
    try:
        site, warnings = check_command.check_and_lint(content=args.content, base_url=args.base_url)
    except ContentError as errors:
        check_command.report_errors(errors, fmt)
        return EXIT_CONTENT
    note = None
    if args.since is not None:
        taken, note = check_command.gone_since(content=args.content, site=site, commit=args.since)
        warnings = [*warnings, *taken]
    check_command.report(site, warnings, fmt, strict=args.strict, note=note)
    return EXIT_CONTENT if report.counted(warnings) and args.strict else EXIT_OK


def _new(args: argparse.Namespace) -> int:
    if args.kind == "translation":
        done = new_translation.new_translation(
            content=args.content, original=args.original, language=args.language, story=args.story
        )
        new_translation.report(done)
        return EXIT_OK
    if args.kind == "site":
        path = new_command.new_site(
            content=args.content, title=args.title, language=args.language, base_url=args.base_url
        )
    elif args.kind == "story":
        path = new_command.new_story(content=args.content, story=args.story, title=args.title)
    elif args.kind == "event":
        path = new_command.new_event(content=args.content, story=args.story, date=args.date, title=args.title)
    elif args.kind == "figure":
        path = new_command.new_figure(content=args.content, story=args.story, figure=args.id, name=args.name)
    else:
        path = new_command.new_location(
            content=args.content,
            story=args.story,
            location=args.id,
            name=args.name,
            country=args.country,
            coordinates=args.coordinates,
            unmapped=args.unmapped,
        )
    new_command.report(args.kind, path)
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from generator.commands import imports  # markdownify: only imports need it

    done = imports.import_timeline(
        source=args.source,
        story=args.story,
        content=args.content,
        force=args.force,
        language=args.language,
        keep_remote_pictures=args.keep_remote_pictures,
        kind=args.format,
        # A newsroom's own sheet is read by its headers, and those its --column names.
        columns=getattr(args, "column", ()),
    )
    imports.report(done, args.source)
    return EXIT_CONTENT if done.skipped else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    schema_command.report(schemas.write_schemas(args.out))
    return EXIT_OK


def _deploy(args: argparse.Namespace) -> int:
    from generator.commands import deploy as deploy_command  # git: only deploy needs it

    try:
        done = deploy_command.deploy(
            content=args.content, templates=args.templates, remote=args.remote, branch=args.branch,
            message=args.message, force=args.force, base_url=args.base_url, allow_dirty=args.allow_dirty,
            allow_warnings=args.allow_warnings, allow_broken_links=args.allow_broken_links,
            dry_run=args.dry_run, starting=build_command.encoding,
        )  # fmt: skip
    except (deploy_command.WarningsRefused, deploy_command.PagesWouldGo) as refused:
        deploy_command.report_refusal(refused)
        return EXIT_CONTENT
    if done.dry_run:
        deploy_command.report_rehearsal(done, forced=args.force)
    else:
        deploy_command.report(done)
    return EXIT_OK


VERBS: dict[str, Callable[[argparse.Namespace], int]] = {
    "build": _build,
    "serve": _serve,
    "check": _check,
    "new": _new,
    "import": _import,
    "schema": _schema,
    "deploy": _deploy,
}


_ONE_COORDINATE = re.compile(r"--coordinates=[+-]?[\d.]+,?")
"""--coordinates given one number so far, the latitude (and perhaps its comma)."""


def _negative_values_joined(argv: Sequence[str]) -> list[str]:
    """``--coordinates -33.45,-70.66`` as ``--coordinates=-33.45,-70.66``: argparse takes a
    value that starts with '-' and is not one number for an option of its own. A latitude
    and a longitude given as two words, without quotes (``--coordinates 30.35 32.37``, or
    ``30.35, 32.37``), are one value, as they were meant, for ``new`` to read."""
    out: list[str] = []
    for arg in argv:
        if out and out[-1] == "--coordinates" and re.match(r"[+-]?[\d.]", arg):
            out[-1] = f"--coordinates={arg}"
        elif out and _ONE_COORDINATE.fullmatch(out[-1]) and re.fullmatch(r"[+-]?[\d.]+", arg):
            out[-1] = f"{out[-1]} {arg}"
        else:
            out.append(arg)
    return out


def _translation_id_after_options(args: argparse.Namespace, stray: list[str]) -> list[str]:
    """``stray`` without the ID of ``new translation ORIGINAL --language es ID``, which
    argparse leaves over when it comes after an option (an optional word after the
    first), taken as the ID."""
    if getattr(args, "kind", None) == "translation" and args.story is None and stray[:1] != ["--"]:
        words = [w for w in stray if not w.startswith("-")]
        if len(words) == 1:
            args.story = words[0]
            return [w for w in stray if w != words[0]]
    return stray


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (the process's when None): parse it, call its verb's
    function, and turn what that raises into its words and exit code (above); the code."""
    args, stray = _parser().parse_known_args(_negative_values_joined(sys.argv[1:] if argv is None else argv))
    stray = _translation_id_after_options(args, stray)
    if stray:
        args.command_parser.error(f"unrecognized arguments: {' '.join(stray)}")
    try:
        return VERBS[args.verb](args)
    except ContentError as errors:
        reported = [*errors.problems, *errors.warnings]
        report.show(reported, Format.TEXT)
        # Each verb that stops on content errors changes nothing: say so in its own words.
        outcome = (
            "nothing was imported or changed" if args.verb == "import" else "nothing was built or changed"
        )
        print(f"{report.tally(reported)}; {outcome}{report.read_no_further(reported)}", file=sys.stderr)
        return EXIT_CONTENT
    except UsageError as exc:
        print(f"explainer: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except DeployError as exc:
        print(f"explainer: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_CONTENT
    except OSError as exc:
        message = f"explainer: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": ")
        print(printable(message), file=sys.stderr)
        return EXIT_CONTENT
    except KeyboardInterrupt as stop:
        print(f"explainer: interrupted{interrupt.outcome(args.verb, stop)}", file=sys.stderr)
        return interrupt.exit_code(stop)


def run() -> None:
    """The ``explainer`` command and ``python -m generator``: ``main``, then exit."""
    interrupt.end_on_termination()
    code = main()
    speed.ending_process()
    sys.exit(code)
