package io.github.wisecards.core.internal;

/**
 * Writes a model's or params' {@code toString()} with the SDK's one rule for personal data, the
 * rule the logs follow ({@link Redaction}): names, phone numbers, e-mail addresses, address lines,
 * cities, postcodes and tracking data show as {@code [MASKED]}; secrets as {@code [REDACTED]};
 * card tokens shortened to their last four characters; ids, statuses, codes and amounts as they
 * are. Unset (null) fields are left out. The field's JSON name decides, so a new field is covered
 * by the same rule as the same field in a logged body.
 *
 * <pre>{@code
 * return ModelString.of("CardOrder").add("id", id).add("cardHolderName", cardHolderName).toString();
 * // CardOrder{id=142, cardHolderName=[MASKED]}
 * }</pre>
 */
public final class ModelString {
    private final StringBuilder sb;
    private boolean empty = true;

    private ModelString(String type) {
        this.sb = new StringBuilder(64).append(type).append('{');
    }

    /**
     * Starts the text of a model.
     *
     * @param type the model's simple name
     * @return a new writer
     */
    public static ModelString of(String type) {
        return new ModelString(type);
    }

    /**
     * Adds a field, shown by the rule; left out when {@code value} is null.
     *
     * @param name the field's JSON name, which decides how it is shown
     * @param value the value (models show their own {@code toString()}), or null
     * @return this
     */
    public ModelString add(String name, Object value) {
        String shown = Redaction.show(name, value);
        if (shown != null) {
            sb.append(empty ? "" : ", ").append(name).append('=').append(shown);
            empty = false;
        }
        return this;
    }

    @Override
    public String toString() {
        return sb.toString() + '}';
    }
}
