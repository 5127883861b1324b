package be.veerkracht.ingest.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a list's XML with StAX and hands over one entry at a time as a small {@link XmlElement} subtree, so the
 * memory used is that of one entry whatever the size of the file.
 *
 * <p>Hardened against XML external entities (XXE, OWASP XML External Entity Prevention Cheat Sheet): the JDK's own
 * StAX implementation ({@link XMLInputFactory#newDefaultFactory()}, not whatever is on the class path) with DTD
 * support and external entities switched off, and any document that has a DOCTYPE at all is refused, because the
 * official lists have none.
 */
final class StaxEntries {

    private final String fileName;
    private final Path file;

    StaxEntries(Path file) {
        this.file = file;
        this.fileName = file.getFileName().toString();
    }

    /** A StAX factory that reads no DTD and resolves no external entity. */
    static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /**
     * Reads the document: checks the root (local name and, when {@code rootNamespace} is not null, namespace),
     * gives the root element (attributes only) to {@code onRoot}, then every element whose local name is in {@code entryNames}
     * (at any depth) as a subtree to {@code onEntry}.
     *
     * @throws InvalidSanctionsListException not well-formed, truncated, a DOCTYPE, or the wrong root
     */
    void read(String rootName, String rootNamespace, Set<String> entryNames,
              Consumer<XmlElement> onRoot, Consumer<XmlElement> onEntry) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
            try {
                boolean rootSeen = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw new InvalidSanctionsListException(fileName, line(xml), "DOCTYPE",
                                "a document type declaration is not allowed (DTDs and external entities are refused)");
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (!rootSeen) {
                        checkRoot(xml, rootName, rootNamespace);
                        onRoot.accept(new XmlElement(xml.getLocalName(), attributes(xml), "", List.of(), line(xml)));
                        rootSeen = true;
                    } else if (entryNames.contains(xml.getLocalName())) {
                        onEntry.accept(subtree(xml));
                    }
                }
                if (!rootSeen) {
                    throw new InvalidSanctionsListException(fileName, line(xml), rootName, "no root element");
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? InvalidSanctionsListException.NO_LINE : e.getLocation().getLineNumber();
            throw new InvalidSanctionsListException(fileName, line, null, "not well-formed XML: " + e.getMessage(), e);
        }
    }

    private void checkRoot(XMLStreamReader xml, String rootName, String rootNamespace) {
        String namespace = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
        if (!xml.getLocalName().equals(rootName) || rootNamespace != null && !rootNamespace.equals(namespace)) {
            String found = namespace.isEmpty() ? xml.getLocalName() : "{" + namespace + "}" + xml.getLocalName();
            String expected = rootNamespace == null ? rootName : "{" + rootNamespace + "}" + rootName;
            throw new InvalidSanctionsListException(fileName, line(xml), rootName,
                    "wrong root element: expected " + expected + ", found " + found);
        }
    }

    /** Reads the element the reader is on, to its end tag, into a subtree. */
    private static XmlElement subtree(XMLStreamReader xml) throws XMLStreamException {
        Deque<Builder> open = new ArrayDeque<>();
        open.push(new Builder(xml.getLocalName(), attributes(xml), line(xml)));
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT ->
                        open.push(new Builder(xml.getLocalName(), attributes(xml), line(xml)));
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        open.peek().text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    XmlElement done = open.pop().build();
                    if (open.isEmpty()) {
                        return done;
                    }
                    open.peek().children.add(done);
                }
                default -> {
                    // comments and processing instructions carry nothing a list entry needs
                }
            }
        }
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }

    private static long line(XMLStreamReader xml) {
        return xml.getLocation() == null ? InvalidSanctionsListException.NO_LINE : xml.getLocation().getLineNumber();
    }

    /** An element being read. */
    private static final class Builder {
        private final String name;
        private final Map<String, String> attributes;
        private final long line;
        private final StringBuilder text = new StringBuilder();
        private final List<XmlElement> children = new ArrayList<>();

        Builder(String name, Map<String, String> attributes, long line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(name, attributes, text.toString().strip(), children, line);
        }
    }
}
