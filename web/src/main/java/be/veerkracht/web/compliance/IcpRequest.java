package be.veerkracht.web.compliance;

import be.veerkracht.compliance.icp.IcpElement;
import be.veerkracht.compliance.icp.IcpElementState;
import be.veerkracht.compliance.icp.IcpStatus;
import java.util.Locale;

/**
 * An ICP element's new state as the form or {@code PUT /api/v1/compliance/icp/{element}} gives it: the element by
 * its code ({@code transaction_screening}) or number (1–7), {@code status}, {@code owner}, {@code evidence},
 * {@code reviewed_on}. In place needs an owner and evidence (Recommendation (EU) 2019/1318: an element is shown,
 * not declared).
 */
final class IcpRequest {

    private IcpRequest() {
    }

    static IcpElement element(String text) {
        String value = text == null ? "" : text.strip();
        if (value.matches("[1-7]")) {
            return IcpElement.values()[Integer.parseInt(value) - 1];
        }
        try {
            return IcpElement.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw ComplianceRefusal.of(ComplianceRefusal.NOT_FOUND, "element", ComplianceText.ERROR_CHOICE,
                    ComplianceInput.codes(IcpElement.class), value);
        }
    }

    static IcpElementState state(IcpElement element, ComplianceInput input) {
        IcpStatus status = input.choice("status", IcpStatus.class, null);
        String owner = input.optional("owner");
        String evidence = input.optional("evidence");
        if (status == IcpStatus.IN_PLACE && (owner == null || evidence == null)) {
            throw ComplianceRefusal.badField(owner == null ? "owner" : "evidence", ComplianceText.ERROR_ICP_IN_PLACE);
        }
        return new IcpElementState(element, status, owner, evidence, input.optionalDate("reviewed_on"));
    }
}
