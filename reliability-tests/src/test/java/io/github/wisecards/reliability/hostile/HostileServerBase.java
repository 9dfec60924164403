package io.github.wisecards.reliability.hostile;

import io.github.wisecards.cards.CardsClient;
import io.github.wisecards.core.FakeClock;
import io.github.wisecards.core.RecordingSleeper;
import io.github.wisecards.kiosk.KioskClient;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;

/**
 * What every hostile-server test starts from: a loopback server, a fake clock and a sleeper that
 * only records (no test sleeps), and the clients under test ({@link #cards}, {@link #kiosk}), closed
 * after the test with the server.
 */
abstract class HostileServerBase {
    final FakeClock clock = new FakeClock();
    final RecordingSleeper sleeper = new RecordingSleeper(clock);
    final MockWebServer server = Hostile.startServer();
    CardsClient cards;
    KioskClient kiosk;

    /** Returns a cards client builder against the server, with the fake clock and sleeper. */
    CardsClient.Builder cardsBuilder() {
        return CardsClient.builder()
                .environment(Hostile.env(server))
                .accessToken(Hostile.ACCESS_TOKEN)
                .clock(clock)
                .sleeper(sleeper);
    }

    /** Returns a kiosk client builder against the server, with the fake clock and sleeper. */
    KioskClient.Builder kioskBuilder() {
        return KioskClient.builder()
                .environment(Hostile.env(server))
                .accessToken(Hostile.ACCESS_TOKEN)
                .clock(clock)
                .sleeper(sleeper);
    }

    @AfterEach
    void closeClientsAndServer() {
        if (cards != null) {
            cards.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
        server.close();
    }
}
