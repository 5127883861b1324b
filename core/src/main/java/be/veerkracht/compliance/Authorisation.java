package be.veerkracht.compliance;

import java.util.List;
import java.util.Objects;

/**
 * The general authorisation a decision relies on.
 *
 * @param id         e.g. {@code EU001}
 * @param conditions its conditions of use, e.g. "registration required before first use"
 * @param source     its legal source
 */
public record Authorisation(String id, List<String> conditions, String source) {

    public Authorisation {
        Objects.requireNonNull(id, "id");
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(source, "source");
    }

    static Authorisation of(UgeaAuthorisation ugea) {
        return new Authorisation(ugea.id(), ugea.conditionsOfUse(), ugea.source());
    }
}
