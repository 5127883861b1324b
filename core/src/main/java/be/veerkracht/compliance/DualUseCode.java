package be.veerkracht.compliance;

import be.veerkracht.portfolio.Part;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An Annex I control entry of Regulation (EU) 2021/821, such as {@code 3A001.a.1}: category digit (0 nuclear ... 9
 * aerospace and propulsion), product group A–E (A systems, equipment and components; B test, inspection and
 * production equipment; C materials; D software; E technology), regime digit (0 Wassenaar, 1 MTCR, 2 NSG,
 * 3 Australia Group, 4 CWC), item number, then sub-items ({@code .a.1}). Layout per Annex I, "Structure"; the format
 * is {@link Part#DUAL_USE_CODE}, the one pattern the import also uses.
 *
 * <p>Technology transfer is not modelled by guessing a group-E code from a group-A one: the transfer of the
 * technology for this item is an export of an item with the same entry, of kind
 * {@link TransferKind#TECHNOLOGY_TO_SUPPLIER}, and the rules say how technology is treated.
 *
 * @param code the code as in Annex I, e.g. {@code 5A002.a}
 */
public record DualUseCode(String code) {

    /** Length of an entry: category, group, regime digit and a two-digit item, e.g. {@code 3A001}. */
    public static final int ENTRY_LENGTH = 5;

    public DualUseCode {
        Objects.requireNonNull(code, "code");
        if (!Part.DUAL_USE_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an Annex I code (e.g. 3A001.a.1): " + code);
        }
    }

    /**
     * A code as a person writes it: blanks around it are dropped and the product group is upper-cased, sub-items
     * lower-cased ({@code 3a001.A.1} reads as {@code 3A001.a.1}).
     */
    public static DualUseCode parse(String text) {
        String stripped = Objects.requireNonNull(text, "text").strip();
        if (stripped.length() < ENTRY_LENGTH) {
            return new DualUseCode(stripped);
        }
        return new DualUseCode(stripped.substring(0, ENTRY_LENGTH).toUpperCase(Locale.ROOT)
                + stripped.substring(ENTRY_LENGTH).toLowerCase(Locale.ROOT));
    }

    /** True when {@code text} is a valid code after {@link #parse}'s normalisation. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException | NullPointerException invalid) {
            return false;
        }
    }

    /** The category, 0 to 9. */
    public int category() {
        return code.charAt(0) - '0';
    }

    /** The product group, A to E. */
    public char productGroup() {
        return code.charAt(1);
    }

    /** The regime digit: 0 Wassenaar (and NSG trigger list), 1 MTCR, 2 NSG, 3 Australia Group, 4 CWC. */
    public int regime() {
        return code.charAt(2) - '0';
    }

    /** The entry without sub-items, e.g. {@code 3A001}. */
    public String entry() {
        return code.substring(0, ENTRY_LENGTH);
    }

    /** The sub-items in order, e.g. {@code [a, 1]} for {@code 3A001.a.1}; empty for a bare entry. */
    public List<String> subItems() {
        return code.length() == ENTRY_LENGTH ? List.of()
                : Arrays.asList(code.substring(ENTRY_LENGTH + 1).split("\\."));
    }

    /** True for group E, technology itself. */
    public boolean isTechnology() {
        return productGroup() == 'E';
    }

    @Override
    public String toString() {
        return code;
    }
}
