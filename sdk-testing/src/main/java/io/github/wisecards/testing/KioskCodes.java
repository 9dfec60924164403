package io.github.wisecards.testing;

import java.util.Map;

/** Descriptions of the kiosk request and production error codes, from the kiosk reference. */
final class KioskCodes {
    static final Map<String, String> REQUEST_ERRORS = Map.ofEntries(
            Map.entry("UNKNOWN_ERROR", "An error occurred on the server."),
            Map.entry("REQUEST_ALREADY_EXISTS", "The request has already been submitted."),
            Map.entry(
                    "KIOSK_ID_NOT_FOUND",
                    "The kiosk ID does not exist. Please verify that this kiosk ID is correctly set up."),
            Map.entry(
                    "CARD_TYPE_NOT_FOUND",
                    "The card type does not exist. Please ensure this card type is correctly set up."),
            Map.entry("INVALID_FIELD_VALUE", "Some field values are unexpected."),
            Map.entry("INVALID_PIN_FORMAT", "The PIN does not follow ISO0 or ISO2 standard."),
            Map.entry("EMPTY_OR_NULL_FIELD_VALUE", "Some required fields are empty or null."),
            Map.entry(
                    "EMPTY_OR_NULL_OR_WRONG_SIZE_FIELD_VALUE",
                    "Some required fields are empty, null, or have incorrect lengths."),
            Map.entry("CHARSET_NOT_SUPPORTED", "The character set for some fields is not supported."),
            Map.entry("INVALID_FIELD_FORMAT", "Some field formats are invalid."),
            Map.entry("INVALID_FIELD_ENCODING", "The encoding for some fields is not expected."),
            Map.entry(
                    "CDATA_ENCODING_OR_FORMATING_ERROR",
                    "The encoding or formatting for XML text field values is incorrect."),
            Map.entry("PIN_LENGTH_ERROR", "The PIN length is incorrect."),
            Map.entry("PIN_VERIFICATION_FAILED", "The PIN cannot be verified because the server is unreachable"),
            Map.entry("DATA_PREPARATION_FAILED", "The server failed to parse the request."),
            Map.entry("PARTIAL_DATA_RECEIVED", "Only part of the expected data has been received."),
            Map.entry("NO_BRANCH_LINKED_TO_KIOSK", "The kiosk has not been linked to any branch."),
            Map.entry("IMAGE_SERVER_ERROR", "The image server is unreachable or failed to process the data."),
            Map.entry("PAN_ALREADY_EXISTS", "The PAN already exists."),
            Map.entry(
                    "PRINTER_OR_SATELLITE_NOT_READY", "The printer or satellite is not ready to start the production."),
            Map.entry(
                    "REQUEST_CREATED_BUT_NOT_STARTED",
                    "The request has been created, but production is pending until the printer or satellite is ready"),
            Map.entry(
                    "UNABLE_TO_ACCEPT_REQUEST",
                    "The system is currently busy and cannot accept new requests at this time"));

    static final Map<String, String> PRODUCTION_ERRORS = Map.ofEntries(
            Map.entry("CB_NOT_AVAILABLE", "Main server error: central base not available."),
            Map.entry("CB_DB_NOT_AVAILABLE", "Main server error: database not available."),
            Map.entry("CB_NETWORK_NOT_AVAILABLE", "Main server error: network not available."),
            Map.entry("CB_AUTHENTICATION_FAILED", "Main server error: user authentication verification failed."),
            Map.entry(
                    "CB_SERVICE_NOT_ALLOWED",
                    "Main server error: the accessed service requires a higher security level."),
            Map.entry("CB_TIME", "Main server error: timeout occurred on the Central Base side."),
            Map.entry("DP_NOT_AVAILABLE", "Data processing error: the Data preparation module is not available."),
            Map.entry("DP_IO_ERROR", "Data processing error: Input/Output error when communicating with the DP."),
            Map.entry("DP_TIMEOUT", "Data processing error: timeout error."),
            Map.entry("SAT_SERVER_NOT_REACHABLE", "Satellite agent error: the server is not reachable."),
            Map.entry("SAT_AUTHENTICATION_FAILED", "Satellite agent error: user authentication failed on satellite."),
            Map.entry("SAT_NETWORK_NOT_AVAILABLE", "Satellite agent error: the network is not available."),
            Map.entry("PRT_NOT_REACHABLE", "Printer error: printer is not reachable."),
            Map.entry("PRT_SETUP_ERROR", "Printer error: printer setup is incorrect."),
            Map.entry("PRT_TIMEOUT", "Printer error: printer timeout."),
            Map.entry("PRT_RIBBON", "Printer error: ribbon error."),
            Map.entry("PRT_LOCK_ERROR", "Printer error: printer physically unlocked."),
            Map.entry("PRT_RIBBON_MISSING", "Printer error: ribbon is missing."),
            Map.entry("PRT_RIBBON_ENDED", "Printer error: ribbon has ended."),
            Map.entry("PRT_COVER_OPEN", "Printer error: printer cover is open."),
            Map.entry("PRT_PAUSED", "Printer error: printer paused."),
            Map.entry("PRD_UNEXPECTED_DATA", "Production error: production data is incorrect."),
            Map.entry("PRD_FEEDER_EMPTY", "Production error: feeder is empty."),
            Map.entry("PRD_FEEDER_JAM", "Production error: feeder card jam."),
            Map.entry("PRD_HOPPER_FULL", "Production error: hopper is full."),
            Map.entry("PRD_HOPPER_DOOR", "Production error: hopper door is open."),
            Map.entry("PRD_HOPPER_JAM", "Production error: hopper card jam."),
            Map.entry("PRD_MAGSTRIPE", "Production error: error occurred during magstripe encoding."),
            Map.entry("PRD_SMARTCARD", "Production error: error occurred during chip personalization."),
            Map.entry("PRD_EMBOSSER", "Production error: error occurred during embossing."),
            Map.entry("PRD_TIMEOUT", "Production error: production timeout has been reached."),
            Map.entry("PRD_REJECT_FULL", "Production error: reject box is full."),
            Map.entry("PRD_SMARTCARD_CARD_NOT_IN_READER", "Production error: card is not in reader."),
            Map.entry("PRD_FINAL_VALIDATION_NOK", "Production error: user has rejected card production."),
            Map.entry("INV_NOT_INITIALIZED", "Production error: inventory not initialized."),
            Map.entry("UNKNOWN_ERROR", "Unknown error."));

    private KioskCodes() {}

    static String requestErrorDescription(String code) {
        return REQUEST_ERRORS.getOrDefault(code, "Simulated request error " + code);
    }

    static String productionErrorDescription(String code) {
        return PRODUCTION_ERRORS.getOrDefault(code, "Simulated production error " + code);
    }
}
