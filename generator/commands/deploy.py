"""``explainer deploy``: publish the built site to a branch for GitHub Pages.

In the manner of ghp-import and ``mkdocs gh-deploy``, but without touching the working
tree, the index or the current branch: the site is built into a temporary folder,
turned into a tree with a temporary index file, committed with ``git commit-tree`` on
top of the branch's tip (or the remote's, as last fetched, when that is ahead:
``pages_branch.start``), keeping the files someone put on the branch that no build makes
(``foreign_files.py``), and pushed. The local branch moves only once the push has
succeeded, so every refusal (not a repository, no such remote, content errors, a
rejected push) leaves the repository as it was; and the push and that move are one
step that Ctrl-C, SIGTERM or SIGHUP does not cut in two (``interrupt.signals_held``).

Everything that can be checked is checked before anything is built, because the
mistakes are costly: a ``--branch`` naming a branch of the project (``main``) would put
the site on top of its history and push it, and a site built from uncommitted files
would be published under a message naming a commit that does not contain them
(``uncommitted.py``). One check needs the build: the pages the branch publishes that
the new site would lack (``gone.gone_pages``), since readers hold links to them.

This module is the command's steps, ``deploy`` first, then what it returns or raises and
what it says (``report``); the git commands are ``output/pages_branch.py``'s.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from generator import pipeline, speed
from generator.built_notes import NO_BASE_URL, notes
from generator.content import files
from generator.content.check import Found
from generator.content.lint import lint
from generator.content.lint.where import at, warning
from generator.content.load import RawContent
from generator.content.model import Site
from generator.content.pictures import Starting
from generator.errors import Position, Problem, UsageError
from generator.interrupt import InterruptedAfterwards, signals_held
from generator.output import foreign_files, pages_branch
from generator.output.gone import gone_pages
from generator.output.pages_branch import Change
from generator.output.staging import MARKER
from generator.output.uncommitted import uncommitted_paths
from generator.pipeline import Built, Project
from generator.render import searchindex
from generator.report import Format, counted, plural, show


def deploy(
    *,
    content: str,
    templates: str,
    remote: str = "origin",
    branch: str = "gh-pages",
    message: str | None = None,
    force: bool = False,
    base_url: str | None = None,
    allow_dirty: bool = False,
    allow_warnings: bool = False,
    allow_broken_links: bool = False,
    dry_run: bool = False,
    starting: Starting = None,
) -> DeployResult:
    """Build and publish; raise UsageError, ContentError, WarningsRefused, PagesWouldGo or
    DeployError, changing nothing.

    First everything that can be refused is (the repository, the remote, the branch,
    the message, uncommitted changes, content with errors, or with warnings unless
    ``allow_warnings``: as ``check --strict`` in the ready workflow, so that the text
    ``new`` leaves to fill in, say, is not published by mistake); then the site is built
    in a temporary folder and, unless ``allow_broken_links``, refused when pages the
    branch's tip publishes would be gone from it (the branch, not a local build, is what
    readers have; ``pages_branch.start`` says which tip); then it is committed on top of
    that tip, the work tree and index untouched; then it is pushed, and only then does the
    local branch move, in one step that signals do not cut in two (``_publish``). An
    interrupt that comes once the push has succeeded is raised as
    InterruptedAfterPublishing. ``starting``: told how many pictures the build is about
    to encode, when any are.

    ``dry_run``: everything above up to the commit (every refusal included, so a
    rehearsal that passes is a deploy that would), then say what the branch would get,
    file by file (``Change``), and stop: no commit, no push, no branch moved.
    """
    root, remote_url = _repository_checked(remote, branch, message)
    uncommitted = uncommitted_paths(root, {"content": content, "templates": templates})
    if uncommitted and not allow_dirty:
        raise UsageError(_dirty_refusal(uncommitted))
    target = _target(root, remote_url, remote, branch, content, base_url, allow_warnings, force)
    with tempfile.TemporaryDirectory(prefix="explainer-deploy-") as tmp:
        out = os.path.join(tmp, "site")
        project = Project(content, templates, base_url=target.url, search=searchindex.available())
        built = _built(project, out, target.site, starting)
        foreign_files.keep(root, out, target.foreign)
        if target.parent and not allow_broken_links:
            gone = _gone(root, target.parent, out, target.site, content)
            if gone:
                raise PagesWouldGo(gone)
        text = pages_branch.commit_message(root, message, dirty=bool(uncommitted))
        commit, changes, unchanged = _committed(
            root, remote, branch, out, tmp, target.parent, text, force, dry_run
        )
    done = DeployResult(
        commit,
        branch,
        remote,
        target.url,
        tuple(uncommitted),
        _notes(built, project, remote, branch, target.foreign),
        tuple(target.warnings),
        unchanged,
        dry_run,
        changes,
        on_github=pages_branch.GITHUB_REMOTE.search(remote_url) is not None,
    )
    if dry_run:
        return done
    # Last, so that once the site is out nothing is left to do here but return it (the
    # report of it says the same of an interrupt: ``after_publishing``).
    _publish(root, remote, branch, commit, target.local, force)
    return done


@dataclass(frozen=True)
class _Target:
    """Where the site goes and for which address, as learnt before it is built."""

    site: Site
    """The content as checked, which the build makes the site from."""
    parent: str
    """The tip the site goes on top of, and is compared with ('' for none:
    ``pages_branch.start``)."""
    local: str
    """The local branch's tip, moved from once the push succeeds ('' for none)."""
    foreign: list[foreign_files.Kept]
    """The files others put on the branch, kept."""
    url: str | None
    """The public address the site is built for."""
    warnings: list[Problem]
    """What ``check`` warns of at that address (published only when allowed)."""


def _target(
    root: str,
    remote_url: str,
    remote: str,
    branch: str,
    content: str,
    base_url: str | None,
    allow_warnings: bool,
    force: bool,
) -> _Target:
    """The content checked and what the branch holds: refused before anything is built
    when the content has errors, or warnings not ``allow_warnings``, or the branch's
    source is not one to publish on (unless ``force``).

    The public address for canonical links, the feed and the sitemap: --base-url, then
    site.yaml, then the address GitHub Pages will use for this remote (or the domain of
    the branch's CNAME). The content is checked for it before the build, which then
    makes the site from what was loaded; the lints run once the address is known, so
    that those that need it (a link by full address to a page the site does not
    publish) judge the site at the address it is built for."""
    raw, found, site = pipeline.load_and_check(content)
    parent, local = pages_branch.start(root, remote, branch)
    foreign = foreign_files.found(root, parent, keep_cname=not site.cname)
    cname = site.cname or foreign_files.cname(root, parent, foreign)
    url = base_url or site.base_url or pages_branch.pages_url(remote_url, cname)
    served = (cname, remote_url, remote, branch)
    warnings = _warnings(
        raw, found, site, content, url, served, given=base_url is not None, allowed=allow_warnings
    )
    if parent and not force:
        pages_branch.check_source(root, parent, remote, branch)
    return _Target(site, parent, local, foreign, url, warnings)


def _committed(
    root: str,
    remote: str,
    branch: str,
    out: str,
    tmp: str,
    parent: str,
    text: str,
    force: bool,
    dry_run: bool,
) -> tuple[str, tuple[Change, ...], bool]:
    """The site in ``out`` committed on top of ``parent`` under the message ``text`` (no
    commit when it is the site ``parent`` holds), the work tree and index untouched: the
    commit to push, what a rehearsal (``dry_run``) says the branch would get, and whether
    the site is unchanged. A rehearsal commits nothing, and its commit is ``parent``."""
    tree = pages_branch.write_tree(root, out, tmp)
    unchanged = bool(parent) and pages_branch.same_site(root, parent, tree)
    if dry_run:
        changes = _rehearsed(root, remote, branch, tree, parent, text, force=force, unchanged=unchanged)
        return parent, changes, unchanged
    return parent if unchanged else pages_branch.commit(root, tree, parent, text), (), unchanged


def _built(project: Project, out: str, site: Site, starting: Starting) -> Built:
    """``project``'s site, built into ``out`` from its content as checked (``site``), ready
    for GitHub Pages."""
    # The pipeline itself, from the content checked already, into a folder of its own
    # (nothing there for ``build``'s guards of an output folder to protect).
    files.require_folder(project.templates, "templates")
    built = pipeline.build(project, out, speed.for_content(project.content, one_off=True), site, starting)
    _ready_for_pages(out, site.cname)
    return built


def _warnings(
    raw: RawContent,
    found: Found,
    site: Site,
    content: str,
    url: str | None,
    where_served: tuple[str | None, str, str, str],
    *,
    given: bool,
    allowed: bool,
) -> list[Problem]:
    """What ``check`` warns of in the site built for ``url`` (``lint``), and a warning when
    that is not where GitHub Pages will serve it (``_not_at_the_domain``: ``where_served``
    and ``given`` are its); WarningsRefused when there is any and they are not ``allowed``
    (``--allow-warnings``). Notes are hints, refused by nothing."""
    warnings = lint(raw, found, site, base_url=url)
    warnings += _not_at_the_domain(raw, content, url, where_served, given=given, written=site.cname)
    if counted(warnings) and not allowed:
        raise WarningsRefused(counted(warnings))
    return warnings


def _notes(
    built: Built, project: Project, remote: str, branch: str, foreign: list[foreign_files.Kept]
) -> tuple[str, ...]:
    """What the editor should know of the deployed site that is no error: the build's
    notes (``built_notes.notes``, a missing address said as deploy would find one), and
    the files others put on ``branch`` that it keeps (``foreign``)."""
    said = tuple(_unknown_address(remote) if n == NO_BASE_URL else n for n in notes(built, project))
    return said + ((foreign_files.note(branch, foreign),) if foreign else ())


def _repository_checked(remote: str, branch: str, message: str | None) -> tuple[str, str]:
    """The repository's root and ``remote``'s address; UsageError if there is no
    repository or no such remote, if ``branch`` is no branch to publish to, or if
    ``message`` is given empty."""
    root = pages_branch.repository_root()
    remote_url = pages_branch.remote_url(root, remote)
    pages_branch.check_branch(root, branch, remote)
    _check_message(message)
    return root, remote_url


def _rehearsed(
    root: str, remote: str, branch: str, tree: str, parent: str, text: str, *, force: bool, unchanged: bool
) -> tuple[Change, ...]:
    """What ``--dry-run`` says the branch would get from ``tree`` (the site's files, on
    top of ``parent``), once the remote has said it would take the push."""
    changes: tuple[Change, ...] = () if unchanged else pages_branch.changes(root, parent, tree)
    # The push rehearsed with the commit deploy would make (an object no branch
    # holds, which git prunes in time): the remote is asked whether it would take it.
    would_push = parent if unchanged else pages_branch.commit(root, tree, parent, text)
    pages_branch.push(root, remote, branch, would_push, force, rehearse=True)
    return changes


def _not_at_the_domain(
    raw: RawContent,
    content: str,
    url: str | None,
    where_served: tuple[str | None, str, str, str],
    *,
    given: bool,
    written: str | None,
) -> list[Problem]:
    """A warning when the site is built for an address other than the one GitHub Pages
    will serve it at. ``where_served``: the custom domain it is published with (site.yaml's
    cname, ``written``, or the CNAME the branch keeps), the remote's address (never
    shown: it may hold a token) and the names of the remote and the branch.

    With a domain, GitHub Pages serves the site at ``https://<cname>/`` (and sends
    readers of its github.io address there), so a 404 page built for
    ``https://org.github.io/repo/`` asks the domain for ``/repo/assets/style.css``, which
    is not found, and the full addresses (canonical links, sitemap, feeds, embed code)
    name an address that only redirects. Without one, a github.com remote's site is at
    ``https://<owner>.github.io/<repo>/``: a github.io address naming another repository
    (one renamed since, a colleague's copied) names nothing at all. Another host than
    github.io may be a proxy in front of Pages, and is not told. ``given``: the address
    came from --base-url."""
    cname, remote_url, remote, branch = where_served
    served = f"https://{cname.lower()}/" if cname else pages_branch.pages_url(remote_url, None)
    if url is None or served is None:
        return []
    parts, at_pages = urlsplit(url), urlsplit(served)
    if (parts.hostname or "").lower() == at_pages.hostname and parts.path.lower() == at_pages.path.lower():
        return []
    if cname is None and not (parts.hostname or "").lower().endswith(".github.io"):
        return []
    if given:
        whence, fix = "--base-url", f"give --base-url {served}, or leave it out"
    else:
        whence, fix = "base_url", f"set base_url to {served}, or take it out"
    # Another host at the same path ('www.' or not): the 404 page finds its stylesheet.
    moved = parts.path.lower() != at_pages.path.lower()
    lost = f"there its 404 page would ask for its stylesheet and links at {parts.path}" if moved else ""
    if cname is None:
        by = f"GitHub Pages serves the repository of the remote '{remote}' at {served}"
        why = (f"{lost}, and " if lost else "") + "its full addresses would name a site that is not there"
    else:
        if written:
            by = f"the CNAME deploy publishes with it (cname: {written})"
            fix += " (or take out cname, if the site has no custom domain)"
        else:
            by = f"the CNAME file {branch} keeps ({cname}, set under Settings -> Pages -> Custom domain)"
            fix += " (or remove the custom domain there, if the site has none)"
        by += f" has GitHub Pages serve it at {served} (the root of the domain)"
        why = (f"{lost}, which the domain does not have, and " if lost else "") + (
            "its canonical links, sitemap, feeds and embed code would name an address that only redirects"
        )
    # Not given, a mismatch is site.yaml's base_url: without one the address is Pages'.
    key = "cname" if given else "base_url"
    where = at(raw.site, key) if raw.site is not None else Position(os.path.join(content, "site.yaml"))
    return [warning(where, f"the site is built for {url} ({whence}), but {by}: {why}; {fix}")]


def _check_message(message: str | None) -> None:
    """Refuse a ``--message`` given empty (a commit needs one; leaving it out gives ours)."""
    if message is not None and not message.strip():
        raise UsageError("the deploy --message is empty; give a message, or leave --message out")


SHOWN_DIRTY = 5
"""How many uncommitted paths a refusal names before it says how many more there are."""


def _dirty_refusal(paths: Sequence[str]) -> str:
    # A file name may hold a line break; the refusal stays one line.
    shown = ", ".join(p.replace("\n", "\\n").replace("\t", "\\t") for p in paths[:SHOWN_DIRTY])
    more = f" and {len(paths) - SHOWN_DIRTY} more" if len(paths) > SHOWN_DIRTY else ""
    return (
        f"not deploying uncommitted changes: {shown}{more}; commit them first, "
        f"or pass --allow-dirty to publish them anyway"
    )


def _ready_for_pages(site: str, cname: str | None) -> None:
    """The built folder ``site`` as GitHub Pages wants it: without the local builds'
    marker, with ``.nojekyll``, and with ``CNAME`` for a custom domain."""
    os.remove(os.path.join(site, MARKER))  # it only matters to local builds
    with open(os.path.join(site, ".nojekyll"), "w"):
        pass  # GitHub Pages would otherwise run Jekyll, which skips some files
    if cname:
        with open(os.path.join(site, "CNAME"), "w") as f:
            f.write(cname + "\n")


def _gone(root: str, parent: str, out: str, site: Site, content: str) -> list[Problem]:
    """What ``gone_pages`` says of the site in ``out`` against the one ``parent`` holds."""
    before = pages_branch.site_files(root, parent)
    after = {
        os.path.relpath(os.path.join(top, name), out).replace(os.sep, "/")
        for top, _, names in os.walk(out)
        for name in names
    }

    def old_page(path: str) -> bytes | None:
        return pages_branch.site_file(root, parent, path)

    def new_page(path: str) -> bytes | None:
        with open(os.path.join(out, path), "rb") as f:
            return f.read()

    return gone_pages(before, after, site=site, content=content, old_page=old_page, new_page=new_page)


def _publish(root: str, remote: str, branch: str, commit: str, parent: str, force: bool) -> None:
    """Push ``commit`` and move the local ``branch`` to it from ``parent``, as one step
    (``interrupt.signals_held``). A signal held meanwhile is raised as the step ends: as
    it was when the push failed or never began (the previous site is unchanged), and as
    InterruptedAfterPublishing once the push has succeeded."""
    pushed = False
    try:
        with signals_held():
            pages_branch.push(root, remote, branch, commit, force)
            pushed = True
            pages_branch.move_local_branch(root, remote, branch, commit, parent)
    except KeyboardInterrupt as stop:
        if pushed:
            raise InterruptedAfterPublishing(commit, remote, branch) from stop
        raise


def _unknown_address(remote: str) -> str:
    """The build's note that the site's address is unknown, as it matters on GitHub Pages,
    where a project's site is served under /<repo>/: the 404 page, which links from the
    root of the domain without an address, shows unstyled there with links that leave the
    site."""
    return (
        f"the site's address is not known (no --base-url, no base_url in site.yaml, and "
        f"the remote '{remote}' is not a github.com address), so its 404 page works only at "
        f"the root of a domain, and canonical links, social-card tags, sitemap.xml, feed.xml "
        f"and oembed.json are left out: deploy again with --base-url "
        f"https://<owner>.github.io/<repo>/ (or set base_url in site.yaml)"
    )


@dataclass(frozen=True)
class DeployResult:
    """What was published, where, and whether it was the source commit's own content."""

    commit: str
    branch: str
    remote: str
    url: str | None
    """Where the site will appear, when it can be known."""
    uncommitted: tuple[str, ...] = ()
    """Paths built into the site that HEAD does not hold as they are (--allow-dirty)."""
    notes: tuple[str, ...] = ()
    """What the editor should know about the published site (the build's notes)."""
    warnings: tuple[Problem, ...] = ()
    """What ``check`` warns of, published as asked (``--allow-warnings``)."""
    unchanged: bool = False
    """Whether the site was the one the branch already held, so no commit was made."""
    dry_run: bool = False
    """Whether this was a rehearsal (``--dry-run``): nothing committed, pushed or moved,
    and ``commit`` is the tip the site would have gone on top of ('' for none)."""
    changes: tuple[Change, ...] = ()
    """What publishing would change on the branch, path by path (a rehearsal's only)."""
    on_github: bool = False
    """Whether the remote is a github.com repository, whose branch GitHub Pages serves;
    another remote's (GitLab's, a bare repository's) is served by whatever serves it."""


class WarningsRefused(Exception):
    """The content has warnings, which ``deploy`` does not publish unless asked to: the
    ready workflow runs ``check --strict`` before it publishes, and so does deploy."""

    def __init__(self, warnings: list[Problem]) -> None:
        super().__init__(warnings)
        self.warnings = warnings


class PagesWouldGo(Exception):
    """Pages the branch publishes that the new site would not have, which ``deploy``
    does not publish unless asked to (``allow_broken_links``): readers' links, bookmarks
    and search results lead to them (``gone.gone_pages`` says why each would go)."""

    def __init__(self, gone: list[Problem]) -> None:
        super().__init__(gone)
        self.gone = gone


class InterruptedAfterPublishing(InterruptedAfterwards):
    """Ctrl-C, SIGTERM or SIGHUP that came once the site was pushed, raised from that
    interrupt (its ``__cause__``, which tells the exit code).

    The interrupt is not dropped: whoever sent it (Ctrl-C, a cancelled CI job) asked the
    command to stop, and ending normally would tell them that nothing had; but the site
    is out, so "the previous site is unchanged" would be false. The command ends as
    interrupted and says what it published (``left``)."""

    def __init__(self, commit: str, remote: str, branch: str) -> None:
        super().__init__(commit, remote, branch)
        self.left = f" after publishing {commit[:12]} to {remote} {branch}"


@contextmanager
def after_publishing(commit: str, remote: str, branch: str) -> Iterator[None]:
    """An interrupt in the block, which runs once ``commit`` is on ``branch`` of
    ``remote``, raised as InterruptedAfterPublishing (``report`` says what was published in one)."""
    try:
        yield
    except InterruptedAfterPublishing:
        raise
    except KeyboardInterrupt as stop:
        raise InterruptedAfterPublishing(commit, remote, branch) from stop


def report_refusal(refused: WarningsRefused | PagesWouldGo) -> None:
    """What deploy says when it refused the content: each problem, then what to do."""
    if isinstance(refused, WarningsRefused):
        show(refused.warnings, Format.TEXT)
        print(
            f"{plural(len(refused.warnings), 'warning')}; nothing was published (the ready workflow's "
            "check refuses the content's warnings too): fix them, or pass --allow-warnings to publish anyway",
            file=sys.stderr,
        )
        return
    show(refused.gone, Format.TEXT)
    print(
        f"{plural(len(refused.gone), 'published address', 'published addresses')} would stop working; "
        "nothing was published: keep each as its line says, or pass --allow-broken-links "
        "to publish anyway",
        file=sys.stderr,
    )


SHOWN_CHANGES = 30
"""How many of the files a rehearsed deploy would change it names, before it says how
many more (a changed template changes every page)."""


def report_rehearsal(done: DeployResult, *, forced: bool) -> None:
    """What ``deploy --dry-run`` found: what the branch would get, and what deploy would say."""
    show(done.warnings, Format.TEXT)
    where = f"{done.remote} {done.branch}"
    if done.unchanged:
        held = f"({done.commit[:12]})"
        print(f"dry run: the site is the one {done.branch} already holds {held}: deploy would make no commit")
    elif not done.commit and forced:
        # Nothing here to start from, and --force: the remote's branch, if it has one
        # nobody fetched, would be replaced, so nothing can be said of what changes.
        files = plural(len(done.changes), "file")
        print(
            f"dry run: nothing was committed or pushed; no {done.branch} here, and deploy would push "
            f"a first commit of {files} to {where}, replacing whatever that branch holds"
        )
    elif not done.commit:  # the push, rehearsed without --force, found no branch there either
        files = plural(len(done.changes), "file")
        print(
            f"dry run: nothing was committed or pushed; {done.branch} does not exist yet, "
            f"and deploy would make it with {files} and push it to {where}"
        )
    else:
        counts = {how: sum(c.how == how for c in done.changes) for how in ("changed", "added", "removed")}
        said = ", ".join(f"{n} {how}" for how, n in counts.items() if n)
        files = plural(len(done.changes), "file")
        print(
            f"dry run: nothing was committed or pushed; deploy would push to {where} "
            f"a commit changing {files} ({said}):"
        )
        for change in done.changes[:SHOWN_CHANGES]:
            print(f"  {change.how:8} {change.path}")
        if len(done.changes) > SHOWN_CHANGES:
            print(f"  and {len(done.changes) - SHOWN_CHANGES} more")
        if forced:
            # Compared with the branch as known here: what the remote holds beyond it,
            # which --force replaces, is not known without a fetch.
            print(
                f"note: with --force, whatever {where} holds beyond {done.commit[:12]} would be "
                f"replaced; 'git fetch {done.remote}' first to compare with it",
                file=sys.stderr,
            )
    if done.uncommitted and not done.unchanged:
        count = plural(len(done.uncommitted), "uncommitted path")
        print(f"note: the site would include {count}, as its commit message would say", file=sys.stderr)
    for note in done.notes:
        print(f"note: {note}", file=sys.stderr)
    if done.url:
        print(f"the site would appear at {done.url}")


def report(done: DeployResult) -> None:
    """What a deploy that published says; an interrupt meanwhile is raised as
    InterruptedAfterPublishing, since the site is out (``after_publishing``)."""
    with after_publishing(done.commit, done.remote, done.branch):
        show(done.warnings, Format.TEXT)  # published as asked; said all the same
        if done.unchanged:
            print(
                f"the site is the one {done.branch} already holds ({done.commit[:12]}): no new commit; "
                f"{done.remote} {done.branch} is at it"
            )
        else:
            print(f"pushed {done.commit[:12]} to {done.remote} {done.branch}")
        if done.uncommitted and not done.unchanged:
            count = plural(len(done.uncommitted), "uncommitted path")
            print(f"note: the published site includes {count}, as its commit message says", file=sys.stderr)
        for note in done.notes:
            print(f"note: {note}", file=sys.stderr)
        if done.url:
            print(f"the site will appear at {done.url} once {_publisher(done)} has published it")


def _publisher(done: DeployResult) -> str:
    """What serves the pushed branch, in the words of the report's last line."""
    if done.on_github:
        return "GitHub Pages"
    return f"whatever serves {done.remote}'s {done.branch} branch"
