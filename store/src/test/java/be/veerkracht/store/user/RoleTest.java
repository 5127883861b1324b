package be.veerkracht.store.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The permission table of docs/users.md, row by row. */
class RoleTest {

    @Test
    void every_role_may_read() {
        for (Role role : Role.values()) {
            assertThat(role.may(Permission.READ)).as(role.name()).isTrue();
        }
    }

    @Test
    void only_the_admin_manages_users_and_has_every_permission() {
        assertThat(Role.ADMIN.permissions()).isEqualTo(EnumSet.allOf(Permission.class));
        for (Role role : Role.values()) {
            assertThat(role.may(Permission.MANAGE_USERS)).as(role.name()).isEqualTo(role == Role.ADMIN);
        }
    }

    @Test
    void a_viewer_reads_only_and_cannot_import() {
        assertThat(Role.VIEWER.permissions()).containsExactly(Permission.READ);
        assertThat(Role.VIEWER.may(Permission.IMPORT)).isFalse();
    }

    @Test
    void each_specialist_records_only_its_own_data() {
        assertThat(Role.BUYER.permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.IMPORT, Permission.RECORD_SOURCING);
        assertThat(Role.QUALITY.permissions()).containsExactlyInAnyOrder(Permission.READ, Permission.RECORD_QUALITY);
        assertThat(Role.COMPLIANCE.permissions())
                .containsExactlyInAnyOrder(Permission.READ, Permission.RECORD_COMPLIANCE);
    }
}
