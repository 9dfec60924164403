#!/usr/bin/env python3
"""Reads PIT's mutations.xml of each module, prints mutation score and test strength, and fails
(exit 1) when a mutant of a critical class survives or is not covered.

The critical classes (.ci/pit/critical-classes.txt; exactly those classes, not their nested
ones) decide retries, idempotency, token refresh,
redaction, signature verification, dedupe and PIN encryption: there, every mutant must be killed
unless it is listed as equivalent (.ci/pit/equivalent-mutants.txt, one line each with a reason).
The per-module thresholds are PIT's own (testStrengthThreshold etc. in each module's pom).

Usage: .ci/pit-check.py [MODULE_DIR...]   (after ./mvnw -Pmutation test; without arguments,
every module whose pom sets wise.pit.skip to false)
"""
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def opted_in_modules():
    """The modules whose pom opts in to mutation testing."""
    found = []
    for name in sorted(os.listdir(ROOT)):
        pom = os.path.join(ROOT, name, "pom.xml")
        if os.path.isfile(pom):
            with open(pom, encoding="utf-8") as f:
                if "<wise.pit.skip>false</wise.pit.skip>" in f.read():
                    found.append(os.path.join(ROOT, name))
    return found


def read_list(name):
    entries = []
    with open(os.path.join(HERE, "pit", name), encoding="utf-8") as f:
        for raw in f:
            line = raw.strip()
            if line and not line.startswith("#"):
                entries.append(line)
    return entries


def key(m):
    """The name of a mutant in equivalent-mutants.txt: Class#method mutator "description"."""
    cls = m.findtext("mutatedClass")
    method = m.findtext("mutatedMethod")
    mutator = m.findtext("mutator").rsplit(".", 1)[-1]
    return f'{cls}#{method} {mutator} "{m.findtext("description")}"'


def main(modules):
    # "pending Class": critical, but not yet shown to reach 100 %; its survivors are printed and do
    # not fail the build until the line loses its "pending " prefix
    listed = read_list("critical-classes.txt")
    pending = {c.split(None, 1)[1] for c in listed if c.startswith("pending ")}
    critical = [c.split(None, 1)[1] if c.startswith("pending ") else c for c in listed]
    equivalent = set()
    for line in read_list("equivalent-mutants.txt"):
        # 'Class#method Mutator "description" -- reason': the reason is required
        name, sep, reason = line.partition(" -- ")
        if not sep or not reason.strip():
            sys.exit(f"equivalent-mutants.txt: no ' -- reason' on: {line}")
        equivalent.add(name.strip())
    failures = []
    used = set()
    seen = set()
    for module in modules:
        path = os.path.join(module, "target", "pit-reports", "mutations.xml")
        if not os.path.exists(path) or os.path.getsize(path) == 0:
            # PIT writes no report where nothing matched wise.pit.targetClasses
            print(f"{os.path.basename(os.path.abspath(module))}: no mutants")
            continue
        mutants = ET.parse(path).getroot().findall("mutation")
        counts = {}
        for m in mutants:
            counts[m.get("status")] = counts.get(m.get("status"), 0) + 1
            cls = m.findtext("mutatedClass")
            if cls in critical:
                seen.add(cls)
            if cls not in critical or m.get("status") not in ("SURVIVED", "NO_COVERAGE"):
                continue
            k = key(m)
            if k in equivalent:
                used.add(k)
                continue
            line = f"{m.get('status')}: {k} (line {m.findtext('lineNumber')})"
            if cls in pending:
                print("  pending critical class, not failing the build: " + line)
            else:
                failures.append(line)
        total = len(mutants)
        killed = total - counts.get("SURVIVED", 0) - counts.get("NO_COVERAGE", 0)
        covered = total - counts.get("NO_COVERAGE", 0)
        print(
            f"{os.path.basename(os.path.abspath(module))}: {total} mutants, {killed} killed "
            f"({counts.get('TIMED_OUT', 0)} of them timed out), {counts.get('SURVIVED', 0)} survived, "
            f"{counts.get('NO_COVERAGE', 0)} without coverage; mutation score "
            f"{100.0 * killed / max(total, 1):.1f}%, test strength {100.0 * killed / max(covered, 1):.1f}%"
        )
    for cls in critical:
        if cls not in seen and cls not in pending:
            failures.append(f"NOT MUTATED: {cls} (renamed or moved? update .ci/pit/critical-classes.txt)")
    if failures:
        print(f"\n{len(failures)} problem(s) in critical classes: kill a survivor with a test, or list")
        print("a genuinely equivalent mutant in .ci/pit/equivalent-mutants.txt with the reason:")
        for f in failures:
            print("  " + f)
        return 1
    print("critical classes: every mutant killed or listed as equivalent")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or opted_in_modules()))
