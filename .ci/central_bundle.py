#!/usr/bin/env python3
"""Assembles and checks the Maven Central Portal bundle of the published modules, without uploading.

Run after `./mvnw -Prelease verify` (which builds and GPG-signs every artifact):

    python3 .ci/central_bundle.py assemble   # target/central-bundle/{repository/,central-bundle.zip}
    python3 .ci/central_bundle.py check      # verifies the zip: files, checksums, signatures, POMs

The bundle uses the layout the Central Portal's upload accepts: one folder per component,
groupId/artifactId/version/, holding the POM, the jars (main, -sources, -javadoc, any other
attached jar), the CycloneDX SBOM, a .asc signature of each, and .md5/.sha1/.sha256/.sha512
checksums of each (not of the .asc files, which the Portal does not ask for).

`check` verifies each signature with the gpg of GNUPGHOME (the key that signed must be there) and
fails on any missing or wrong file. `--require-release` also fails on a -SNAPSHOT version, which
the Portal refuses; CI builds the current -SNAPSHOT, so it leaves that flag off.
"""

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
OUT = os.path.join(ROOT, "target", "central-bundle")
ZIP = os.path.join(OUT, "central-bundle.zip")
NS = {"m": "http://maven.apache.org/POM/4.0.0"}

# Published components: (module directory, packaging). The parent POM is published because every
# module's POM names it as parent.
PUBLISHED = [
    (".", "pom"),
    ("sdk-bom", "pom"),
    ("sdk-core", "jar"),
    ("sdk-cards", "jar"),
    ("sdk-kiosk", "jar"),
    ("sdk-webhooks", "jar"),
    ("sdk-testing", "jar"),
    ("sdk-micrometer", "jar"),
    ("sdk-spring-boot-starter", "jar"),
    ("sdk-spring-boot-test", "jar"),
]
CHECKSUMS = {"md5": hashlib.md5, "sha1": hashlib.sha1, "sha256": hashlib.sha256, "sha512": hashlib.sha512}
# What Central requires in the (effective) POM of every component.
REQUIRED_POM_ELEMENTS = ["name", "description", "url", "licenses", "developers", "scm"]


def fail(message):
    print("central-bundle: FAILED: " + message, file=sys.stderr)
    sys.exit(1)


def pom_of(module):
    return ET.parse(os.path.join(ROOT, module, "pom.xml")).getroot()


def coordinates(module):
    pom = pom_of(module)
    parent = pom.find("m:parent", NS)

    def field(name):
        value = pom.findtext("m:" + name, namespaces=NS)
        if value is None and parent is not None:
            value = parent.findtext("m:" + name, namespaces=NS)
        return value

    return field("groupId"), pom.findtext("m:artifactId", namespaces=NS), field("version")


def files_of(module, packaging, artifact_id, version):
    """Maps each bundle file name to the built file it is copied from."""
    target = os.path.join(ROOT, module, "target")
    base = artifact_id + "-" + version
    files = {base + ".pom": os.path.join(ROOT, module, "pom.xml")}
    if packaging == "jar":
        for name in sorted(os.listdir(target)):
            if name.startswith(base) and name.endswith(".jar"):
                files[name] = os.path.join(target, name)
        sbom = os.path.join(target, "bom.json")
        if os.path.exists(sbom):
            files[base + "-cyclonedx.json"] = sbom
    return files


def signature_of(module, artifact_id, version, bundle_name, source):
    # maven-gpg-plugin writes the POM's signature as target/<artifactId>-<version>.pom.asc and
    # every other signature beside the signed file.
    if bundle_name.endswith(".pom"):
        return os.path.join(ROOT, module, "target", artifact_id + "-" + version + ".pom.asc")
    return source + ".asc"


def digest(path, algorithm):
    h = CHECKSUMS[algorithm]()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def assemble(_args):
    shutil.rmtree(OUT, ignore_errors=True)
    repository = os.path.join(OUT, "repository")
    entries = []
    for module, packaging in PUBLISHED:
        group_id, artifact_id, version = coordinates(module)
        folder = os.path.join(repository, *group_id.split("."), artifact_id, version)
        os.makedirs(folder)
        for name, source in files_of(module, packaging, artifact_id, version).items():
            signature = signature_of(module, artifact_id, version, name, source)
            if not os.path.exists(source):
                fail("%s: missing %s (build the release profile first)" % (artifact_id, source))
            if not os.path.exists(signature):
                fail("%s: missing signature %s (run with -Prelease)" % (artifact_id, signature))
            shutil.copyfile(source, os.path.join(folder, name))
            shutil.copyfile(signature, os.path.join(folder, name + ".asc"))
            for algorithm in CHECKSUMS:
                with open(os.path.join(folder, name + "." + algorithm), "w") as f:
                    f.write(digest(source, algorithm))
        entries.append(folder)
    with zipfile.ZipFile(ZIP, "w", zipfile.ZIP_DEFLATED) as z:
        for folder in entries:
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                z.write(path, os.path.relpath(path, repository))
    print("central-bundle: wrote %s (%d bytes)" % (os.path.relpath(ZIP, ROOT), os.path.getsize(ZIP)))
    for folder in entries:
        for name in sorted(os.listdir(folder)):
            if name.endswith((".jar", ".pom", ".json")):
                print("  %9d  %s" % (os.path.getsize(os.path.join(folder, name)), name))


def effective_pom_has(pom, element):
    """True when the POM, or the published parent POM it names, declares the element."""
    if pom.find("m:" + element, NS) is not None:
        return True
    parent = pom.find("m:parent", NS)
    return parent is not None and pom_of(".").find("m:" + element, NS) is not None


def check(args):
    if not os.path.exists(ZIP):
        fail("no bundle at %s: run `assemble` first" % ZIP)
    work = os.path.join(OUT, "check")
    shutil.rmtree(work, ignore_errors=True)
    with zipfile.ZipFile(ZIP) as z:
        z.extractall(work)
    problems = []
    verified = 0
    for module, packaging in PUBLISHED:
        group_id, artifact_id, version = coordinates(module)
        if args.require_release and version.endswith("-SNAPSHOT"):
            problems.append("%s: version %s is a SNAPSHOT; the Portal refuses it" % (artifact_id, version))
        folder = os.path.join(work, *group_id.split("."), artifact_id, version)
        base = artifact_id + "-" + version
        required = [base + ".pom"]
        if packaging == "jar":
            required += [base + ".jar", base + "-sources.jar", base + "-javadoc.jar", base + "-cyclonedx.json"]
        present = set(os.listdir(folder)) if os.path.isdir(folder) else set()
        for name in required:
            if name not in present:
                problems.append("%s: missing %s" % (artifact_id, name))
        for name in sorted(n for n in present if n.endswith((".jar", ".pom", ".json"))):
            path = os.path.join(folder, name)
            for algorithm in CHECKSUMS:
                sum_path = path + "." + algorithm
                if not os.path.exists(sum_path):
                    problems.append("%s: missing %s.%s" % (artifact_id, name, algorithm))
                elif open(sum_path).read().strip() != digest(path, algorithm):
                    problems.append("%s: wrong %s.%s" % (artifact_id, name, algorithm))
            if not os.path.exists(path + ".asc"):
                problems.append("%s: missing %s.asc" % (artifact_id, name))
                continue
            result = subprocess.run(
                ["gpg", "--batch", "--verify", path + ".asc", path], capture_output=True, text=True)
            if result.returncode != 0:
                problems.append("%s: bad signature on %s: %s" % (artifact_id, name, result.stderr.strip()))
            else:
                verified += 1
        pom = ET.parse(os.path.join(folder, base + ".pom")).getroot() if base + ".pom" in present else None
        if pom is not None:
            for element in REQUIRED_POM_ELEMENTS:
                if not effective_pom_has(pom, element):
                    problems.append("%s: POM lacks <%s>" % (artifact_id, element))
    if problems:
        fail("\n  " + "\n  ".join(problems))
    print("central-bundle: OK: %d components, %d signatures verified, checksums and POM metadata complete"
          % (len(PUBLISHED), verified))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("assemble").set_defaults(run=assemble)
    checker = sub.add_parser("check")
    checker.add_argument("--require-release", action="store_true")
    checker.set_defaults(run=check)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
