package org.nitratekg.ontology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The OASIS XML catalog {@code catalog-v001.xml} (the format Protégé and ROBOT read): it maps each
 * {@code owl:imports} IRI of the ontology to a term module file relative to the ontology folder.
 */
public final class ImportCatalog {
    private static final String CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

    private final Map<String, String> locations;

    private ImportCatalog(Map<String, String> locations) {
        this.locations = Collections.unmodifiableMap(locations);
    }

    /** Import IRI to path relative to the ontology folder (e.g. {@code imports/chebi_import.ttl}), in file order. */
    public Map<String, String> locations() {
        return locations;
    }

    public static ImportCatalog parse(InputStream in) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            // The catalog is our own file, but an XML parser should never fetch DTDs or entities.
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            NodeList uris = builder.parse(in).getElementsByTagNameNS(CATALOG_NS, "uri");
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < uris.getLength(); i++) {
                Element uri = (Element) uris.item(i);
                map.put(uri.getAttribute("name"), uri.getAttribute("uri"));
            }
            return new ImportCatalog(map);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("catalog-v001.xml: expected an OASIS XML catalog: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
