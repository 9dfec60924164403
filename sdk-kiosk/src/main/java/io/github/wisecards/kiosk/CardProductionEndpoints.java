package io.github.wisecards.kiosk;

import io.github.wisecards.core.errors.ApiError;
import io.github.wisecards.core.errors.ApiException;
import io.github.wisecards.core.internal.Endpoint;
import io.github.wisecards.core.internal.ErrorBodyParser;
import io.github.wisecards.core.internal.ExceptionMapper;
import io.github.wisecards.core.internal.PathParam;
import io.github.wisecards.core.internal.PreparedCall;
import io.github.wisecards.core.internal.Redaction;
import io.github.wisecards.core.internal.ResponseContext;
import io.github.wisecards.core.internal.Transport;
import io.github.wisecards.kiosk.internal.KioskWriters;
import io.github.wisecards.kiosk.model.CardProductionParams;
import io.github.wisecards.kiosk.model.CardProductionSimulateParams;
import io.github.wisecards.kiosk.model.CardProductionStatus;
import io.github.wisecards.kiosk.model.ProductionStatus;
import io.github.wisecards.kiosk.model.RequestErrorCode;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk card production operations, each declared once (method, typed path, decoder, error
 * handler, sandbox-only flag) with the binding of its arguments into a {@link PreparedCall}; the
 * blocking, async and raw views of {@link CardProductionService} are one-line delegates to these
 * methods, and the waiters poll through {@link #retrieve}.
 */
final class CardProductionEndpoints {
    private static final Logger LOG = LoggerFactory.getLogger(CardProductionEndpoints.class);

    static final String PRODUCTION_PATH = "/v3/spend/profiles/{profileId}/cards/{cardToken}/production";
    static final String SIMULATION_PATH = "/v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/production";

    /** Wise's profile ids: positive 64-bit integers. */
    static final PathParam<Long> PROFILE_ID = PathParam.positiveId("profileId");

    /**
     * The production paths declare {@code cardToken} as a plain string: no format is checked (the
     * parameter refuses what cannot be one path segment, such as an empty token).
     */
    static final PathParam<String> CARD_TOKEN = PathParam.cardToken("cardToken");

    /** The simulation path declares {@code cardToken} with {@code format: uuid}. */
    static final PathParam<String> UUID_CARD_TOKEN = PathParam.uuidCardToken("cardToken");

    /** PUT: sends the card to a kiosk; 422 answers go through {@link #onProduceError}. */
    static final Endpoint<CardProductionStatus> PRODUCE = Endpoint.builder(
                    "PUT", PRODUCTION_PATH, Decoders.PRODUCTION_STATUS)
            .pathParams(PROFILE_ID, CARD_TOKEN)
            .errorHandler(CardProductionEndpoints::onProduceError)
            .build();

    /** GET: the card's production status. */
    static final Endpoint<CardProductionStatus> RETRIEVE = Endpoint.builder(
                    "GET", PRODUCTION_PATH, Decoders.PRODUCTION_STATUS)
            .pathParams(PROFILE_ID, CARD_TOKEN)
            .build();

    /** POST (sandbox only): moves a production along; the answer's body is undocumented. */
    static final Endpoint<Optional<CardProductionStatus>> SIMULATE = Endpoint.builder(
                    "POST", SIMULATION_PATH, Decoders.OPTIONAL_PRODUCTION_STATUS)
            .pathParams(PROFILE_ID, UUID_CARD_TOKEN)
            .sandboxOnly(SandboxOnlyException::new)
            .build();

    private final Transport transport;

    CardProductionEndpoints(Transport transport) {
        this.transport = transport;
    }

    PreparedCall<CardProductionStatus> produce(long profileId, String cardToken, CardProductionParams params) {
        return PreparedCall.of(
                transport,
                () -> PRODUCE.request()
                        .path(PROFILE_ID, profileId)
                        .path(CARD_TOKEN, cardToken)
                        .jsonBody(KioskWriters.body(Objects.requireNonNull(params, "params"))));
    }

    PreparedCall<CardProductionStatus> retrieve(long profileId, String cardToken) {
        return PreparedCall.of(
                transport, () -> RETRIEVE.request().path(PROFILE_ID, profileId).path(CARD_TOKEN, cardToken));
    }

    PreparedCall<Optional<CardProductionStatus>> simulate(
            long profileId, String cardToken, CardProductionSimulateParams params) {
        return PreparedCall.of(
                transport,
                () -> SIMULATE.request()
                        .path(PROFILE_ID, profileId)
                        .path(UUID_CARD_TOKEN, cardToken)
                        .jsonBody(KioskWriters.body(Objects.requireNonNull(params, "params"))));
    }

    /**
     * Reads produce's 422. A pending request ({@code REQUEST_CREATED_BUT_NOT_STARTED}) and {@code
     * REQUEST_ALREADY_EXISTS} answering the SDK's own retry after an I/O failure are results, not
     * errors: returned with Wise's status and code exactly as sent (HTTP 422, {@code
     * REQUEST_ERROR}), and {@link CardProductionStatus#isProductionAccepted()} true. Any other
     * request error is a {@link KioskRequestException}. Other statuses, and a 422 without a
     * production status, get the default mapping.
     */
    static CardProductionStatus onProduceError(ResponseContext ctx) {
        if (ctx.statusCode() != 422) {
            return null;
        }
        CardProductionStatus status = readStatus(ctx);
        if (status == null) {
            return null;
        }
        Optional<RequestErrorCode> code = status.requestErrorCode();
        if (code.isPresent() && code.get().isPending()) {
            return status;
        }
        if (code.isPresent()
                && code.get().equals(RequestErrorCode.REQUEST_ALREADY_EXISTS)
                && ctx.retriedAfterIoFailure()) {
            LOG.info(
                    "{} {}: REQUEST_ALREADY_EXISTS after the SDK retried an attempt that failed at the I/O level;"
                            + " the first attempt was received, production will follow",
                    ctx.method(),
                    ctx.maskedPath());
            return status.toBuilder().answersOwnRetry(true).build();
        }
        ApiException.Details details = details(ctx, status);
        throw status.isCardTooOldToProduce()
                ? new CardTooOldForProductionException(details, status)
                : new KioskRequestException(details, status);
    }

    /**
     * Returns the production status in a 422 body, or for an error-list body that states the 60-day
     * rule a {@code REQUEST_ERROR} status built from its first error; null otherwise.
     */
    private static CardProductionStatus readStatus(ResponseContext ctx) {
        try {
            CardProductionStatus status = Decoders.statusIn(ctx.body());
            if (status != null) {
                return status;
            }
        } catch (IOException e) {
            return null;
        }
        for (ApiError error : ErrorBodyParser.parse(ctx.body())) {
            CardProductionStatus candidate = CardProductionStatus.builder()
                    .status(ProductionStatus.REQUEST_ERROR)
                    .errorCode(error.code().orElse(null))
                    .description(error.message().orElse(null))
                    .build();
            if (candidate.isCardTooOldToProduce()) {
                return candidate;
            }
        }
        return null;
    }

    private static ApiException.Details details(ResponseContext ctx, CardProductionStatus status) {
        return ExceptionMapper.details(
                ctx,
                List.of(ApiError.of(
                        status.errorCode().orElse(null), status.description().orElse(null), null, null)));
    }

    /** Returns a card token fit for logs and messages. */
    static String mask(String cardToken) {
        return Redaction.maskCardToken(cardToken);
    }
}
