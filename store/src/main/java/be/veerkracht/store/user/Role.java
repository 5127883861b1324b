package be.veerkracht.store.user;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A user's role: the one place that says which {@link Permission}s each role has. Every role may
 * {@link Permission#READ}; the roles differ in what they may change.
 */
public enum Role {
    /** Everything, including managing users and tokens. */
    ADMIN(EnumSet.allOf(Permission.class)),
    /** Purchasing: imports portfolios and records sourcing decisions. */
    BUYER(EnumSet.of(Permission.READ, Permission.IMPORT, Permission.RECORD_SOURCING)),
    /** Supplier quality: records qualifications and quality data; does not import. */
    QUALITY(EnumSet.of(Permission.READ, Permission.RECORD_QUALITY)),
    /** Trade compliance: records export-control and sanctions data; does not import. */
    COMPLIANCE(EnumSet.of(Permission.READ, Permission.RECORD_COMPLIANCE)),
    /** Reads only: cannot import, record anything or manage users. */
    VIEWER(EnumSet.of(Permission.READ));

    private final Set<Permission> permissions;

    Role(EnumSet<Permission> permissions) {
        this.permissions = Collections.unmodifiableSet(permissions);
    }

    /** True when this role has {@code permission}. */
    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** Every permission of this role, unmodifiable. */
    public Set<Permission> permissions() {
        return permissions;
    }
}
