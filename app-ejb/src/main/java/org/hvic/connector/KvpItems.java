package org.hvic.connector;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a guest's Key-Value Pair Exchange items ({@code Msvm_KvpExchangeComponent.GuestIntrinsicExchangeItems}): each
 * an embedded {@code Msvm_KvpExchangeDataItem} instance in CIM-XML, e.g.
 * {@code <INSTANCE CLASSNAME="Msvm_KvpExchangeDataItem"><PROPERTY NAME="Data" TYPE="string"><VALUE>Windows 10
 * Enterprise</VALUE></PROPERTY><PROPERTY NAME="Name" TYPE="string"><VALUE>OSName</VALUE></PROPERTY>...</INSTANCE>}.
 * The values come from the guest and are untrusted: the XML parser is the JDK's own with DTDs, external entities and
 * XInclude off, items are bounded in size, and an item that does not parse or has another shape is skipped.
 */
final class KvpItems {

    /** A data item holds at most 1024 chars of name and 1024 of data; anything much longer is not one. */
    static final int MAX_ITEM_CHARS = 16_384;
    private static final String ITEM_CLASS = "Msvm_KvpExchangeDataItem";
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private final DocumentBuilder builder;

    /** A reader for one output (not thread-safe). */
    KvpItems() {
        DocumentBuilder created = null;
        if (FACTORY != null) {
            try {
                synchronized (FACTORY) {
                    created = FACTORY.newDocumentBuilder();
                }
                created.setErrorHandler(SILENT);
                created.setEntityResolver((publicId, systemId) -> {
                    throw new SAXException("external entities are not read");
                });
            } catch (ParserConfigurationException e) {
                created = null;
            }
        }
        this.builder = created;
    }

    /** The items as Name to Data; items that do not parse are skipped, the first of a repeated name wins. */
    Map<String, String> parse(List<String> items) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String item : items) {
            Map.Entry<String, String> pair = item(item);
            if (pair != null) {
                values.putIfAbsent(pair.getKey(), pair.getValue());
            }
        }
        return values;
    }

    /** The guest's OS name (item {@code OSName}), cleaned, or null when no item gives one. */
    String osName(List<String> items) {
        // only items that can name OSName are parsed: literally, or hidden behind a character reference
        return OsNames.clean(parse(items.stream()
                .filter(i -> i != null && (i.contains("OSName") || i.indexOf('&') >= 0)).toList()).get("OSName"));
    }

    /** One item as (Name, Data), or null when it is not a well-formed Msvm_KvpExchangeDataItem with a Name. */
    Map.Entry<String, String> item(String xml) {
        if (builder == null || xml == null || xml.length() > MAX_ITEM_CHARS) {
            return null;
        }
        Element root;
        try {
            builder.reset();
            builder.setErrorHandler(SILENT);
            root = builder.parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (SAXException | IOException | RuntimeException e) {
            return null;
        }
        if (!"INSTANCE".equals(root.getTagName()) || !ITEM_CLASS.equalsIgnoreCase(root.getAttribute("CLASSNAME"))) {
            return null;
        }
        String name = null;
        String data = null;
        NodeList properties = root.getChildNodes();
        for (int i = 0; i < properties.getLength(); i++) {
            if (properties.item(i) instanceof Element property && "PROPERTY".equals(property.getTagName())) {
                String value = value(property);
                switch (property.getAttribute("NAME")) {
                    case "Name" -> name = value;
                    case "Data" -> data = value;
                    default -> {
                    }
                }
            }
        }
        return name == null || name.isEmpty() ? null : Map.entry(name, data == null ? "" : data);
    }

    /** The text of a PROPERTY's VALUE child, or null when it has none. */
    private static String value(Element property) {
        for (Node child = property.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element value && "VALUE".equals(value.getTagName())) {
                return value.getTextContent();
            }
        }
        return null;
    }

    /** The JDK's parser, hardened; null (no item is read) if any protection cannot be switched on. */
    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(false);
            factory.setValidating(false);
            return factory;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            return null;
        }
    }
}
