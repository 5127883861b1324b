package be.veerkracht.web.quality;

import be.veerkracht.portfolio.PartId;
import be.veerkracht.quality.check.PartReview;
import be.veerkracht.quality.check.QualityReview;
import be.veerkracht.store.quality.QualityCheckJson;
import be.veerkracht.store.quality.QualityRecords;
import be.veerkracht.store.quality.QualityReviews;
import be.veerkracht.web.app.Visitor;
import be.veerkracht.web.page.Labels;
import be.veerkracht.web.page.PageError;
import be.veerkracht.web.page.PageHandlers;
import be.veerkracht.web.page.Views;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * The quality pages: {@code /quality} (every alert of the portfolio and the parts with agreements; the alerts are
 * refreshed by htmx from {@code /quality/alerts}) and {@code /quality/parts/{id}} (charts, cross-validation,
 * capability, certificates against our lab). Each request reviews the stored data afresh (QualityReviews).
 */
public final class QualityPages {

    /** Null on a server without a database of its own: every page answers 404. */
    private final QualityRecords records;
    private final Views views;
    private final PageHandlers pages;

    public QualityPages(QualityRecords records, Views views, PageHandlers pages) {
        this.records = records;
        this.views = Objects.requireNonNull(views, "views");
        this.pages = Objects.requireNonNull(pages, "pages");
    }

    /** {@code GET /quality}. */
    public void overview(Context ctx) {
        Labels text = pages.text(ctx);
        QualityReview review = QualityReviews.review(records(text), Optional.empty());
        ctx.html(views.render("quality.jte", QualityViews.overview(text, new QualityCheckJson(text.locale()), review),
                visitor(ctx)));
    }

    /** {@code GET /quality/alerts}: the alerts table alone, for htmx polling. */
    public void alerts(Context ctx) {
        Labels text = pages.text(ctx);
        QualityReview review = QualityReviews.review(records(text), Optional.empty());
        ctx.html(views.render("qualityAlerts.jte", QualityViews.overview(text, new QualityCheckJson(text.locale()),
                review)));
    }

    /** {@code GET /quality/parts/{id}}; 404 when the part has no agreement. */
    public void part(Context ctx) {
        Labels text = pages.text(ctx);
        PartId id;
        try {
            id = new PartId(ctx.pathParam("id"));
        } catch (IllegalArgumentException bad) {
            throw new PageError(404, text.get(QualityText.NO_AGREEMENT, ctx.pathParam("id")));
        }
        QualityReview review = QualityReviews.review(records(text), Optional.of(id));
        PartReview part = review.part(id).orElseThrow(() -> new PageError(404, text.get(QualityText.NO_AGREEMENT,
                id.value())));
        QualityCheckJson words = new QualityCheckJson(text.locale());
        ObjectNode json = words.part(part);
        ctx.html(views.render("qualityPart.jte", QualityViews.part(text, words, review, part, json.toString()),
                visitor(ctx)));
    }

    private QualityRecords records(Labels text) {
        if (records == null) {
            throw new PageError(404, text.get(QualityText.UNAVAILABLE));
        }
        return records;
    }

    private static Visitor visitor(Context ctx) {
        return Visitor.of(ctx).orElse(null);
    }
}
