package be.veerkracht.web.app;

import be.veerkracht.exposure.ExposureAssessment;
import be.veerkracht.exposure.SupplierExposure;
import be.veerkracht.exposure.SupplierExposures;
import be.veerkracht.store.snapshot.Snapshot;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A stored snapshot with the exposure assessment of its portfolio, and whatever pages and the API derive from the
 * two. A snapshot never changes once stored, so anything computed from it (the parts in each order, a page's
 * figures in one language, the assessment as JSON) is computed once and kept here for as long as the snapshot is
 * the newest: requests then only filter and render (docs/benchmarks.md, "Web application under load").
 */
public final class AssessedSnapshot {

    private final Snapshot snapshot;
    private final ExposureAssessment assessment;
    private final Map<Object, Object> derived = new ConcurrentHashMap<>();

    public AssessedSnapshot(Snapshot snapshot, ExposureAssessment assessment) {
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.assessment = Objects.requireNonNull(assessment, "assessment");
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public ExposureAssessment assessment() {
        return assessment;
    }

    /**
     * The value derived from this snapshot under {@code key}, computed by {@code compute} on first use and kept.
     * The key names what is derived and its parameters, e.g. a record of the view's class and the language;
     * {@code compute} must depend on nothing else. Requests racing at first use may each compute it, and all get
     * the one value kept. (Not {@code computeIfAbsent}: a computation may itself ask for another derived value.)
     */
    public <T> T derived(Object key, Class<T> type, Supplier<T> compute) {
        Object known = derived.get(key);
        if (known == null) {
            Object fresh = Objects.requireNonNull(compute.get(), "derived value");
            known = Objects.requireNonNullElse(derived.putIfAbsent(key, fresh), fresh);
        }
        return type.cast(known);
    }

    /** Every supplier's dependence figures, largest spend first. */
    @SuppressWarnings("unchecked")
    public List<SupplierExposure> suppliers() {
        return derived(SupplierExposures.class, List.class, () -> SupplierExposures.of(snapshot.portfolio()));
    }

    /** A value derived per language, such as a page's view: its key is the kind of value and the language. */
    public <T> T inLanguage(Class<T> type, Locale language, Supplier<T> compute) {
        return derived(new LanguageKey(type, language), type, compute);
    }

    private record LanguageKey(Class<?> type, Locale language) {
    }

    /** Of one per snapshot: the parts indexed for filtering and every order. */
    public PartIndex parts() {
        return derived(PartIndex.class, PartIndex.class, () -> PartIndex.of(this));
    }
}
