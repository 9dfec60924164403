package io.github.wisecards.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address rules of {@code POST /v3/spend/address/validate}, per the reference's Brazil,
 * Australia and "Other" tables: required fields, maximum lengths, postcode formats, states, and
 * no PO boxes. At most one error per field; errors are ordered like Wise's examples (missing
 * fields first, then postcodes, states, lengths and PO boxes).
 */
final class AddressRules {
    static final String REQUIRED = "Required Field";
    static final String INVALID_POSTCODE = "Please enter a valid postcode";
    static final String INVALID_STATE = "Please enter a valid state";
    static final String INVALID_COUNTRY = "Please enter a valid country";
    static final String PO_BOX = "PO Box addresses are not supported";

    /** One failed check: {@code rank} orders the answer like Wise's examples. */
    record FieldError(String field, String message, int rank) {}

    private record Field(String name, int maxLength, boolean required) {}

    private static final List<Field> BRAZIL = List.of(
            new Field("addressNumber", 6, true),
            new Field("address", 100, true),
            new Field("district", 80, true),
            new Field("complement", 28, false),
            new Field("postCode", 8, true),
            new Field("city", 30, true),
            new Field("state", 10, true),
            new Field("country", 2, true));

    private static final List<Field> AUSTRALIA = List.of(
            new Field("firstLine", 30, true),
            new Field("secondLine", 30, false),
            new Field("thirdLine", 30, false),
            new Field("postCode", 10, true),
            new Field("city", 30, true),
            new Field("state", 30, true),
            new Field("country", 2, true));

    private static final List<Field> OTHER = List.of(
            new Field("firstLine", 30, true),
            new Field("secondLine", 30, false),
            new Field("thirdLine", 30, false),
            new Field("postCode", 10, true),
            new Field("city", 30, true),
            new Field("state", 30, false),
            new Field("country", 2, true));

    private static final Set<String> BRAZIL_STATES = Set.of(
            "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA", "PB", "PR", "PE", "PI",
            "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO");

    private static final Set<String> AUSTRALIA_STATES = Set.of("ACT", "NSW", "NT", "QLD", "SA", "TAS", "VIC", "WA");

    private static final Map<String, Pattern> POSTCODES = Map.ofEntries(
            Map.entry("BR", Pattern.compile("\\d{8}")),
            Map.entry("AU", Pattern.compile("\\d{4}")),
            Map.entry("GB", Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}", Pattern.CASE_INSENSITIVE)),
            Map.entry("US", Pattern.compile("\\d{5}(-\\d{4})?")),
            Map.entry("SG", Pattern.compile("\\d{6}")),
            Map.entry("DE", Pattern.compile("\\d{5}")),
            Map.entry("FR", Pattern.compile("\\d{5}")),
            Map.entry("ES", Pattern.compile("\\d{5}")),
            Map.entry("IT", Pattern.compile("\\d{5}")),
            Map.entry("NL", Pattern.compile("\\d{4} ?[A-Z]{2}", Pattern.CASE_INSENSITIVE)),
            Map.entry("JP", Pattern.compile("\\d{3}-?\\d{4}")),
            Map.entry("CA", Pattern.compile("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d", Pattern.CASE_INSENSITIVE)));

    private static final Pattern ANY_POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,9}");

    private static final Pattern PO_BOX_TEXT = Pattern.compile(
            "\\b(P\\.?\\s*O\\.?\\s*BOX|POST\\s+OFFICE\\s+BOX|CAIXA\\s+POSTAL)\\b", Pattern.CASE_INSENSITIVE);

    private AddressRules() {}

    /** Validates an address object; an empty list means valid. */
    static List<FieldError> validate(JsonNode address) {
        String country = SimJson.text(address, "country");
        String upperCountry = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        List<Field> fields = switch (upperCountry) {
            case "BR" -> BRAZIL;
            case "AU" -> AUSTRALIA;
            default -> OTHER;
        };
        List<FieldError> errors = new ArrayList<>();
        for (Field f : fields) {
            String value = SimJson.text(address, f.name());
            boolean missing = value == null || value.isBlank();
            if (missing) {
                if (f.required()) {
                    errors.add(new FieldError(f.name(), REQUIRED, 0));
                }
                continue;
            }
            FieldError e = check(f, value, upperCountry);
            if (e != null) {
                errors.add(e);
            }
        }
        errors.sort(Comparator.comparingInt(FieldError::rank));
        return errors;
    }

    private static FieldError check(Field f, String value, String country) {
        switch (f.name()) {
            case "postCode" -> {
                Pattern p = POSTCODES.getOrDefault(country, ANY_POSTCODE);
                if (!p.matcher(value.trim()).matches()) {
                    return new FieldError(f.name(), INVALID_POSTCODE, 1);
                }
            }
            case "state" -> {
                Set<String> states =
                        "BR".equals(country) ? BRAZIL_STATES : "AU".equals(country) ? AUSTRALIA_STATES : null;
                if (states != null && !states.contains(value.trim().toUpperCase(Locale.ROOT))) {
                    return new FieldError(f.name(), INVALID_STATE, 2);
                }
            }
            case "country" -> {
                if (!value.matches("[A-Za-z]{2}")) {
                    return new FieldError(f.name(), INVALID_COUNTRY, 2);
                }
            }
            default -> {
                // Length and PO box checks below apply to every other field.
            }
        }
        if (value.length() > f.maxLength()) {
            return new FieldError(f.name(), "Must be less than " + f.maxLength() + " characters", 3);
        }
        if (isAddressLine(f.name()) && PO_BOX_TEXT.matcher(value).find()) {
            return new FieldError(f.name(), PO_BOX, 4);
        }
        return null;
    }

    private static boolean isAddressLine(String field) {
        return switch (field) {
            case "firstLine", "secondLine", "thirdLine", "address", "complement" -> true;
            default -> false;
        };
    }
}
