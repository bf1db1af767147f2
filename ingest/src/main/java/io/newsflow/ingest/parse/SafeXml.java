package io.newsflow.ingest.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way ingest parses XML, hardened once for every XML format (RSS, Atom, NewsML-G2): a document with a
 * {@code <!DOCTYPE>} is refused ({@link RejectReason#UNSAFE_XML}) before it is parsed, and the parser itself refuses
 * one too, so no DTD, external entity (XXE) or entity-expansion bomb is ever read, resolved or expanded; external DTD,
 * schema and stylesheet access is off ({@code ACCESS_EXTERNAL_* = ""}), XInclude is off, and every entity resolution
 * is answered with an error, so parsing never touches the network or the file system. Secure processing keeps the
 * JDK's limits on element depth, attributes and name lengths. Malformed XML is {@link RejectReason#MALFORMED}.
 *
 * <p>A DOCTYPE is refused rather than ignored: real feeds and NewsML-G2 items do not need one (their DTDs, where they
 * exist, only name entities no conforming document uses), and a document that declares entities is the attack.
 */
public final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {}

    /** A namespace-aware factory with every hardening above; a new one per call (factories are not thread-safe). */
    public static DocumentBuilderFactory factory() {
        final DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (final ParserConfigurationException e) {
            // the JDK's parser supports all of them: without them parsing would be unsafe, so never parse
            throw new IllegalStateException("The XML parser cannot be hardened: " + e.getMessage(), e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setValidating(false);
        factory.setCoalescing(true);
        factory.setIgnoringComments(true);
        return factory;
    }

    /**
     * Parses {@code bytes} (the encoding is the XML declaration's or the byte order mark's, as XML says).
     *
     * @throws RejectedFileException {@link RejectReason#UNSAFE_XML} for a document with a DOCTYPE,
     *     {@link RejectReason#MALFORMED} for one that is not well-formed XML
     */
    public static Document parse(final byte[] bytes) throws RejectedFileException {
        if (XmlProlog.of(bytes).hasDoctype()) {
            throw doctype();
        }
        try {
            final DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity " + systemId + " refused: ingest never resolves entities");
            });
            builder.setErrorHandler(new Strict());
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                return builder.parse(new InputSource(in));
            }
        } catch (final SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
                throw doctype();
            }
            throw new RejectedFileException(
                    RejectReason.MALFORMED,
                    "not well-formed XML at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                            + e.getMessage());
        } catch (final SAXException e) {
            throw new RejectedFileException(RejectReason.MALFORMED, "not well-formed XML: " + e.getMessage());
        } catch (final ParserConfigurationException | IOException e) {
            throw new IllegalStateException("Parsing XML held in memory failed: " + e.getMessage(), e);
        }
    }

    private static RejectedFileException doctype() {
        return new RejectedFileException(
                RejectReason.UNSAFE_XML,
                "the document has a <!DOCTYPE> declaration; "
                        + "ingest refuses DTDs, so no entity (external or expanding) is ever resolved");
    }

    /** Warnings are ignored; errors, which a non-validating parser would otherwise only report, end the parse. */
    private static final class Strict implements ErrorHandler {
        @Override
        public void warning(final SAXParseException exception) {
            // a warning never means the document was read wrong
        }

        @Override
        public void error(final SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(final SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
