package be.veerkracht.portfolio.synthetic;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.portfolio.SourcingLink;
import be.veerkracht.portfolio.SupplierId;
import be.veerkracht.portfolio.Tool;
import be.veerkracht.portfolio.ToolId;
import be.veerkracht.portfolio.ToolOwner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Gives every active source of a tooled part (castings, plastics) its tool; a dual-sourced casting so has two
 * moulds, one per supplier. Now and then a tool serves two parts of one supplier and category (a family mould).
 */
final class ToolingFactory {

    /** Probability that a tooled part joins the open single-part tool of its supplier and category (assumed). */
    static final double FAMILY_TOOL_SHARE = 0.25;
    /** Probability that we, not the supplier, own a tool: machine builders usually pay for their moulds. */
    static final double OWNED_BY_US = 0.7;
    static final double OWNER_UNKNOWN = 0.05;
    /** Probability that rebuild days and remaining shots are known. */
    static final double REBUILD_KNOWN = 0.9;
    static final double SHOTS_KNOWN = 0.8;

    private final Draws draws;

    ToolingFactory(Draws draws) {
        this.draws = draws;
    }

    private record FamilyKey(SupplierId supplier, String site, PartCategory category) {
    }

    private static final class Draft {
        final String id;
        final SupplierId supplier;
        final PartCategory category;
        final List<PartId> parts = new ArrayList<>(2);

        Draft(String id, SupplierId supplier, PartCategory category) {
            this.id = id;
            this.supplier = supplier;
            this.category = category;
        }
    }

    List<Tool> tools(List<GeneratedPart> parts, Map<PartId, List<SourcingLink>> linksByPart) {
        List<Draft> drafts = new ArrayList<>();
        Map<FamilyKey, Draft> open = new HashMap<>();
        String idFormat = "T%0" + Math.max(5, String.valueOf(parts.size()).length()) + "d";
        for (GeneratedPart part : parts) {
            if (!part.category().needsTool()) {
                continue;
            }
            for (SourcingLink link : linksByPart.getOrDefault(part.part().id(), List.of())) {
                if (link.share() > 0) {
                    place(part, link, idFormat, drafts, open);
                }
            }
        }
        return drafts.stream().map(this::tool).toList();
    }

    private void place(GeneratedPart part, SourcingLink link, String idFormat, List<Draft> drafts,
                       Map<FamilyKey, Draft> open) {
        FamilyKey key = new FamilyKey(link.supplier(), Objects.requireNonNullElse(link.site(), ""), part.category());
        Draft family = open.get(key);
        if (family != null && draws.chance(FAMILY_TOOL_SHARE)) {
            family.parts.add(part.part().id());
            open.remove(key);
            return;
        }
        Draft draft = new Draft(String.format(Locale.ROOT, idFormat, drafts.size() + 1), link.supplier(),
                part.category());
        draft.parts.add(part.part().id());
        drafts.add(draft);
        open.put(key, draft);
    }

    private Tool tool(Draft draft) {
        ToolProfile profile = draft.category.tool;
        BigDecimal cost = BigDecimal.valueOf(profile.costEur().draw(draws) / 100 * 100L).setScale(2);
        Integer rebuild = draws.chance(REBUILD_KNOWN) ? profile.rebuildDays().draw(draws) : null;
        ToolOwner owner = owner();
        Long shots = draws.chance(SHOTS_KNOWN) ? profile.shotsThousand().draw(draws) * 1_000L : null;
        return new Tool(new ToolId(draft.id), draft.supplier, draft.parts, cost, rebuild, owner, shots);
    }

    private ToolOwner owner() {
        double draw = draws.unit();
        if (draw < OWNER_UNKNOWN) {
            return null;
        }
        return draw < OWNER_UNKNOWN + OWNED_BY_US ? ToolOwner.US : ToolOwner.SUPPLIER;
    }
}
