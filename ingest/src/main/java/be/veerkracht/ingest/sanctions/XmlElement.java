package be.veerkracht.ingest.sanctions;

import java.util.List;
import java.util.Map;

/**
 * One element of a list entry's XML subtree (local name, attributes, own text, children, the line it starts on).
 * Only one entry's subtree is held at a time ({@link StaxEntries}), never the whole document.
 *
 * @param text the element's own character content, stripped; empty when none
 */
record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children, long line) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The first child of that local name, or null. */
    XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** All children of that local name, in document order. */
    List<XmlElement> children(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The stripped text of the first child of that name; empty when there is no such child or it is empty. */
    String childText(String childName) {
        XmlElement child = child(childName);
        return child == null ? "" : child.text;
    }

    /** An attribute's stripped value; empty when absent. */
    String attribute(String attributeName) {
        String value = attributes.get(attributeName);
        return value == null ? "" : value.strip();
    }
}
