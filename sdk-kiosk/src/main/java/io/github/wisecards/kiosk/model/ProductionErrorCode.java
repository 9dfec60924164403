package io.github.wisecards.kiosk.model;

import static io.github.wisecards.kiosk.model.ProductionErrorCategory.CENTRAL_BASE;
import static io.github.wisecards.kiosk.model.ProductionErrorCategory.DATA_PREPARATION;
import static io.github.wisecards.kiosk.model.ProductionErrorCategory.INVENTORY;
import static io.github.wisecards.kiosk.model.ProductionErrorCategory.PRINTER;
import static io.github.wisecards.kiosk.model.ProductionErrorCategory.PRODUCTION;
import static io.github.wisecards.kiosk.model.ProductionErrorCategory.SATELLITE;
import static io.github.wisecards.kiosk.model.RecommendedAction.CONTACT_WISE;
import static io.github.wisecards.kiosk.model.RecommendedAction.OPERATOR_ACTION_AT_KIOSK;
import static io.github.wisecards.kiosk.model.RecommendedAction.RETRY_LATER;

import io.github.wisecards.core.OpenEnum;

/**
 * Why a kiosk production failed ({@code errorCode} of a {@code PRODUCTION_ERROR} status): Wise's
 * 36 documented production error codes, each with its documented description, a {@link
 * ProductionErrorCategory} and a {@link RecommendedAction}.
 *
 * <p>The {@link Value} enum is the one table of the catalogue. An open enum: a code this SDK
 * version does not know keeps its raw string and reports {@link Value#UNKNOWN}, category {@link
 * ProductionErrorCategory#UNKNOWN} and action {@link RecommendedAction#CONTACT_WISE}. Immutable
 * and thread-safe.
 */
public final class ProductionErrorCode extends OpenEnum<ProductionErrorCode.Value> {

    /**
     * The production error codes this SDK version knows, plus {@link #UNKNOWN}; each constant
     * carries Wise's description, its category and the recommended action.
     */
    public enum Value {
        /** Main server error: central base not available. */
        CB_NOT_AVAILABLE("Main server error: central base not available.", CENTRAL_BASE, RETRY_LATER),
        /** Main server error: database not available. */
        CB_DB_NOT_AVAILABLE("Main server error: database not available.", CENTRAL_BASE, RETRY_LATER),
        /** Main server error: network not available. */
        CB_NETWORK_NOT_AVAILABLE("Main server error: network not available.", CENTRAL_BASE, RETRY_LATER),
        /** Main server error: user authentication verification failed. */
        CB_AUTHENTICATION_FAILED(
                "Main server error: user authentication verification failed.", CENTRAL_BASE, CONTACT_WISE),
        /** Main server error: the accessed service requires a higher security level. */
        CB_SERVICE_NOT_ALLOWED(
                "Main server error: the accessed service requires a higher security level.",
                CENTRAL_BASE,
                CONTACT_WISE),
        /** Main server error: timeout occurred on the Central Base side. */
        CB_TIME("Main server error: timeout occurred on the Central Base side.", CENTRAL_BASE, RETRY_LATER),
        /** Data processing error: the Data preparation module is not available. */
        DP_NOT_AVAILABLE(
                "Data processing error: the Data preparation module is not available.", DATA_PREPARATION, RETRY_LATER),
        /** Data processing error: Input/Output error when communicating with the DP. */
        DP_IO_ERROR(
                "Data processing error: Input/Output error when communicating with the DP.",
                DATA_PREPARATION,
                RETRY_LATER),
        /** Data processing error: timeout error. */
        DP_TIMEOUT("Data processing error: timeout error.", DATA_PREPARATION, RETRY_LATER),
        /** Satellite agent error: the server is not reachable. */
        SAT_SERVER_NOT_REACHABLE("Satellite agent error: the server is not reachable.", SATELLITE, RETRY_LATER),
        /** Satellite agent error: user authentication failed on satellite. */
        SAT_AUTHENTICATION_FAILED(
                "Satellite agent error: user authentication failed on satellite.", SATELLITE, CONTACT_WISE),
        /** Satellite agent error: the network is not available (check the kiosk's network). */
        SAT_NETWORK_NOT_AVAILABLE(
                "Satellite agent error: the network is not available.", SATELLITE, OPERATOR_ACTION_AT_KIOSK),
        /** Printer error: printer is not reachable (check its power and cable). */
        PRT_NOT_REACHABLE("Printer error: printer is not reachable.", PRINTER, OPERATOR_ACTION_AT_KIOSK),
        /** Printer error: printer setup is incorrect. */
        PRT_SETUP_ERROR("Printer error: printer setup is incorrect.", PRINTER, CONTACT_WISE),
        /** Printer error: printer timeout. */
        PRT_TIMEOUT("Printer error: printer timeout.", PRINTER, RETRY_LATER),
        /** Printer error: ribbon error. */
        PRT_RIBBON("Printer error: ribbon error.", PRINTER, OPERATOR_ACTION_AT_KIOSK),
        /** Printer error: printer physically unlocked. */
        PRT_LOCK_ERROR("Printer error: printer physically unlocked.", PRINTER, OPERATOR_ACTION_AT_KIOSK),
        /** Printer error: ribbon is missing. */
        PRT_RIBBON_MISSING("Printer error: ribbon is missing.", PRINTER, OPERATOR_ACTION_AT_KIOSK),
        /** Printer error: ribbon has ended. */
        PRT_RIBBON_ENDED("Printer error: ribbon has ended.", PRINTER, OPERATOR_ACTION_AT_KIOSK),
        /** Printer error: printer cover is open. */
        PRT_COVER_OPEN("Printer error: printer cover is open.", PRINTER, OPERATOR_ACTION_AT_KIOSK),
        /** Printer error: printer paused. */
        PRT_PAUSED("Printer error: printer paused.", PRINTER, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: production data is incorrect. */
        PRD_UNEXPECTED_DATA("Production error: production data is incorrect.", PRODUCTION, CONTACT_WISE),
        /** Production error: feeder is empty. */
        PRD_FEEDER_EMPTY("Production error: feeder is empty.", PRODUCTION, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: feeder card jam. */
        PRD_FEEDER_JAM("Production error: feeder card jam.", PRODUCTION, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: hopper is full. */
        PRD_HOPPER_FULL("Production error: hopper is full.", PRODUCTION, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: hopper door is open. */
        PRD_HOPPER_DOOR("Production error: hopper door is open.", PRODUCTION, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: hopper card jam. */
        PRD_HOPPER_JAM("Production error: hopper card jam.", PRODUCTION, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: error occurred during magstripe encoding (the blank is rejected; produce again). */
        PRD_MAGSTRIPE("Production error: error occurred during magstripe encoding.", PRODUCTION, RETRY_LATER),
        /** Production error: error occurred during chip personalization (produce again). */
        PRD_SMARTCARD("Production error: error occurred during chip personalization.", PRODUCTION, RETRY_LATER),
        /** Production error: error occurred during embossing (produce again). */
        PRD_EMBOSSER("Production error: error occurred during embossing.", PRODUCTION, RETRY_LATER),
        /** Production error: production timeout has been reached. */
        PRD_TIMEOUT("Production error: production timeout has been reached.", PRODUCTION, RETRY_LATER),
        /** Production error: reject box is full. */
        PRD_REJECT_FULL("Production error: reject box is full.", PRODUCTION, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: card is not in reader. */
        PRD_SMARTCARD_CARD_NOT_IN_READER(
                "Production error: card is not in reader.", PRODUCTION, OPERATOR_ACTION_AT_KIOSK),
        /** Production error: user has rejected card production (produce again if the cardholder wants it). */
        PRD_FINAL_VALIDATION_NOK("Production error: user has rejected card production.", PRODUCTION, RETRY_LATER),
        /** Production error: inventory not initialized. */
        INV_NOT_INITIALIZED("Production error: inventory not initialized.", INVENTORY, OPERATOR_ACTION_AT_KIOSK),
        /** Unknown error (Wise's own {@code UNKNOWN_ERROR} code). */
        UNKNOWN_ERROR("Unknown error.", ProductionErrorCategory.UNKNOWN, CONTACT_WISE),
        /** A code this SDK version does not know. */
        UNKNOWN("Production error code not known to this SDK version.", ProductionErrorCategory.UNKNOWN, CONTACT_WISE);

        private final String description;
        private final ProductionErrorCategory category;
        private final RecommendedAction action;

        Value(String description, ProductionErrorCategory category, RecommendedAction action) {
            this.description = description;
            this.category = category;
            this.action = action;
        }

        /** {@return Wise's documented description of the code} */
        public String description() {
            return description;
        }

        /** {@return where in the production chain the error happened} */
        public ProductionErrorCategory category() {
            return category;
        }

        /** {@return what the partner or kiosk operator can do about it} */
        public RecommendedAction recommendedAction() {
            return action;
        }
    }

    private static final ErrorCatalogue<Value, ProductionErrorCode> CONSTANTS =
            new ErrorCatalogue<>(Value.class, Value.UNKNOWN, ProductionErrorCode::new);

    /** See {@link Value#CB_NOT_AVAILABLE}. */
    public static final ProductionErrorCode CB_NOT_AVAILABLE = CONSTANTS.get(Value.CB_NOT_AVAILABLE);
    /** See {@link Value#CB_DB_NOT_AVAILABLE}. */
    public static final ProductionErrorCode CB_DB_NOT_AVAILABLE = CONSTANTS.get(Value.CB_DB_NOT_AVAILABLE);
    /** See {@link Value#CB_NETWORK_NOT_AVAILABLE}. */
    public static final ProductionErrorCode CB_NETWORK_NOT_AVAILABLE = CONSTANTS.get(Value.CB_NETWORK_NOT_AVAILABLE);
    /** See {@link Value#CB_AUTHENTICATION_FAILED}. */
    public static final ProductionErrorCode CB_AUTHENTICATION_FAILED = CONSTANTS.get(Value.CB_AUTHENTICATION_FAILED);
    /** See {@link Value#CB_SERVICE_NOT_ALLOWED}. */
    public static final ProductionErrorCode CB_SERVICE_NOT_ALLOWED = CONSTANTS.get(Value.CB_SERVICE_NOT_ALLOWED);
    /** See {@link Value#CB_TIME}. */
    public static final ProductionErrorCode CB_TIME = CONSTANTS.get(Value.CB_TIME);
    /** See {@link Value#DP_NOT_AVAILABLE}. */
    public static final ProductionErrorCode DP_NOT_AVAILABLE = CONSTANTS.get(Value.DP_NOT_AVAILABLE);
    /** See {@link Value#DP_IO_ERROR}. */
    public static final ProductionErrorCode DP_IO_ERROR = CONSTANTS.get(Value.DP_IO_ERROR);
    /** See {@link Value#DP_TIMEOUT}. */
    public static final ProductionErrorCode DP_TIMEOUT = CONSTANTS.get(Value.DP_TIMEOUT);
    /** See {@link Value#SAT_SERVER_NOT_REACHABLE}. */
    public static final ProductionErrorCode SAT_SERVER_NOT_REACHABLE = CONSTANTS.get(Value.SAT_SERVER_NOT_REACHABLE);
    /** See {@link Value#SAT_AUTHENTICATION_FAILED}. */
    public static final ProductionErrorCode SAT_AUTHENTICATION_FAILED = CONSTANTS.get(Value.SAT_AUTHENTICATION_FAILED);
    /** See {@link Value#SAT_NETWORK_NOT_AVAILABLE}. */
    public static final ProductionErrorCode SAT_NETWORK_NOT_AVAILABLE = CONSTANTS.get(Value.SAT_NETWORK_NOT_AVAILABLE);
    /** See {@link Value#PRT_NOT_REACHABLE}. */
    public static final ProductionErrorCode PRT_NOT_REACHABLE = CONSTANTS.get(Value.PRT_NOT_REACHABLE);
    /** See {@link Value#PRT_SETUP_ERROR}. */
    public static final ProductionErrorCode PRT_SETUP_ERROR = CONSTANTS.get(Value.PRT_SETUP_ERROR);
    /** See {@link Value#PRT_TIMEOUT}. */
    public static final ProductionErrorCode PRT_TIMEOUT = CONSTANTS.get(Value.PRT_TIMEOUT);
    /** See {@link Value#PRT_RIBBON}. */
    public static final ProductionErrorCode PRT_RIBBON = CONSTANTS.get(Value.PRT_RIBBON);
    /** See {@link Value#PRT_LOCK_ERROR}. */
    public static final ProductionErrorCode PRT_LOCK_ERROR = CONSTANTS.get(Value.PRT_LOCK_ERROR);
    /** See {@link Value#PRT_RIBBON_MISSING}. */
    public static final ProductionErrorCode PRT_RIBBON_MISSING = CONSTANTS.get(Value.PRT_RIBBON_MISSING);
    /** See {@link Value#PRT_RIBBON_ENDED}. */
    public static final ProductionErrorCode PRT_RIBBON_ENDED = CONSTANTS.get(Value.PRT_RIBBON_ENDED);
    /** See {@link Value#PRT_COVER_OPEN}. */
    public static final ProductionErrorCode PRT_COVER_OPEN = CONSTANTS.get(Value.PRT_COVER_OPEN);
    /** See {@link Value#PRT_PAUSED}. */
    public static final ProductionErrorCode PRT_PAUSED = CONSTANTS.get(Value.PRT_PAUSED);
    /** See {@link Value#PRD_UNEXPECTED_DATA}. */
    public static final ProductionErrorCode PRD_UNEXPECTED_DATA = CONSTANTS.get(Value.PRD_UNEXPECTED_DATA);
    /** See {@link Value#PRD_FEEDER_EMPTY}. */
    public static final ProductionErrorCode PRD_FEEDER_EMPTY = CONSTANTS.get(Value.PRD_FEEDER_EMPTY);
    /** See {@link Value#PRD_FEEDER_JAM}. */
    public static final ProductionErrorCode PRD_FEEDER_JAM = CONSTANTS.get(Value.PRD_FEEDER_JAM);
    /** See {@link Value#PRD_HOPPER_FULL}. */
    public static final ProductionErrorCode PRD_HOPPER_FULL = CONSTANTS.get(Value.PRD_HOPPER_FULL);
    /** See {@link Value#PRD_HOPPER_DOOR}. */
    public static final ProductionErrorCode PRD_HOPPER_DOOR = CONSTANTS.get(Value.PRD_HOPPER_DOOR);
    /** See {@link Value#PRD_HOPPER_JAM}. */
    public static final ProductionErrorCode PRD_HOPPER_JAM = CONSTANTS.get(Value.PRD_HOPPER_JAM);
    /** See {@link Value#PRD_MAGSTRIPE}. */
    public static final ProductionErrorCode PRD_MAGSTRIPE = CONSTANTS.get(Value.PRD_MAGSTRIPE);
    /** See {@link Value#PRD_SMARTCARD}. */
    public static final ProductionErrorCode PRD_SMARTCARD = CONSTANTS.get(Value.PRD_SMARTCARD);
    /** See {@link Value#PRD_EMBOSSER}. */
    public static final ProductionErrorCode PRD_EMBOSSER = CONSTANTS.get(Value.PRD_EMBOSSER);
    /** See {@link Value#PRD_TIMEOUT}. */
    public static final ProductionErrorCode PRD_TIMEOUT = CONSTANTS.get(Value.PRD_TIMEOUT);
    /** See {@link Value#PRD_REJECT_FULL}. */
    public static final ProductionErrorCode PRD_REJECT_FULL = CONSTANTS.get(Value.PRD_REJECT_FULL);
    /** See {@link Value#PRD_SMARTCARD_CARD_NOT_IN_READER}. */
    public static final ProductionErrorCode PRD_SMARTCARD_CARD_NOT_IN_READER =
            CONSTANTS.get(Value.PRD_SMARTCARD_CARD_NOT_IN_READER);
    /** See {@link Value#PRD_FINAL_VALIDATION_NOK}. */
    public static final ProductionErrorCode PRD_FINAL_VALIDATION_NOK = CONSTANTS.get(Value.PRD_FINAL_VALIDATION_NOK);
    /** See {@link Value#INV_NOT_INITIALIZED}. */
    public static final ProductionErrorCode INV_NOT_INITIALIZED = CONSTANTS.get(Value.INV_NOT_INITIALIZED);
    /** See {@link Value#UNKNOWN_ERROR}. */
    public static final ProductionErrorCode UNKNOWN_ERROR = CONSTANTS.get(Value.UNKNOWN_ERROR);

    private ProductionErrorCode(String raw, Value value) {
        super(raw, value);
    }

    /**
     * Returns the code for Wise's raw string, reusing the constants for known codes.
     *
     * @throws NullPointerException if {@code raw} is null
     * @param raw the value exactly as Wise sent it; an unknown value is kept, not rejected
     * @return the constant for a known value, otherwise an unknown code holding {@code raw}
     */
    public static ProductionErrorCode of(String raw) {
        return CONSTANTS.of(raw);
    }

    /** {@return Wise's documented description, or a generic one for an unknown code} */
    public String description() {
        return value().description();
    }

    /** {@return where in the production chain the error happened} */
    public ProductionErrorCategory category() {
        return value().category();
    }

    /** {@return what the partner or kiosk operator can do about it} */
    public RecommendedAction recommendedAction() {
        return value().recommendedAction();
    }
}
