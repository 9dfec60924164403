package io.github.wisecards.cards.model;

import io.github.wisecards.core.errors.FieldViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Local address validation with the rules of Wise's reference tables, answering in the server's
 * shape and wording. Pure: no I/O, no state.
 *
 * <p>Each field gets at most one violation. Fields are checked in three passes, which reproduces
 * the order of Wise's documented answers: required fields first, then formats (postcode, state,
 * country, PO boxes), then maximum lengths.
 */
final class AddressRules {
    static final String REQUIRED = "Required Field";
    static final String INVALID_POSTCODE = "Please enter a valid postcode";
    static final String INVALID_STATE = "Please enter a valid state";
    static final String INVALID_COUNTRY = "Please enter a valid country";
    static final String PO_BOX = "PO Box addresses are not supported";

    /** One field of an address shape: JSON name, accessor, maximum length, whether required. */
    private record Rule(String field, Function<Address, String> value, int maxLength, boolean required) {}

    private static final List<Rule> BRAZIL = List.of(
            new Rule("addressNumber", a -> a.addressNumber().orElse(null), 6, true),
            new Rule("address", a -> a.address().orElse(null), 100, true),
            new Rule("district", a -> a.district().orElse(null), 80, true),
            new Rule("complement", a -> a.complement().orElse(null), 28, false),
            new Rule("postCode", a -> a.postCode().orElse(null), 8, true),
            new Rule("city", a -> a.city().orElse(null), 30, true),
            new Rule("state", a -> a.state().orElse(null), 10, true),
            new Rule("country", a -> a.country().orElse(null), 2, true));

    private static final List<Rule> AUSTRALIA = lines(true);
    private static final List<Rule> OTHER = lines(false);

    private AddressRules() {}

    private static List<Rule> lines(boolean stateRequired) {
        return List.of(
                new Rule("firstLine", a -> a.firstLine().orElse(null), 30, true),
                new Rule("secondLine", a -> a.secondLine().orElse(null), 30, false),
                new Rule("thirdLine", a -> a.thirdLine().orElse(null), 30, false),
                new Rule("postCode", a -> a.postCode().orElse(null), 10, true),
                new Rule("city", a -> a.city().orElse(null), 30, true),
                new Rule("state", a -> a.state().orElse(null), 30, stateRequired),
                new Rule("country", a -> a.country().orElse(null), 2, true));
    }

    static List<FieldViolation> validate(Address address) {
        String country =
                address.country().map(c -> c.trim().toUpperCase(Locale.ROOT)).orElse("");
        List<Rule> rules = switch (country) {
            case "BR" -> BRAZIL;
            case "AU" -> AUSTRALIA;
            default -> OTHER;
        };
        Map<String, String> found = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (rule.required() && isBlank(rule.value().apply(address))) {
                found.put(rule.field(), REQUIRED);
            }
        }
        for (Rule rule : rules) {
            String value = rule.value().apply(address);
            if (!found.containsKey(rule.field()) && !isBlank(value)) {
                String problem = rule.field().equals("country")
                        ? countryProblem(value)
                        : formatProblem(rule.field(), value.trim().toUpperCase(Locale.ROOT), country);
                if (problem != null) {
                    found.put(rule.field(), problem);
                }
            }
        }
        for (Rule rule : rules) {
            String value = rule.value().apply(address);
            if (!found.containsKey(rule.field())
                    && value != null
                    && value.codePointCount(0, value.length()) > rule.maxLength()) {
                found.put(rule.field(), "Must be less than " + rule.maxLength() + " characters");
            }
        }
        List<FieldViolation> out = new ArrayList<>(found.size());
        found.forEach((field, message) -> out.add(FieldViolation.of(field, message)));
        return List.copyOf(out);
    }

    /**
     * The country must be an ISO 3166-1 alpha-2 code exactly as the standard writes it: upper case,
     * no spaces. A lower-case or padded code of a real country is refused with the valid form in the
     * message rather than rewritten, because {@link Address} is also the model of what Wise sends
     * back and the SDK never rewrites a value.
     */
    static String countryProblem(String value) {
        if (AddressData.COUNTRIES.contains(value)) {
            return null;
        }
        String normalized = value.trim().toUpperCase(Locale.ROOT);
        return AddressData.COUNTRIES.contains(normalized)
                ? INVALID_COUNTRY + ": use the upper-case ISO 3166-1 alpha-2 code " + normalized
                : INVALID_COUNTRY;
    }

    private static String formatProblem(String field, String normalized, String country) {
        switch (field) {
            case "postCode":
                Pattern format = AddressData.POSTCODES.get(country);
                return format == null || format.matcher(normalized).matches() ? null : INVALID_POSTCODE;
            case "state":
                if (country.equals("BR")) {
                    return AddressData.BRAZIL_STATES.contains(normalized) ? null : INVALID_STATE;
                }
                if (country.equals("AU")) {
                    return AddressData.AUSTRALIA_STATES.contains(normalized) ? null : INVALID_STATE;
                }
                return null;
            case "firstLine":
            case "secondLine":
            case "thirdLine":
            case "address":
            case "complement":
                return mayNamePoBox(normalized)
                                && AddressData.PO_BOX.matcher(normalized).find()
                        ? PO_BOX
                        : null;
            default:
                return null;
        }
    }

    /**
     * A necessary condition for {@link AddressData#PO_BOX} to match upper-cased text: every one of
     * its phrases contains BOX, BAG, POST or CORREO. Checking it first skips the (Unicode,
     * case-insensitive) regex scan for nearly every real address line, which was most of the time
     * of a validation.
     */
    private static boolean mayNamePoBox(String upperCased) {
        return upperCased.contains("BOX")
                || upperCased.contains("BAG")
                || upperCased.contains("POST")
                || upperCased.contains("CORREO");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
