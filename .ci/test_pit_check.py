"""Tests of .ci/pit-check.py, on a throwaway Git repository with two opted-in modules: "core",
mutated in CI's scope only, and "kiosk", mutated whole. Run by .ci/run:
python3 -m unittest discover -s .ci -p 'test_*.py'"""
import contextlib
import importlib.util
import io
import os
import subprocess
import tempfile
import unittest

spec = importlib.util.spec_from_file_location(
    "pit_check", os.path.join(os.path.dirname(os.path.abspath(__file__)), "pit-check.py")
)
pit_check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(pit_check)

GIT_ENV = dict(
    os.environ,
    GIT_AUTHOR_NAME="t",
    GIT_AUTHOR_EMAIL="t@example.com",
    GIT_COMMITTER_NAME="t",
    GIT_COMMITTER_EMAIL="t@example.com",
)
SCOPED_POM = "<wise.pit.skip>false</wise.pit.skip><activation><property><name>wise.pit.ciScope</name>"
WHOLE_POM = "<wise.pit.skip>false</wise.pit.skip>"
MUTATOR = "org.pitest.mutationtest.engine.gregor.mutators.NegateConditionalsMutator"


def mutant(cls, status, method="apply", description="negated conditional", line=10):
    return (
        f'<mutation detected="{str(status not in ("SURVIVED", "NO_COVERAGE")).lower()}" '
        f'status="{status}"><mutatedClass>{cls}</mutatedClass><mutatedMethod>{method}'
        f"</mutatedMethod><lineNumber>{line}</lineNumber><mutator>{MUTATOR}</mutator>"
        f"<description>{description}</description></mutation>"
    )


class PitCheckTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        self.write("pom.xml", "<project/>")
        self.write("core/pom.xml", SCOPED_POM)
        self.write("kiosk/pom.xml", WHOLE_POM)
        self.write("docs/pom.xml", "<project/>")
        self.write(".gitignore", "target/\n")
        self.write(".ci/pit/critical-classes.txt", "# critical\na.b.Retry\n")
        self.write(".ci/pit/equivalent-mutants.txt", '# none\n')
        for name in ("Foo", "Bar", "Baz", "Retry"):
            self.write(f"core/src/main/java/a/b/{name}.java", f"class {name} {{}}")
        self.write("core/src/test/java/a/b/FooTest.java", "class FooTest {}")
        self.write("core/src/test/java/a/b/BarRetryTest.java", "class BarRetryTest {}")
        self.write("core/src/test/java/a/b/TestKeys.java", "class TestKeys {}")
        self.write("kiosk/src/main/java/a/k/Kiosk.java", "class Kiosk {}")
        self.git("init", "-q")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "base")
        self.base = self.git("rev-parse", "HEAD").strip()
        self.baseline('live a.b.Foo#apply NegateConditionalsMutator "negated conditional"')

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, path, text):
        full = os.path.join(self.root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def git(self, *args):
        return subprocess.run(
            ["git", *args], cwd=self.root, env=GIT_ENV, check=True, capture_output=True, text=True
        ).stdout

    def baseline(self, *live):
        self.write(".ci/pit/baseline.txt", "\n".join(["# baseline", f"commit {self.base}", *live]) + "\n")

    def report(self, module, *mutants):
        self.write(f"{module}/target/pit-reports/mutations.xml", "<mutations>" + "".join(mutants) + "</mutations>")

    def check(self):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = pit_check.check(self.root, [os.path.join(self.root, m) for m in ("core", "kiosk")])
        return code, out.getvalue()

    def scope(self):
        with contextlib.redirect_stderr(io.StringIO()):
            return pit_check.scope(self.root).split(",")

    def test_nothing_changed_scopes_the_critical_classes_only(self):
        self.assertEqual(self.scope(), ["a.b.Retry"])

    def test_a_changed_source_scopes_its_class_and_nested_classes(self):
        self.write("core/src/main/java/a/b/Foo.java", "class Foo { int x; }")
        self.assertEqual(self.scope(), ["a.b.Retry", "a.b.Foo", "a.b.Foo$*"])

    def test_committed_changes_count_as_well_as_uncommitted_ones(self):
        self.write("core/src/main/java/a/b/Foo.java", "class Foo { int x; }")
        self.git("commit", "-q", "-am", "change")
        self.assertEqual(pit_check.changed_classes(self.root, self.base), {"a.b.Foo"})

    def test_a_changed_test_scopes_the_class_it_is_named_after(self):
        self.write("core/src/test/java/a/b/FooTest.java", "class FooTest { int x; }")
        self.write("core/src/test/java/a/b/BarRetryTest.java", "class BarRetryTest { int x; }")
        self.assertEqual(pit_check.changed_classes(self.root, self.base), {"a.b.Foo", "a.b.Bar"})

    def test_a_deleted_test_scopes_the_class_it_tested(self):
        os.remove(os.path.join(self.root, "core/src/test/java/a/b/FooTest.java"))
        self.assertEqual(pit_check.changed_classes(self.root, self.base), {"a.b.Foo"})

    def test_new_classes_count_and_deleted_ones_and_unnamed_test_support_do_not(self):
        self.write("core/src/main/java/a/b/Qux.java", "class Qux {}")
        os.remove(os.path.join(self.root, "core/src/main/java/a/b/Baz.java"))
        self.write("core/src/test/java/a/b/TestKeys.java", "class TestKeys { int x; }")
        self.assertEqual(pit_check.changed_classes(self.root, self.base), {"a.b.Qux"})

    def test_modules_mutated_whole_are_not_scoped(self):
        self.write("kiosk/src/main/java/a/k/Kiosk.java", "class Kiosk { int x; }")
        self.assertEqual(pit_check.changed_classes(self.root, self.base), set())

    def test_a_baseline_commit_missing_from_the_clone_is_named(self):
        self.write(".ci/pit/baseline.txt", "commit " + "0" * 40 + "\n")
        with self.assertRaises(SystemExit) as raised:
            self.scope()
        self.assertIn("0" * 40 + " is not in this clone", str(raised.exception))

    def test_survivors_of_unchanged_classes_pass(self):
        self.report("core", mutant("a.b.Retry", "KILLED"), mutant("a.b.Baz", "SURVIVED"))
        self.report("kiosk", mutant("a.k.Kiosk", "NO_COVERAGE"))
        code, out = self.check()
        self.assertEqual(code, 0, out)
        self.assertIn("core: 2 mutants, 1 killed", out)
        self.assertIn("test strength 50.0%", out)

    def test_a_changed_class_keeps_the_survivors_of_the_baseline_only(self):
        self.write("core/src/main/java/a/b/Foo.java", "class Foo { int x; }")
        self.report("core", mutant("a.b.Retry", "KILLED"), mutant("a.b.Foo", "SURVIVED", line=12))
        self.assertEqual(self.check()[0], 0)
        self.report(
            "core",
            mutant("a.b.Retry", "KILLED"),
            mutant("a.b.Foo", "SURVIVED", line=12),
            mutant("a.b.Foo", "NO_COVERAGE", line=14),
        )
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn('NEW in a changed class, NO_COVERAGE: a.b.Foo#apply NegateConditionalsMutator', out)
        self.assertIn("(line 14)", out)
        self.assertNotIn("(line 12)", out)

    def test_a_new_survivor_in_a_nested_class_of_a_changed_class_fails(self):
        self.write("core/src/main/java/a/b/Foo.java", "class Foo { int x; }")
        self.report("core", mutant("a.b.Retry", "KILLED"), mutant("a.b.Foo$1", "SURVIVED"))
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn("SURVIVED: a.b.Foo$1#apply", out)

    def test_an_equivalent_mutant_of_a_changed_class_passes(self):
        self.write("core/src/main/java/a/b/Bar.java", "class Bar { int x; }")
        self.write(
            ".ci/pit/equivalent-mutants.txt",
            'a.b.Bar#apply NegateConditionalsMutator "negated conditional" -- the reason\n',
        )
        self.report("core", mutant("a.b.Retry", "KILLED"), mutant("a.b.Bar", "SURVIVED"))
        self.assertEqual(self.check()[0], 0)

    def test_a_critical_survivor_fails_even_when_the_baseline_had_it(self):
        self.baseline('live a.b.Retry#apply NegateConditionalsMutator "negated conditional"')
        self.report("core", mutant("a.b.Retry", "SURVIVED"))
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn("SURVIVED: a.b.Retry#apply", out)

    def test_a_critical_class_that_was_not_mutated_fails(self):
        self.report("core", mutant("a.b.Baz", "KILLED"))
        code, out = self.check()
        self.assertEqual(code, 1)
        self.assertIn("NOT MUTATED: a.b.Retry", out)

    def test_the_baseline_records_the_commit_and_the_live_mutants_of_scoped_modules(self):
        self.report(
            "core",
            mutant("a.b.Foo", "SURVIVED"),
            mutant("a.b.Foo", "NO_COVERAGE"),
            mutant("a.b.Retry", "KILLED"),
        )
        self.report("kiosk", mutant("a.k.Kiosk", "SURVIVED"))
        self.git("add", "-A")
        self.git("commit", "-q", "-m", "lists")
        head = self.git("rev-parse", "HEAD").strip()
        with contextlib.redirect_stdout(io.StringIO()):
            pit_check.write_baseline(self.root)
        commit, live = pit_check.read_baseline(self.root)
        self.assertEqual(commit, head)
        self.assertEqual(live, {'a.b.Foo#apply NegateConditionalsMutator "negated conditional"': 2})

    def test_the_baseline_is_refused_with_uncommitted_sources(self):
        self.report("core", mutant("a.b.Retry", "KILLED"))
        self.write("core/src/main/java/a/b/Foo.java", "class Foo { int x; }")
        with self.assertRaises(SystemExit) as raised:
            pit_check.write_baseline(self.root)
        self.assertIn("core/src/main/java/a/b/Foo.java", str(raised.exception))


if __name__ == "__main__":
    unittest.main()
