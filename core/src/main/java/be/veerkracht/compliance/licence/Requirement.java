package be.veerkracht.compliance.licence;

import java.util.Objects;

/** What an export needs before it may ship, as the export check decided it. */
public sealed interface Requirement {

    /** A Union General Export Authorisation, usable once the exporter has registered for it. */
    record Ugea(String authorisation) implements Requirement {
        public Ugea {
            Objects.requireNonNull(authorisation, "authorisation");
        }
    }

    /** An individual or global licence from the authority. */
    record IndividualOrGlobal() implements Requirement {
    }
}
