package be.veerkracht.web.page;

import be.veerkracht.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which of the product's languages ({@link Messages#LANGUAGES}) a page is shown in: the {@value #COOKIE} cookie
 * set by the navigation's language switch, else the first of Dutch, French and English the browser prefers
 * ({@code Accept-Language}, by its q-values, RFC 9110 §12.5.4), else the server's fallback (English).
 */
public final class LanguageChoice {

    /** The cookie that remembers the visitor's choice, and the query parameter of the switch that sets it. */
    public static final String COOKIE = "lang";
    public static final String PARAMETER = "lang";

    /** How long the choice is remembered: one year, in seconds. */
    public static final int COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

    private LanguageChoice() {
    }

    /** The visitor's language: cookie, else {@code Accept-Language}, else {@code fallback}. */
    public static Locale of(Context ctx, Locale fallback) {
        return product(ctx.cookie(COOKIE))
                .or(() -> fromAcceptLanguage(ctx.header("Accept-Language")))
                .orElse(Messages.language(fallback));
    }

    /** The first product language in an {@code Accept-Language} header; empty for none, a blank or a bad header. */
    public static Optional<Locale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);   // sorted by weight, q=0 dropped
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return ranges.stream()
                .map(r -> r.getRange().split("-", 2)[0])
                .map(LanguageChoice::product)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A product language by its code ({@code en}, {@code nl}, {@code fr}, any case); empty for any other text. */
    public static Optional<Locale> product(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Messages.LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst();
    }

    /**
     * Before every page: a {@code ?lang=xx} of the language switch sets the cookie (for a product language) and
     * redirects (303) to the same path without the parameter, so the choice is not bookmarked or shared.
     */
    public static void switchIfAsked(Context ctx) {
        String asked = ctx.queryParam(PARAMETER);
        if (asked == null || !"GET".equals(ctx.method().name())) {
            return;
        }
        product(asked).ifPresent(language -> {
            StringBuilder cookie = new StringBuilder(COOKIE).append('=').append(language.getLanguage())
                    .append("; Path=/; Max-Age=").append(COOKIE_MAX_AGE_SECONDS).append("; HttpOnly; SameSite=Lax");
            if ("https".equalsIgnoreCase(ctx.scheme())) {
                cookie.append("; Secure");
            }
            ctx.res().addHeader("Set-Cookie", cookie.toString());
        });
        throw new RedirectResponse(HttpStatus.SEE_OTHER, localPath(ctx.path()) + otherParameters(ctx));
    }

    /** The request's query without {@value #PARAMETER}, e.g. {@code ?q=CN}; "" when nothing is left. */
    private static String otherParameters(Context ctx) {
        String query = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(PARAMETER))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Only a path on this server: {@code //host} or a backslash would let the redirect leave it. */
    static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return path;
    }
}
