package be.veerkracht.web.compliance;

import be.veerkracht.compliance.EndUseCategory;
import be.veerkracht.compliance.ItemKind;
import be.veerkracht.compliance.TransferKind;
import be.veerkracht.compliance.icp.RedFlag;
import be.veerkracht.web.page.Labels;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The export check page {@code /compliance/check}: the form (item, destination, end use, what leaves, and the red-flag
 * questions of ICP element 4), the decision of the last submission, and the latest checks.
 *
 * @param itemIds every part and product id of the newest snapshot, for the item field's suggestions
 * @param result  the decision just made; null before a submission or after a refusal
 * @param error   a refusal of the form; null when none
 */
public record CheckView(Labels text, boolean hasSnapshot, boolean mayRecord, String csrf, Form form,
                        List<ItemView.Option> kinds, List<ItemView.Option> categories,
                        List<ItemView.Option> transfers, List<Question> redFlags, List<String> itemIds,
                        DecisionView result, String error, List<CheckRow> latest) {

    public CheckView {
        kinds = List.copyOf(kinds);
        categories = List.copyOf(categories);
        transfers = List.copyOf(transfers);
        redFlags = List.copyOf(redFlags);
        itemIds = List.copyOf(itemIds);
        latest = List.copyOf(latest);
    }

    /** The form's fields as entered. */
    public record Form(String itemKind, String itemId, String destination, String endUse, String endUseCategory,
                       String transfer) {
        static Form empty() {
            return new Form("part", null, null, null, "unspecified", "goods");
        }
    }

    /** A red-flag question, with the answer given (yes when checked). */
    public record Question(String code, String text, boolean yes) {
    }

    static CheckView of(Labels text, boolean hasSnapshot, boolean mayRecord, String csrf, Form form,
                        Set<RedFlag> yes, List<String> itemIds, DecisionView result, String error,
                        List<CheckRow> latest) {
        List<ItemView.Option> kinds = Arrays.stream(ItemKind.values()).map(k -> option(ComplianceInput.code(k),
                ComplianceWords.word(text, "KIND_", k), form.itemKind())).toList();
        List<ItemView.Option> categories = Arrays.stream(EndUseCategory.values()).map(c -> option(
                ComplianceInput.code(c), ComplianceWords.word(text, "END_USE_", c), form.endUseCategory())).toList();
        List<ItemView.Option> transfers = Arrays.stream(TransferKind.values()).map(k -> option(
                ComplianceInput.code(k), ComplianceWords.word(text, "TRANSFER_", k), form.transfer())).toList();
        List<Question> questions = Arrays.stream(RedFlag.values()).map(f -> new Question(f.code(),
                text.get(ComplianceText.valueOf("RED_FLAG_" + f.name())), yes.contains(f))).toList();
        return new CheckView(text, hasSnapshot, mayRecord, csrf, form, kinds, categories, transfers, questions,
                itemIds, result, error, latest);
    }

    private static ItemView.Option option(String value, String label, String chosen) {
        return new ItemView.Option(value, label, value.equalsIgnoreCase(chosen == null ? "" : chosen));
    }
}
