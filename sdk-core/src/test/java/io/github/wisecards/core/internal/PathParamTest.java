package io.github.wisecards.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.wisecards.core.errors.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathParamTest {
    private static final PathParam<Long> PROFILE_ID = PathParam.positiveId("profileId");
    private static final PathParam<String> CARD_TOKEN = PathParam.cardToken("cardToken");
    private static final PathParam<String> UUID_TOKEN = PathParam.uuidCardToken("cardToken");
    private static final Endpoint<Void> BY_TOKEN = Endpoint.builder(
                    "GET", "/v1/profiles/{profileId}/cards/{cardToken}", ResponseDecoder.none())
            .pathParams(PROFILE_ID, CARD_TOKEN)
            .build();
    private static final String TOKEN = "4dc0be88-903f-49e4-8237-735f1139e3dd";

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void positiveIdRefusesZeroAndNegativeIdsNamingTheFieldAndRule(long id) {
        assertThatThrownBy(() -> PROFILE_ID.format(id))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("profileId");
                            assertThat(v.message()).contains("positive id");
                        }));
    }

    @Test
    void positiveIdAcceptsTheLargestId() {
        assertThat(PROFILE_ID.format(Long.MAX_VALUE)).isEqualTo(Long.toString(Long.MAX_VALUE));
    }

    @Test
    void uuidRefusesANonUuidWithoutEchoingIt() {
        assertThatThrownBy(() -> UUID_TOKEN.format("card-token-secret-1"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cardToken")
                .hasMessageContaining("UUID")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("card-token-secret-1"));
        assertThatThrownBy(() -> PathParam.uuid("id").format(TOKEN + "0")).isInstanceOf(ValidationException.class);
        assertThat(UUID_TOKEN.format(TOKEN)).isEqualTo(TOKEN);
    }

    @Test
    void everyParameterRefusesNullEmptyAndDotSegmentsAsValidationErrors() {
        for (String bad : new String[] {null, "", ".", ".."}) {
            assertThatThrownBy(() -> CARD_TOKEN.format(bad))
                    .as("value %s", bad)
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("cardToken");
        }
        assertThatThrownBy(() -> PROFILE_ID.format(null))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("profileId")
                .hasMessageContaining("must not be null");
    }

    @Test
    void cardTokenIsMaskedInTheLoggedPathAndListedAsASecret() {
        ApiRequest<Void> request =
                BY_TOKEN.request().path(PROFILE_ID, 7L).path(CARD_TOKEN, TOKEN).build();

        assertThat(request.path()).isEqualTo("/v1/profiles/7/cards/" + TOKEN);
        assertThat(request.maskedPath()).isEqualTo("/v1/profiles/7/cards/****e3dd");
        assertThat(request.secrets()).containsExactly(TOKEN);
    }

    @Test
    void pathValuesArePercentEncodedIntoTheirOwnSegment() {
        ApiRequest<Void> request = BY_TOKEN.request()
                .path(PROFILE_ID, 7L)
                .path(CARD_TOKEN, "a b/c?d")
                .build();

        assertThat(request.path()).isEqualTo("/v1/profiles/7/cards/a%20b%2Fc%3Fd");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1/2",
                "12:34",
                "a@b",
                "a[b",
                "a]b",
                "a`b",
                "a{b",
                "a~b",
                "a%2F",
                "caf\u00e9",
                "a,b",
                "a*b",
                "*",
                "/",
                " ",
                "\u65e5\u672c",
                "\ud83d\ude00x",
                "x\ud800",
                "\u007f\u0000",
                "zZ09-._/\u00ff"
            })
    void everyPathValueOutsideTheUnreservedCharactersIsPercentEncoded(String value) {
        ApiRequest<Void> request =
                BY_TOKEN.request().path(PROFILE_ID, 7L).path(CARD_TOKEN, value).build();

        String expected = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        assertThat(request.path()).isEqualTo("/v1/profiles/7/cards/" + expected);
        assertThat(request.path().substring("/v1/profiles/7/cards/".length())).doesNotContain("/");
    }

    @Test
    void unreservedPathValuesAreSentAsTheyAre() {
        ApiRequest<Void> request = BY_TOKEN.request()
                .path(PROFILE_ID, 7L)
                .path(CARD_TOKEN, "azAZ09-._")
                .build();

        assertThat(request.path()).isEqualTo("/v1/profiles/7/cards/azAZ09-._");
    }

    @Test
    void aPathParameterTheEndpointDoesNotDeclareIsAProgrammingError() {
        assertThatThrownBy(() -> BY_TOKEN.request().path(PathParam.positiveId("profileId"), 7L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{profileId}");
        assertThatThrownBy(() -> BY_TOKEN.request().path(PROFILE_ID, 7L).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no value for {cardToken}");
    }

    @Test
    void everyPlaceholderNeedsADeclaredParameterAndEveryParameterAPlaceholder() {
        assertThatThrownBy(() -> new PathTemplate("/v1/{a}/{b}", List.of(PathParam.text("a"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{b}");
        assertThatThrownBy(() -> new PathTemplate("/v1/{a}", List.of(PathParam.text("a"), PathParam.text("c"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{c}");
    }
}
