package be.veerkracht.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEntryDraftTest {

    @Test
    void details_are_kept_in_canonical_form() {
        AuditEntryDraft draft = new AuditEntryDraft("an", "gate.transition", "part:P-1",
                "{ \"to\" : \"approved\",\n  \"from\": \"draft\" }");
        assertThat(draft.details()).isEqualTo("{\"from\":\"draft\",\"to\":\"approved\"}");
    }

    @Test
    void actions_are_dotted_lower_case() {
        assertThat(AuditEntryDraft.of("an", "supplier.quality_agreement.sign", "supplier:S-1", Map.of()).action())
                .isEqualTo("supplier.quality_agreement.sign");
        assertThatThrownBy(() -> AuditEntryDraft.of("an", "Import", "snapshot:1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntryDraft.of("an", "portfolio", "snapshot:1", Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void details_must_be_an_object_and_actor_and_subject_given() {
        assertThatThrownBy(() -> new AuditEntryDraft("an", "portfolio.import", "snapshot:1", "[]"))
                .hasMessageContaining("object");
        assertThatThrownBy(() -> AuditEntryDraft.of(" ", "portfolio.import", "snapshot:1", Map.of()))
                .hasMessageContaining("actor");
        assertThatThrownBy(() -> AuditEntryDraft.of("an", "portfolio.import", "", Map.of()))
                .hasMessageContaining("subject");
    }
}
