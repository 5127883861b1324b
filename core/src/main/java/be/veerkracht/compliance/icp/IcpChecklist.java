package be.veerkracht.compliance.icp;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The company's ICP: every one of the seven elements with its state, an element never recorded counting as not
 * started. An element in place whose last review is older than {@link #REVIEW_INTERVAL_MONTHS} reads as needing
 * review: Recommendation (EU) 2019/1318, element 5, asks for regular performance reviews; the interval is our
 * default, not a legal term.
 */
public final class IcpChecklist {

    /** Months after which an element in place should be reviewed again. */
    public static final int REVIEW_INTERVAL_MONTHS = 12;

    private final Map<IcpElement, IcpElementState> states = new EnumMap<>(IcpElement.class);

    public IcpChecklist(List<IcpElementState> recorded) {
        for (IcpElement element : IcpElement.values()) {
            states.put(element, IcpElementState.notStarted(element));
        }
        for (IcpElementState state : recorded) {
            states.put(state.element(), state);
        }
    }

    /** The seven elements in the Recommendation's order, each with its status as of {@code today}. */
    public List<IcpElementState> asOf(LocalDate today) {
        return states.values().stream().map(state -> due(state, today) ? new IcpElementState(state.element(),
                IcpStatus.NEEDS_REVIEW, state.owner(), state.evidence(), state.reviewedOn()) : state).toList();
    }

    /** How many of the seven are in place on {@code today}. */
    public int inPlace(LocalDate today) {
        return (int) asOf(today).stream().filter(state -> state.status() == IcpStatus.IN_PLACE).count();
    }

    /**
     * Whether the ICP is complete on {@code today}: all seven in place. UGEA EU007 (intra-group transfer of software
     * and technology) requires the exporter to have an ICP (Reg. (EU) 2021/821, Annex II, EU007, Part 3).
     */
    public boolean complete(LocalDate today) {
        return inPlace(today) == IcpElement.values().length;
    }

    private static boolean due(IcpElementState state, LocalDate today) {
        return state.status() == IcpStatus.IN_PLACE && (state.reviewedOn() == null
                || state.reviewedOn().plusMonths(REVIEW_INTERVAL_MONTHS).isBefore(today));
    }
}
