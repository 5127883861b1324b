package be.veerkracht.compliance.icp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcpChecklistTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void the_seven_elements_of_recommendation_2019_1318_in_its_order_none_started_until_recorded() {
        List<IcpElementState> states = new IcpChecklist(List.of()).asOf(TODAY);
        assertThat(states).hasSize(7);
        assertThat(states.get(0).element()).isEqualTo(IcpElement.MANAGEMENT_COMMITMENT);
        assertThat(states.get(6).element()).isEqualTo(IcpElement.PHYSICAL_INFORMATION_SECURITY);
        assertThat(states.get(3).element().number()).isEqualTo(4);
        assertThat(states).allMatch(state -> state.status() == IcpStatus.NOT_STARTED);
    }

    @Test
    void complete_when_all_seven_are_in_place_and_reviewed_within_twelve_months() {
        List<IcpElementState> all = Arrays.stream(IcpElement.values()).map(element -> new IcpElementState(element,
                IcpStatus.IN_PLACE, "An Peeters", "ICP manual v3, section " + element.number(),
                LocalDate.of(2026, 3, 1))).toList();
        IcpChecklist checklist = new IcpChecklist(all);
        assertThat(checklist.complete(TODAY)).isTrue();
        // 2026-03-01 + 12 months = 2027-03-01: on 2027-03-02 every element needs review again
        assertThat(checklist.complete(LocalDate.of(2027, 3, 1))).isTrue();
        assertThat(checklist.inPlace(LocalDate.of(2027, 3, 2))).isZero();
        assertThat(checklist.asOf(LocalDate.of(2027, 3, 2))).allMatch(s -> s.status() == IcpStatus.NEEDS_REVIEW);
    }

    @Test
    void in_place_needs_an_owner_and_evidence() {
        assertThatThrownBy(() -> new IcpElementState(IcpElement.TRAINING_AWARENESS, IcpStatus.IN_PLACE, "An", null,
                TODAY)).hasMessageContaining("owner and evidence");
    }
}
