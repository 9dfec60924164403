package io.github.wisecards.kiosk.model;

import static io.github.wisecards.kiosk.model.RecommendedAction.CHECK_REQUEST;
import static io.github.wisecards.kiosk.model.RecommendedAction.CONTACT_WISE;
import static io.github.wisecards.kiosk.model.RecommendedAction.OPERATOR_ACTION_AT_KIOSK;
import static io.github.wisecards.kiosk.model.RecommendedAction.RETRY_LATER;
import static io.github.wisecards.kiosk.model.RecommendedAction.WAIT_FOR_STATUS;

import io.github.wisecards.core.OpenEnum;

/**
 * Why a produce request was refused ({@code errorCode} of a {@code REQUEST_ERROR} status): Wise's
 * 22 documented request error codes, each with its documented description, whether sending the
 * produce request again can succeed, and a {@link RecommendedAction}.
 *
 * <p>The {@link Value} enum is the one table of the catalogue. {@link
 * #REQUEST_CREATED_BUT_NOT_STARTED} is not a failure: production is pending until the printer or
 * satellite is ready ({@link #isPending()}). An open enum: a code this SDK version does not know
 * keeps its raw string, reports {@link Value#UNKNOWN}, is not retryable and recommends {@link
 * RecommendedAction#CONTACT_WISE}. Immutable and thread-safe.
 */
public final class RequestErrorCode extends OpenEnum<RequestErrorCode.Value> {

    /**
     * The request error codes this SDK version knows, plus {@link #UNKNOWN}; each constant carries
     * Wise's description, whether a retry can succeed, and the recommended action.
     */
    public enum Value {
        /** An error occurred on the server. Retryable. */
        UNKNOWN_ERROR("An error occurred on the server.", true, RETRY_LATER),
        /** The request has already been submitted. Not retryable: a production request exists. */
        REQUEST_ALREADY_EXISTS("The request has already been submitted.", false, WAIT_FOR_STATUS),
        /** The kiosk ID does not exist. Not retryable. */
        KIOSK_ID_NOT_FOUND(
                "The kiosk ID does not exist. Please verify that this kiosk ID is correctly set up.",
                false,
                CHECK_REQUEST),
        /** The card type does not exist. Not retryable. */
        CARD_TYPE_NOT_FOUND(
                "The card type does not exist. Please ensure this card type is correctly set up.", false, CONTACT_WISE),
        /** Some field values are unexpected. Not retryable. */
        INVALID_FIELD_VALUE("Some field values are unexpected.", false, CONTACT_WISE),
        /** The PIN does not follow ISO0 or ISO2 standard. Not retryable. */
        INVALID_PIN_FORMAT("The PIN does not follow ISO0 or ISO2 standard.", false, CONTACT_WISE),
        /** Some required fields are empty or null. Not retryable. */
        EMPTY_OR_NULL_FIELD_VALUE("Some required fields are empty or null.", false, CONTACT_WISE),
        /** Some required fields are empty, null, or have incorrect lengths. Not retryable. */
        EMPTY_OR_NULL_OR_WRONG_SIZE_FIELD_VALUE(
                "Some required fields are empty, null, or have incorrect lengths.", false, CONTACT_WISE),
        /** The character set for some fields is not supported. Not retryable. */
        CHARSET_NOT_SUPPORTED("The character set for some fields is not supported.", false, CONTACT_WISE),
        /** Some field formats are invalid. Not retryable. */
        INVALID_FIELD_FORMAT("Some field formats are invalid.", false, CONTACT_WISE),
        /** The encoding for some fields is not expected. Not retryable. */
        INVALID_FIELD_ENCODING("The encoding for some fields is not expected.", false, CONTACT_WISE),
        /** The encoding or formatting for XML text field values is incorrect. Not retryable. */
        CDATA_ENCODING_OR_FORMATING_ERROR(
                "The encoding or formatting for XML text field values is incorrect.", false, CONTACT_WISE),
        /** The PIN length is incorrect. Not retryable. */
        PIN_LENGTH_ERROR("The PIN length is incorrect.", false, CONTACT_WISE),
        /** The PIN cannot be verified because the server is unreachable. Retryable. */
        PIN_VERIFICATION_FAILED("The PIN cannot be verified because the server is unreachable.", true, RETRY_LATER),
        /** The server failed to parse the request. Not retryable. */
        DATA_PREPARATION_FAILED("The server failed to parse the request.", false, CONTACT_WISE),
        /** Only part of the expected data has been received. Retryable. */
        PARTIAL_DATA_RECEIVED("Only part of the expected data has been received.", true, RETRY_LATER),
        /** The kiosk has not been linked to any branch. Not retryable. */
        NO_BRANCH_LINKED_TO_KIOSK("The kiosk has not been linked to any branch.", false, CONTACT_WISE),
        /** The image server is unreachable or failed to process the data. Retryable. */
        IMAGE_SERVER_ERROR("The image server is unreachable or failed to process the data.", true, RETRY_LATER),
        /** The PAN already exists. Not retryable. */
        PAN_ALREADY_EXISTS("The PAN already exists.", false, CONTACT_WISE),
        /** The printer or satellite is not ready to start the production. Retryable once the kiosk is ready. */
        PRINTER_OR_SATELLITE_NOT_READY(
                "The printer or satellite is not ready to start the production.", true, OPERATOR_ACTION_AT_KIOSK),
        /** Production is pending until the printer or satellite is ready: not a failure, do not resend. */
        REQUEST_CREATED_BUT_NOT_STARTED(
                "The request has been created, but production is pending until the printer or satellite is ready",
                false,
                WAIT_FOR_STATUS),
        /** The system is currently busy and cannot accept new requests at this time. Retryable. */
        UNABLE_TO_ACCEPT_REQUEST(
                "The system is currently busy and cannot accept new requests at this time", true, RETRY_LATER),
        /** A code this SDK version does not know. */
        UNKNOWN("Request error code not known to this SDK version.", false, CONTACT_WISE);

        private final String description;
        private final boolean retryable;
        private final RecommendedAction action;

        Value(String description, boolean retryable, RecommendedAction action) {
            this.description = description;
            this.retryable = retryable;
            this.action = action;
        }

        /** {@return Wise's documented description of the code} */
        public String description() {
            return description;
        }

        /** {@return whether sending the same produce request again, later, can succeed} */
        public boolean isRetryable() {
            return retryable;
        }

        /** {@return what the partner or kiosk operator can do about it} */
        public RecommendedAction recommendedAction() {
            return action;
        }
    }

    private static final ErrorCatalogue<Value, RequestErrorCode> CONSTANTS =
            new ErrorCatalogue<>(Value.class, Value.UNKNOWN, RequestErrorCode::new);

    /** See {@link Value#UNKNOWN_ERROR}. */
    public static final RequestErrorCode UNKNOWN_ERROR = CONSTANTS.get(Value.UNKNOWN_ERROR);
    /** See {@link Value#REQUEST_ALREADY_EXISTS}. */
    public static final RequestErrorCode REQUEST_ALREADY_EXISTS = CONSTANTS.get(Value.REQUEST_ALREADY_EXISTS);
    /** See {@link Value#KIOSK_ID_NOT_FOUND}. */
    public static final RequestErrorCode KIOSK_ID_NOT_FOUND = CONSTANTS.get(Value.KIOSK_ID_NOT_FOUND);
    /** See {@link Value#CARD_TYPE_NOT_FOUND}. */
    public static final RequestErrorCode CARD_TYPE_NOT_FOUND = CONSTANTS.get(Value.CARD_TYPE_NOT_FOUND);
    /** See {@link Value#INVALID_FIELD_VALUE}. */
    public static final RequestErrorCode INVALID_FIELD_VALUE = CONSTANTS.get(Value.INVALID_FIELD_VALUE);
    /** See {@link Value#INVALID_PIN_FORMAT}. */
    public static final RequestErrorCode INVALID_PIN_FORMAT = CONSTANTS.get(Value.INVALID_PIN_FORMAT);
    /** See {@link Value#EMPTY_OR_NULL_FIELD_VALUE}. */
    public static final RequestErrorCode EMPTY_OR_NULL_FIELD_VALUE = CONSTANTS.get(Value.EMPTY_OR_NULL_FIELD_VALUE);
    /** See {@link Value#EMPTY_OR_NULL_OR_WRONG_SIZE_FIELD_VALUE}. */
    public static final RequestErrorCode EMPTY_OR_NULL_OR_WRONG_SIZE_FIELD_VALUE =
            CONSTANTS.get(Value.EMPTY_OR_NULL_OR_WRONG_SIZE_FIELD_VALUE);
    /** See {@link Value#CHARSET_NOT_SUPPORTED}. */
    public static final RequestErrorCode CHARSET_NOT_SUPPORTED = CONSTANTS.get(Value.CHARSET_NOT_SUPPORTED);
    /** See {@link Value#INVALID_FIELD_FORMAT}. */
    public static final RequestErrorCode INVALID_FIELD_FORMAT = CONSTANTS.get(Value.INVALID_FIELD_FORMAT);
    /** See {@link Value#INVALID_FIELD_ENCODING}. */
    public static final RequestErrorCode INVALID_FIELD_ENCODING = CONSTANTS.get(Value.INVALID_FIELD_ENCODING);
    /** See {@link Value#CDATA_ENCODING_OR_FORMATING_ERROR}. */
    public static final RequestErrorCode CDATA_ENCODING_OR_FORMATING_ERROR =
            CONSTANTS.get(Value.CDATA_ENCODING_OR_FORMATING_ERROR);
    /** See {@link Value#PIN_LENGTH_ERROR}. */
    public static final RequestErrorCode PIN_LENGTH_ERROR = CONSTANTS.get(Value.PIN_LENGTH_ERROR);
    /** See {@link Value#PIN_VERIFICATION_FAILED}. */
    public static final RequestErrorCode PIN_VERIFICATION_FAILED = CONSTANTS.get(Value.PIN_VERIFICATION_FAILED);
    /** See {@link Value#DATA_PREPARATION_FAILED}. */
    public static final RequestErrorCode DATA_PREPARATION_FAILED = CONSTANTS.get(Value.DATA_PREPARATION_FAILED);
    /** See {@link Value#PARTIAL_DATA_RECEIVED}. */
    public static final RequestErrorCode PARTIAL_DATA_RECEIVED = CONSTANTS.get(Value.PARTIAL_DATA_RECEIVED);
    /** See {@link Value#NO_BRANCH_LINKED_TO_KIOSK}. */
    public static final RequestErrorCode NO_BRANCH_LINKED_TO_KIOSK = CONSTANTS.get(Value.NO_BRANCH_LINKED_TO_KIOSK);
    /** See {@link Value#IMAGE_SERVER_ERROR}. */
    public static final RequestErrorCode IMAGE_SERVER_ERROR = CONSTANTS.get(Value.IMAGE_SERVER_ERROR);
    /** See {@link Value#PAN_ALREADY_EXISTS}. */
    public static final RequestErrorCode PAN_ALREADY_EXISTS = CONSTANTS.get(Value.PAN_ALREADY_EXISTS);
    /** See {@link Value#PRINTER_OR_SATELLITE_NOT_READY}. */
    public static final RequestErrorCode PRINTER_OR_SATELLITE_NOT_READY =
            CONSTANTS.get(Value.PRINTER_OR_SATELLITE_NOT_READY);
    /** See {@link Value#REQUEST_CREATED_BUT_NOT_STARTED}. */
    public static final RequestErrorCode REQUEST_CREATED_BUT_NOT_STARTED =
            CONSTANTS.get(Value.REQUEST_CREATED_BUT_NOT_STARTED);
    /** See {@link Value#UNABLE_TO_ACCEPT_REQUEST}. */
    public static final RequestErrorCode UNABLE_TO_ACCEPT_REQUEST = CONSTANTS.get(Value.UNABLE_TO_ACCEPT_REQUEST);

    private RequestErrorCode(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the code for Wise's raw string, reusing the constants for known codes.
     *
     * @throws NullPointerException if {@code raw} is null
     * @param raw the value exactly as Wise sent it; an unknown value is kept, not rejected
     * @return the constant for a known value, otherwise an unknown code holding {@code raw}
     */
    public static RequestErrorCode of(String raw) {
        return CONSTANTS.of(raw);
    }

    /** {@return Wise's documented description, or a generic one for an unknown code} */
    public String description() {
        return value().description();
    }

    /** {@return whether sending the same produce request again, later, can succeed} */
    public boolean isRetryable() {
        return value().isRetryable();
    }

    /**
     * {@return whether this code means production is pending rather than failed: true only for
     * {@link #REQUEST_CREATED_BUT_NOT_STARTED}}
     */
    public boolean isPending() {
        return value() == Value.REQUEST_CREATED_BUT_NOT_STARTED;
    }

    /** {@return what the partner or kiosk operator can do about it} */
    public RecommendedAction recommendedAction() {
        return value().recommendedAction();
    }
}
