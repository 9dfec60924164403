package io.github.wisecards.benchmarks.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SummaryGeneratorTest {
    private static final String PKG = "io.github.wisecards.benchmarks.";

    @TempDir
    Path dir;

    @Test
    void writesTheRatiosTargetsHeapAndColdStartOfARun() throws Exception {
        Path jmh = Files.createDirectories(dir.resolve("jmh"));
        for (int round = 1; round <= 3; round++) {
            write(jmh, round, "1a", "sdk", JmhJson.result(PKG + "RetrieveBenchmark.sdk", 105, "us/op", 1100));
            write(jmh, round, "1a", "raw", JmhJson.result(PKG + "RetrieveBenchmark.raw", 100, "us/op", 1000));
            write(jmh, round, "2", "sdk", JmhJson.result(PKG + "CreateBenchmark.sdk", 150, "us/op", 2000));
            write(jmh, round, "2", "raw", JmhJson.result(PKG + "CreateBenchmark.raw", 100, "us/op", 1000));
        }
        write(jmh, 1, "5a", "sdk", JmhJson.result(PKG + "AddressValidationBenchmark.brazil", 400, "ns/op", 800));
        Files.writeString(
                dir.resolve("coldstart.json"),
                "{\"results\":[{\"command\":\"sdk\",\"median\":0.6,\"times\":[0.6,0.7,0.5]},"
                        + "{\"command\":\"raw\",\"times\":[0.5,0.5,0.5]}]}");
        Files.writeString(
                dir.resolve("heap.json"),
                "{\"sdk\":{\"page10\":20000000,\"page100\":20100000},"
                        + "\"retainingControl\":{\"page10\":21000000,\"page100\":60000000}}");
        Files.writeString(dir.resolve("environment.properties"), "date=2026-11-22T03:00Z\ncpu=AMD EPYC\ncores=2\n");
        Files.writeString(
                dir.resolve("interleaved.json"),
                "{\"2\":{\"threads\":1,\"ratios\":[1.02,1.30,1.05,1.04,1.06],\"sdkNanosPerOp\":1,"
                        + "\"rawNanosPerOp\":1}}");

        String md = SummaryGenerator.generate(dir, "ratios.svg");

        assertThat(md).isEqualTo(Files.readString(dir.resolve("summary.md")));
        assertThat(md)
                .contains("| Date | 2026-11-22T03:00Z |")
                .contains("AMD EPYC, 2 cores")
                .contains("JMH 1.37, 3 rounds")
                .contains("| 1a Retrieve a card order (1 thread) | 105 µs | 100 µs | **1.05x time** | 1.05, 1.05, 1.05"
                        + " | – | ≤ 1.10x raw time | yes |")
                // the interleaved median decides; the JMH ratio is shown, not bold
                .contains("| 150 µs | 100 µs | 1.50x time | 1.50, 1.50, 1.50 | **1.05x time** (1.04-1.06, 5 pairs)"
                        + " | ≤ 1.10x raw time | yes |")
                .contains("| 1b Retrieve a card order (8 threads) | not run |")
                .contains("| 5a Local address validation, BR | 400 ns | – | – | – | – | < 1,000 ns/op | yes |")
                .contains("| 7 Cold start")
                .contains("**1.20x time**")
                .contains("| 2 Create a card order (validation, idempotency key, JSON body) | 2,000 B | 1,000 B | 2.00x"
                        + " | ≤ 1.20x raw | **no** |")
                .contains("| sdk | 19.1 MiB | 19.2 MiB | +97.7 KiB |")
                .contains("Flat (SDK growth under 1,024 KiB): yes")
                .contains("![SDK/raw time ratios](ratios.svg)")
                .contains("Targets missed in this run: 2 (allocation).");
        Document svg = parse(Files.readString(dir.resolve("ratios.svg")));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(1 + 3); // background + 3 bars
    }

    @Test
    void anEmptyResultsDirectoryGivesASummaryOfCasesNotRun() throws Exception {
        String md = SummaryGenerator.generate(dir, "ratios.svg");

        assertThat(md).contains("| 3 Auto-page 10,000 card orders (100 pages of 100) | not run |");
        assertThat(md).doesNotContain("Cold start").contains("Targets missed in this run: none.");
        assertThat(parse(Files.readString(dir.resolve("ratios.svg")))
                        .getElementsByTagName("rect")
                        .getLength())
                .isEqualTo(1);
    }

    @Test
    void chartTitlesAreEscaped() throws Exception {
        String svg = SvgChart.render("a < b & c", java.util.List.of(new ChartRow("x \"y\"", 1.2, 1.1)));

        Document doc = parse(svg);
        assertThat(doc.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("a < b & c");
        assertThat(svg).contains("fill=\"#c62828\""); // missed: red
    }

    private static void write(Path jmh, int round, String id, String side, String json) throws Exception {
        Files.writeString(jmh.resolve(JmhResults.fileName(round, id, side)), json);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
