package be.veerkracht.web.api;

/** Test-only: the sample part with a choice of source that {@link PartSplitApiTest} uses, for the page test. */
public final class PartSplitApiTestAccess {

    private PartSplitApiTestAccess() {
    }

    public static String partWithChoice() {
        return PartSplitApiTest.partWithChoice();
    }
}
