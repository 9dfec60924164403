package io.github.wisecards.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.wisecards.contract.ContractCheck;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract hook sees every exchange of this module's tests. */
class EveryExchangeIsValidatedTest {

    @Test
    void everyMockWebServerOfTheseTestsValidatesItsExchanges() {
        assertThat(ContractCheck.unvalidatedMockWebServers(Path.of("src/test/java"), Set.of()))
                .as("build every MockWebServer with ContractCheck.mockWebServer()")
                .isEmpty();
    }
}
