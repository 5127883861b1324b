package be.veerkracht.web.recovery;

import be.veerkracht.exposure.recovery.DisruptedNode;
import be.veerkracht.exposure.recovery.NodeKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * How a node is named in a path, {@code /api/v1/recovery/nodes/{kind}/{id}}: the kind in lower case, the id
 * percent-encoded with every {@code /} written as {@value #SLASH} first. A site's id is {@code SUPPLIER/site}: a plain
 * {@code /} splits the path, and {@code %2F} is decoded or refused by many proxies and servers before routing (Jetty
 * here accepts it, so both spellings are read). So the site {@code L20110/Ningbo} is
 * {@code /api/v1/recovery/nodes/site/L20110~Ningbo}. A {@code ~} is unreserved in URLs (RFC 3986, section 2.3): no
 * client encodes it.
 */
public final class NodePaths {

    /** What stands for {@code /} in a node id inside a path. */
    public static final char SLASH = '~';

    /** Where one node of the API is. */
    public static final String API_NODES = "/api/v1/recovery/nodes/";

    private NodePaths() {
    }

    /** The id as one path segment: {@code /} as {@value #SLASH}, the rest percent-encoded. */
    public static String segment(String id) {
        return URLEncoder.encode(id.replace('/', SLASH), StandardCharsets.UTF_8).replace("+", "%20")
                .replace("%7E", "~");
    }

    /** The node's API address. */
    public static String api(DisruptedNode node) {
        return API_NODES + node.kind().code() + "/" + segment(node.id());
    }

    /** A kind as written in a path or a query ({@code supplier}, any case); empty for anything else. */
    public static Optional<NodeKind> kind(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (NodeKind kind : NodeKind.values()) {
            if (kind.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the decoded path segment names this id: equal once every {@code /} of the id is written as
     * {@value #SLASH} (an id given with {@code /}, by a client that could send one, matches too).
     */
    public static boolean names(String segment, String id) {
        return id.equals(segment) || id.replace('/', SLASH).equals(segment);
    }
}
