"""The ``explainer`` command: parse arguments, call one verb, turn failures into exit codes.

Exit codes: 0 success, 1 content or template errors (each printed as
``path:line:col: message``), 2 usage errors (bad options, missing folders).
No pipeline logic lives here.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence

from generator import build as build_module
from generator.deploy import DeployError
from generator.errors import ContentError, UsageError

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explainer",
        description="Build news explainer timelines from YAML content.",
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="COMMAND")

    build = verbs.add_parser("build", help="build the site", description="Build the static site.")
    _content_option(build)
    build.add_argument("--templates", default="templates", help="theme folder (default: templates)")
    build.add_argument("--out", default="site", help="output folder (default: site)")
    build.add_argument(
        "--base-url",
        help="public address of the site, ending in '/' (overrides base_url in site.yaml)",
    )
    build.add_argument("--drafts", action="store_true", help="include drafts, marked DRAFT")

    serve = verbs.add_parser(
        "serve",
        help="preview with live reload",
        description="Build in memory (drafts included), serve, and reload the browser on every save.",
    )
    _content_option(serve)
    serve.add_argument("--templates", default="templates", help="theme folder (default: templates)")
    serve.add_argument(
        "--dev-addr",
        default="127.0.0.1:8000",
        type=_address,
        metavar="HOST:PORT",
        help="where to listen (default: 127.0.0.1:8000, this computer only)",
    )
    serve.add_argument("--open", action="store_true", help="open the preview in a web browser")

    deploy = verbs.add_parser(
        "deploy",
        help="publish to GitHub Pages",
        description="Build, commit the site as the new tip of a branch (the working tree and "
        "current branch are not touched), add .nojekyll and CNAME, and push.",
    )
    _content_option(deploy)
    deploy.add_argument("--templates", default="templates", help="theme folder (default: templates)")
    deploy.add_argument("--remote", default="origin", help="git remote to push to (default: origin)")
    deploy.add_argument("--branch", default="gh-pages", help="branch to publish (default: gh-pages)")
    deploy.add_argument("--message", help="commit message (default: names the source commit)")
    deploy.add_argument("--force", action="store_true", help="replace the remote branch if it has diverged")
    deploy.add_argument(
        "--base-url", help="public address ending in '/' (default: from site.yaml or the remote)"
    )

    check = verbs.add_parser(
        "check",
        help="validate content without building",
        description="Check every content file and report every problem.",
    )
    _content_option(check)
    return parser


def _address(text: str) -> tuple[str, int]:
    host, sep, port = text.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT such as 127.0.0.1:8000, got '{text}'")
    return host.strip("[]"), int(port)


def _content_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", default="content", help="content folder (default: content)")


def _valid_base_url(parser: argparse.ArgumentParser, url: str | None) -> None:
    if url is not None and (not url.startswith(("http://", "https://")) or not url.endswith("/")):
        parser.error(f"--base-url must be an http(s) address ending in '/', got '{url}'")


def _report(errors: ContentError) -> int:
    for problem in errors.problems:
        print(problem, file=sys.stderr)
    n = len(errors.problems)
    print(f"{n} error{'s' if n != 1 else ''}; nothing was built or changed", file=sys.stderr)
    return EXIT_CONTENT


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if args.verb == "serve":
            from generator.serve import serve  # imports tornado; only the preview needs it

            host, port = args.dev_addr
            serve(
                content=args.content, templates=args.templates, host=host, port=port, open_browser=args.open
            )
        elif args.verb == "deploy":
            from generator.deploy import deploy

            _valid_base_url(parser, args.base_url)
            done = deploy(
                content=args.content, templates=args.templates, remote=args.remote,
                branch=args.branch, message=args.message, force=args.force, base_url=args.base_url,
            )  # fmt: skip
            print(f"pushed {done.commit[:12]} to {done.remote} {done.branch}")
            if done.url:
                print(f"the site will appear at {done.url} once GitHub Pages has published it")
        elif args.verb == "check":
            site = build_module.check(content=args.content)
            events = sum(len(s.events) for s in site.stories)
            print(f"ok: {len(site.stories)} stories, {events} events, no problems")
        else:
            _valid_base_url(parser, args.base_url)
            result = build_module.build(
                content=args.content,
                templates=args.templates,
                out=args.out,
                base_url=args.base_url,
                drafts=args.drafts,
            )
            took = time.perf_counter() - started
            for note in result.notes:
                print(f"note: {note}", file=sys.stderr)
            n = len(result.site.stories)
            print(
                f"built {n} stor{'y' if n == 1 else 'ies'}, {result.files} files "
                f"into {args.out}/ in {took:.2f} s"
            )
    except ContentError as errors:
        return _report(errors)
    except UsageError as exc:
        print(f"explainer: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except DeployError as exc:
        print(f"explainer: error: {exc}", file=sys.stderr)
        return EXIT_CONTENT
    except OSError as exc:
        print(f"explainer: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_CONTENT
    except KeyboardInterrupt:
        print("explainer: interrupted; the previous site is unchanged", file=sys.stderr)
        return 130
    return EXIT_OK
