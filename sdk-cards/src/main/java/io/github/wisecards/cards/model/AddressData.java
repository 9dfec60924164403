package io.github.wisecards.cards.model;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reference data of address validation: country codes, state codes and postcode formats. */
final class AddressData {

    /** Every officially assigned ISO 3166-1 alpha-2 code (249). */
    static final Set<String> COUNTRIES = Set.of(
            "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ", "BA", "BB",
            "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS", "BT", "BV", "BW", "BY",
            "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN", "CO", "CR", "CU", "CV", "CW", "CX",
            "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK",
            "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS",
            "GT", "GU", "GW", "GY", "HK", "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR",
            "IS", "IT", "JE", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA",
            "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
            "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA", "NC", "NE",
            "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG", "PH", "PK", "PL", "PM",
            "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG",
            "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF",
            "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY",
            "UZ", "VA", "VC", "VE", "VG", "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW");

    /** The 27 Brazilian state codes of the reference. */
    static final Set<String> BRAZIL_STATES = Set.of(
            "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI",
            "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");

    /** The 8 Australian state and territory codes of the reference. */
    static final Set<String> AUSTRALIA_STATES = Set.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");

    /**
     * Postcode formats (after trimming and upper-casing), from each national postal operator's
     * published format as collected in Google's address metadata (libaddressinput). Countries
     * without an entry get no format check; the server still validates them.
     */
    static final Map<String, Pattern> POSTCODES = Map.ofEntries(
            // The reference's own rules.
            entry("BR", "\\d{8}"),
            entry("AU", "\\d{4}"),
            // Main issuing markets.
            entry(
                    "GB",
                    "GIR ?0AA|(?:[A-PR-UWYZ]\\d\\d?|[A-PR-UWYZ][A-HK-Y]\\d\\d?|[A-PR-UWYZ]\\d[A-HJKPSTUW]"
                            + "|[A-PR-UWYZ][A-HK-Y]\\d[ABEHMNPRVWXY]) ?\\d[ABD-HJLNP-UW-Z]{2}"),
            entry("US", "\\d{5}(?:-\\d{4})?"),
            entry("SG", "\\d{6}"),
            entry("CA", "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d"),
            entry("NZ", "\\d{4}"),
            entry("JP", "\\d{3}-?\\d{4}"),
            entry("CH", "\\d{4}"),
            entry("MY", "\\d{5}"),
            entry("MX", "\\d{5}"),
            entry("IN", "\\d{6}"),
            entry("KR", "\\d{5}"),
            entry("ZA", "\\d{4}"),
            entry("TR", "\\d{5}"),
            entry("UA", "\\d{5}"),
            entry("ID", "\\d{5}"),
            entry("TH", "\\d{5}"),
            entry("PH", "\\d{4}"),
            entry("IL", "\\d{5}(?:\\d{2})?"),
            // European Economic Area: the 27 EU member states plus Iceland, Liechtenstein, Norway.
            entry("AT", "\\d{4}"),
            entry("BE", "\\d{4}"),
            entry("BG", "\\d{4}"),
            entry("HR", "\\d{5}"),
            entry("CY", "\\d{4}"),
            entry("CZ", "\\d{3} ?\\d{2}"),
            entry("DK", "\\d{4}"),
            entry("EE", "\\d{5}"),
            entry("FI", "\\d{5}"),
            entry("FR", "\\d{2} ?\\d{3}"),
            entry("DE", "\\d{5}"),
            entry("GR", "\\d{3} ?\\d{2}"),
            entry("HU", "\\d{4}"),
            entry("IE", "(?:[AC-FHKNPRTV-Y]\\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}"),
            entry("IT", "\\d{5}"),
            entry("LV", "(?:LV-)?\\d{4}"),
            entry("LT", "(?:LT-)?\\d{5}"),
            entry("LU", "(?:L-)?\\d{4}"),
            entry("MT", "[A-Z]{3} ?\\d{2,4}"),
            entry("NL", "\\d{4} ?[A-Z]{2}"),
            entry("PL", "\\d{2}-\\d{3}"),
            entry("PT", "\\d{4}-\\d{3}"),
            entry("RO", "\\d{6}"),
            entry("SK", "\\d{3} ?\\d{2}"),
            entry("SI", "(?:SI-)?\\d{4}"),
            entry("ES", "\\d{5}"),
            entry("SE", "\\d{3} ?\\d{2}"),
            entry("IS", "\\d{3}"),
            entry("LI", "948[5-9]|949[0-8]"),
            entry("NO", "\\d{4}"));

    /**
     * Matches PO box addresses, which Wise does not support, in the common languages. Every phrase
     * contains BOX, BAG, POST or CORREO: {@code AddressRules.mayNamePoBox} relies on it.
     */
    static final Pattern PO_BOX = Pattern.compile(
            "(?iu)(?:^|[^\\p{L}])(?:p\\.?\\s*o\\.?\\s*box|post\\s+office\\s+box|pobox|gpo\\s+box|locked\\s+bag"
                    + "|caixa\\s+postal|postfach|bo[iî]te\\s+postale|apartado\\s+(?:de\\s+correos|postal)"
                    + "|casilla\\s+de\\s+correo)(?:$|[^\\p{L}])");

    private AddressData() {}

    private static Map.Entry<String, Pattern> entry(String country, String regex) {
        return Map.entry(country, Pattern.compile(regex));
    }
}
