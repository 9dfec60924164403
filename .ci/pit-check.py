#!/usr/bin/env python3
"""Reads PIT's mutations.xml of each module, prints mutation score and test strength, and fails
(exit 1) when a mutant of a critical class, or a new mutant of a class changed since the baseline,
survives or is not covered.

The critical classes (.ci/pit/critical-classes.txt; exactly those classes, not their nested
ones) decide retries, idempotency, token refresh, redaction, signature verification, dedupe and
PIN encryption: there, every mutant must be killed unless it is listed as equivalent
(.ci/pit/equivalent-mutants.txt, one line each with a reason).

The modules too slow to mutate whole in CI (those whose pom has a profile activated by
wise.pit.ciScope) are mutated there in their critical classes and in the classes changed since the
last whole run (.ci/pit/baseline.txt: its commit, and the mutants that run left alive). A class is
changed when its source file, or a test named after it, differs from that commit. A changed
class's mutant that survives or is not covered fails the build unless the baseline already had it
(same class, method, mutator and description; line numbers move with edits) or it is listed as
equivalent. The per-module thresholds are PIT's own (testStrengthThreshold etc. in each module's
pom), applied to whole-module runs.

Usage:
  .ci/pit-check.py [MODULE_DIR...]   after a PIT run; without arguments, every module whose pom
                                     sets wise.pit.skip to false
  .ci/pit-check.py --scope           the PIT target classes of CI's scope: the critical classes and
                                     the changed ones (comma-separated globs for wise.pit.ciScope)
  .ci/pit-check.py --write-baseline  after a whole run (./mvnw -B -Pmutation test) of a clean,
                                     committed tree: records HEAD and the mutants left alive
"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIVE = ("SURVIVED", "NO_COVERAGE")
TEST_SUFFIXES = ("Tests", "Test", "IT")


def read_pom(root, module):
    with open(os.path.join(root, module, "pom.xml"), encoding="utf-8") as f:
        return f.read()


def modules(root):
    return sorted(n for n in os.listdir(root) if os.path.isfile(os.path.join(root, n, "pom.xml")))


def opted_in_modules(root):
    """The modules whose pom opts in to mutation testing."""
    return [m for m in modules(root) if "<wise.pit.skip>false</wise.pit.skip>" in read_pom(root, m)]


def scoped_modules(root):
    """The opted-in modules that CI mutates in its scope only, not whole."""
    return [m for m in opted_in_modules(root) if "<name>wise.pit.ciScope</name>" in read_pom(root, m)]


def read_list(root, name):
    entries = []
    with open(os.path.join(root, ".ci", "pit", name), encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if line and not line.startswith("#"):
                entries.append(line)
    return entries


def critical_classes(root):
    """(every critical class, the pending ones): "pending Class" is critical but not yet shown to
    reach 100 %; its survivors are printed and do not fail the build until the prefix goes."""
    listed = read_list(root, "critical-classes.txt")
    pending = {c.split(None, 1)[1] for c in listed if c.startswith("pending ")}
    return [c.split(None, 1)[1] if c.startswith("pending ") else c for c in listed], pending


def equivalent_mutants(root):
    equivalent = set()
    for line in read_list(root, "equivalent-mutants.txt"):
        # 'Class#method Mutator "description" -- reason': the reason is required
        name, sep, reason = line.partition(" -- ")
        if not sep or not reason.strip():
            sys.exit(f"equivalent-mutants.txt: no ' -- reason' on: {line}")
        equivalent.add(name.strip())
    return equivalent


def read_baseline(root):
    """(commit, {mutant name: how many of that name the whole run left alive})."""
    commit, live = None, {}
    for line in read_list(root, "baseline.txt"):
        word, _, rest = line.partition(" ")
        if word == "commit":
            commit = rest.strip()
        elif word == "live":
            live[rest] = live.get(rest, 0) + 1
        else:
            sys.exit(f"baseline.txt: neither 'commit' nor 'live' on: {line}")
    if not commit:
        sys.exit("baseline.txt: no 'commit' line")
    return commit, live


def git(root, *args):
    return subprocess.run(
        ["git", *args], cwd=root, check=True, capture_output=True, text=True
    ).stdout.splitlines()


def changed_files(root, commit):
    """Every file that differs from the commit: committed, staged, unstaged, untracked."""
    try:
        git(root, "cat-file", "-e", commit + "^{commit}")
    except subprocess.CalledProcessError:
        sys.exit(
            f"baseline commit {commit} is not in this clone (a shallow clone?): fetch it, or run "
            "the whole modules (./mvnw -B -Pmutation test) and record a new baseline"
        )
    return set(git(root, "diff", "--name-only", commit)) | set(
        git(root, "ls-files", "--others", "--exclude-standard")
    )


def changed_classes(root, commit):
    """The top-level classes of the scoped modules whose source, or a test named after them
    (FooTest, FooTests, FooIT, or FooSomethingTest when no class FooSomething exists), differs from
    the commit. Deleted classes are left out: nothing is left to mutate."""
    found = set()
    scoped = set(scoped_modules(root))
    pattern = re.compile(r"^([^/]+)/src/(main|test)/java/(.+)/([^/]+)\.java$")
    for path in changed_files(root, commit):
        match = pattern.match(path)
        if not match or match.group(1) not in scoped:
            continue
        module, kind, package_dir, name = match.groups()
        main_dir = os.path.join(root, module, "src", "main", "java", package_dir)
        if kind == "main":
            candidates = [name]
        else:
            stem = next((name[: -len(s)] for s in TEST_SUFFIXES if name.endswith(s)), "")
            words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", stem)
            candidates = ["".join(words[:n]) for n in range(len(words), 0, -1)]
        for candidate in candidates:
            if os.path.isfile(os.path.join(main_dir, candidate + ".java")):
                found.add(package_dir.replace("/", ".") + "." + candidate)
                break
    return found


def key(m):
    """The name of a mutant in equivalent-mutants.txt: Class#method mutator "description"."""
    cls = m.findtext("mutatedClass")
    method = m.findtext("mutatedMethod")
    mutator = m.findtext("mutator").rsplit(".", 1)[-1]
    return f'{cls}#{method} {mutator} "{m.findtext("description")}"'


def top_level(cls):
    return cls.split("$", 1)[0]


def report(root, module):
    """The module's mutants, or None where PIT wrote no report (nothing matched its targets)."""
    path = os.path.join(root, module, "target", "pit-reports", "mutations.xml")
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return None
    return ET.parse(path).getroot().findall("mutation")


def scope(root):
    """PIT's target classes for CI: the critical classes, and the changed ones with their nested
    classes."""
    critical, _ = critical_classes(root)
    commit, _ = read_baseline(root)
    changed = sorted(changed_classes(root, commit))
    print(
        f"classes changed since the PIT baseline {commit[:12]}: {', '.join(changed) or 'none'}",
        file=sys.stderr,
    )
    globs = list(critical)
    for cls in changed:
        globs += [cls, cls + "$*"]
    return ",".join(globs)


def write_baseline(root):
    status = [
        line
        for line in git(root, "status", "--porcelain")
        if any(line[3:].startswith(m + "/src/") for m in scoped_modules(root))
    ]
    if status:
        sys.exit("uncommitted changes in the scoped modules' sources; commit them first:\n" + "\n".join(status))
    commit = git(root, "rev-parse", "HEAD")[0]
    lines = [
        "# The last whole-module PIT run of the modules CI mutates in its scope only (written by",
        "# .ci/pit-check.py --write-baseline): the commit it ran on, and each mutant it left alive",
        "# (survived or not covered), one line per mutant. CI mutates the classes changed since that",
        "# commit, and fails on a live mutant of theirs that is not here (.ci/pit-check.py).",
        f"commit {commit}",
    ]
    for module in scoped_modules(root):
        mutants = report(root, module)
        if mutants is None:
            sys.exit(f"{module}: no PIT report; run ./mvnw -B -Pmutation test first")
        live = sorted(key(m) for m in mutants if m.get("status") in LIVE)
        lines.append(f"# {module}: {len(mutants)} mutants, {len(live)} alive")
        lines += ["live " + k for k in live]
    with open(os.path.join(root, ".ci", "pit", "baseline.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"baseline written: {commit[:12]}")
    return 0


def check(root, module_dirs):
    critical, pending = critical_classes(root)
    equivalent = equivalent_mutants(root)
    commit, baseline = read_baseline(root)
    changed = changed_classes(root, commit)
    print(f"classes changed since the PIT baseline {commit[:12]}: {', '.join(sorted(changed)) or 'none'}")
    failures = []
    seen = set()
    new_live = {}
    for module_dir in module_dirs:
        module = os.path.basename(os.path.abspath(module_dir))
        mutants = report(root, module)
        if mutants is None:
            print(f"{module}: no mutants")
            continue
        counts = {}
        for m in mutants:
            status = m.get("status")
            counts[status] = counts.get(status, 0) + 1
            cls = m.findtext("mutatedClass")
            if cls in critical:
                seen.add(cls)
            if status not in LIVE:
                continue
            k = key(m)
            if k in equivalent:
                continue
            line = f"{status}: {k} (line {m.findtext('lineNumber')})"
            if cls in critical:
                if cls in pending:
                    print("  pending critical class, not failing the build: " + line)
                else:
                    failures.append(line)
            elif top_level(cls) in changed:
                new_live.setdefault(k, []).append(line)
        total = len(mutants)
        killed = total - counts.get("SURVIVED", 0) - counts.get("NO_COVERAGE", 0)
        covered = total - counts.get("NO_COVERAGE", 0)
        print(
            f"{module}: {total} mutants, {killed} killed "
            f"({counts.get('TIMED_OUT', 0)} of them timed out), {counts.get('SURVIVED', 0)} survived, "
            f"{counts.get('NO_COVERAGE', 0)} without coverage; mutation score "
            f"{100.0 * killed / max(total, 1):.1f}%, test strength {100.0 * killed / max(covered, 1):.1f}%"
        )
    for k, lines in sorted(new_live.items()):
        # the baseline's live mutants of that name may remain; any beyond them are new
        for line in lines[baseline.get(k, 0):]:
            failures.append("NEW in a changed class, " + line)
    for cls in critical:
        if cls not in seen and cls not in pending:
            failures.append(f"NOT MUTATED: {cls} (renamed or moved? update .ci/pit/critical-classes.txt)")
    if failures:
        print(f"\n{len(failures)} problem(s) in critical or changed classes: kill a survivor with a test,")
        print("or list a genuinely equivalent mutant in .ci/pit/equivalent-mutants.txt with the reason:")
        for f in failures:
            print("  " + f)
        return 1
    print("critical and changed classes: every mutant killed, listed as equivalent, or alive in the baseline")
    return 0


def main(args):
    if args[:1] == ["--scope"]:
        print(scope(ROOT))
        return 0
    if args[:1] == ["--write-baseline"]:
        return write_baseline(ROOT)
    return check(ROOT, args or [os.path.join(ROOT, m) for m in opted_in_modules(ROOT)])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
