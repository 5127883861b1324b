package be.veerkracht.web.compliance;

import be.veerkracht.compliance.icp.IcpChecklist;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.icp.IcpStatus;
import be.veerkracht.compliance.icp.RedFlag;
import be.veerkracht.web.page.Labels;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The ICP page {@code /compliance/icp}: the seven elements of Recommendation (EU) 2019/1318 with status, owner,
 * evidence and last review as of today, an edit form per element, and the eight red-flag questions.
 *
 * @param errorElement the element whose form {@code error} belongs to; null when none
 */
public record IcpView(Labels text, boolean mayRecord, String csrf, String summary, List<Element> elements,
                      List<String> redFlags, String error, String errorElement, String done) {

    public IcpView {
        elements = List.copyOf(elements);
        redFlags = List.copyOf(redFlags);
    }

    /** One element with its state, as shown and as its form holds it. */
    public record Element(int number, String code, String name, String status, String statusCode, String owner,
                          String evidence, String reviewedOn, List<ItemView.Option> statuses) {
    }

    static IcpView of(Labels text, boolean mayRecord, String csrf, IcpChecklist checklist, LocalDate today,
                      String error, String errorElement, String done) {
        List<Element> elements = checklist.asOf(today).stream().map(s -> element(text, s)).toList();
        List<String> questions = Arrays.stream(RedFlag.values())
                .map(f -> text.get(ComplianceText.valueOf("RED_FLAG_" + f.name()))).toList();
        return new IcpView(text, mayRecord, csrf, text.get(ComplianceText.ICP_SUMMARY, checklist.inPlace(today)),
                elements, questions, error, errorElement, done);
    }

    public String intro() {
        return text.get(ComplianceText.ICP_INTRO, IcpChecklist.REVIEW_INTERVAL_MONTHS);
    }

    private static Element element(Labels text, IcpElementState state) {
        List<ItemView.Option> statuses = Arrays.stream(IcpStatus.values()).map(s -> new ItemView.Option(
                ComplianceInput.code(s), ComplianceWords.word(text, "ICP_STATUS_", s), s == state.status())).toList();
        return new Element(state.element().number(), ComplianceInput.code(state.element()),
                ComplianceWords.word(text, "ICP_ELEMENT_", state.element()),
                ComplianceWords.word(text, "ICP_STATUS_", state.status()), ComplianceInput.code(state.status()),
                state.owner(), state.evidence(), state.reviewedOn() == null ? null : state.reviewedOn().toString(),
                statuses);
    }
}
