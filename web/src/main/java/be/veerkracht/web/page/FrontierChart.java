package be.veerkracht.web.page;

import be.veerkracht.allocation.FrontierPoint;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What {@code static/app/split.js} draws: one line per frontier, expected cost (y) against CVaR (x) as λ grows, each
 * point labelled with its λ; axis and series names in the visitor's language, numbers in {@code Locale.ROOT} (JSON).
 */
final class FrontierChart {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Labels text;
    private final ObjectNode chart = MAPPER.createObjectNode();
    private final ArrayNode series;

    FrontierChart(Labels text) {
        this.text = text;
        chart.put("x_axis", text.get(PageText.PART_SPLIT_CHART_X));
        chart.put("y_axis", text.get(PageText.PART_SPLIT_CHART_Y));
        series = chart.putArray("series");
    }

    /** Adds a frontier as a line named {@code name}; an empty frontier adds nothing. */
    FrontierChart line(PageText name, List<FrontierPoint> frontier) {
        if (frontier.isEmpty()) {
            return this;
        }
        ObjectNode line = series.addObject();
        line.put("name", text.get(name));
        ArrayNode points = line.putArray("points");
        for (FrontierPoint p : frontier) {
            points.addArray().add(Math.round(p.cvarEur())).add(Math.round(p.expectedCostEur())).add(p.cvarWeight());
        }
        return this;
    }

    String json() {
        try {
            return MAPPER.writeValueAsString(chart);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
