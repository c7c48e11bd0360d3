package org.outreach.warehouse.pack;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What SODS 1.8 cannot write into an OpenDocument spreadsheet, added to the file it saved:
 * number formats on the figures, each table as a named database range with a header row
 * (LibreOffice's marked-up table), the contents' links to their sheets, and the frozen rows
 * down to each table's header (settings.xml). The cells themselves are left as SODS wrote
 * them, so the figures are untouched.
 */
final class OdsMarkup {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0";
    static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    static final String SETTINGS = "settings.xml";

    private OdsMarkup() {
    }

    static void apply(Path file, PackWorkbook pack) throws IOException {
        Map<String, byte[]> entries = read(file);
        try {
            Document content = parse(entries.get("content.xml"));
            numberStyles(content);
            NodeList sheets = content.getElementsByTagNameNS(TABLE, "table");
            // Sheet 0 is the cover; the tables follow in the workbook's order.
            for (int i = 0; i < pack.tables().size(); i++) {
                cells((Element) sheets.item(i + 1), pack.tables().get(i));
            }
            databaseRanges(content, pack.tables());
            entries.put("content.xml", serialise(content));
            entries.put(SETTINGS, settings(pack.tables()));
            Document manifest = parse(entries.get("META-INF/manifest.xml"));
            Element entry = manifest.createElementNS(MANIFEST, "manifest:file-entry");
            entry.setAttributeNS(MANIFEST, "manifest:full-path", SETTINGS);
            entry.setAttributeNS(MANIFEST, "manifest:media-type", "text/xml");
            manifest.getDocumentElement().appendChild(entry);
            entries.put("META-INF/manifest.xml", serialise(manifest));
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("cannot mark up " + file + ": " + e.getMessage(), e);
        }
        write(file, entries);
    }

    /** The cell style of a figure shown in a format, as this file names it. */
    static String styleName(NumberFormat format) {
        return "pack-" + format.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void numberStyles(Document content) {
        Element styles = (Element) content.getElementsByTagNameNS(OFFICE, "automatic-styles").item(0);
        for (NumberFormat format : NumberFormat.values()) {
            String dataStyle = styleName(format) + "-number";
            Element number = switch (format) {
                case PERCENT -> content.createElementNS(NUMBER, "number:percentage-style");
                case POUNDS -> content.createElementNS(NUMBER, "number:currency-style");
                default -> content.createElementNS(NUMBER, "number:number-style");
            };
            number.setAttributeNS(STYLE, "style:name", dataStyle);
            if (format == NumberFormat.POUNDS) {
                Element symbol = content.createElementNS(NUMBER, "number:currency-symbol");
                symbol.setAttributeNS(NUMBER, "number:language", "en");
                symbol.setAttributeNS(NUMBER, "number:country", "GB");
                symbol.setTextContent("£");
                number.appendChild(symbol);
            }
            Element digits = content.createElementNS(NUMBER, "number:number");
            int decimals = switch (format) {
                case COUNT, WHOLE -> 0;
                case PERCENT -> 1;
                case DECIMAL, POUNDS -> 2;
            };
            digits.setAttributeNS(NUMBER, "number:decimal-places", Integer.toString(decimals));
            digits.setAttributeNS(NUMBER, "number:min-decimal-places", Integer.toString(decimals));
            digits.setAttributeNS(NUMBER, "number:min-integer-digits", "1");
            digits.setAttributeNS(NUMBER, "number:grouping", Boolean.toString(format != NumberFormat.WHOLE
                    && format != NumberFormat.PERCENT));
            number.appendChild(digits);
            if (format == NumberFormat.PERCENT) {
                Element percent = content.createElementNS(NUMBER, "number:text");
                percent.setTextContent("%");
                number.appendChild(percent);
            }
            styles.appendChild(number);
            Element cell = content.createElementNS(STYLE, "style:style");
            cell.setAttributeNS(STYLE, "style:name", styleName(format));
            cell.setAttributeNS(STYLE, "style:family", "table-cell");
            cell.setAttributeNS(STYLE, "style:data-style-name", dataStyle);
            Element properties = content.createElementNS(STYLE, "style:table-cell-properties");
            properties.setAttributeNS(STYLE, "style:vertical-align", "top");
            cell.appendChild(properties);
            styles.appendChild(cell);
        }
    }

    /** Formats the figures and links the links, walking the table's cells as SODS wrote them. */
    private static void cells(Element sheet, TableSheet table) {
        List<Element> rows = children(sheet, "table-row");
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> values = table.rows().get(r);
            List<Element> cells = unrepeated(rows.get(table.headerRow() + 1 + r));
            for (int c = 0; c < values.size(); c++) {
                if (values.get(c) instanceof Figure figure) {
                    cells.get(c).setAttributeNS(TABLE, "table:style-name", styleName(figure.format()));
                } else if (values.get(c) instanceof SheetLink link) {
                    link(cells.get(c), link);
                }
            }
        }
    }

    /**
     * A row's cells one element each: SODS writes equal neighbours (a numerator and a
     * denominator of 15) as one repeated cell, which two formats could not share.
     */
    private static List<Element> unrepeated(Element row) {
        for (Element cell : children(row, "table-cell")) {
            String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
            if (!repeated.isEmpty()) {
                cell.removeAttributeNS(TABLE, "number-columns-repeated");
                for (int copy = 1; copy < Integer.parseInt(repeated); copy++) {
                    row.insertBefore(cell.cloneNode(true), cell.getNextSibling());
                }
            }
        }
        return children(row, "table-cell");
    }

    private static void link(Element cell, SheetLink link) {
        Document document = cell.getOwnerDocument();
        Element paragraph = (Element) cell.getElementsByTagNameNS(TEXT, "p").item(0);
        while (paragraph.getFirstChild() != null) {
            paragraph.removeChild(paragraph.getFirstChild());
        }
        Element anchor = document.createElementNS(TEXT, "text:a");
        anchor.setAttributeNS(XLINK, "xlink:type", "simple");
        anchor.setAttributeNS(XLINK, "xlink:href", "#" + link.sheet() + ".A1");
        anchor.setTextContent(link.sheet());
        paragraph.appendChild(anchor);
    }

    /** Each table as LibreOffice marks one up: a named range whose first row is the header, with filter buttons. */
    private static void databaseRanges(Document content, List<TableSheet> tables) {
        Element spreadsheet = (Element) content.getElementsByTagNameNS(OFFICE, "spreadsheet").item(0);
        Element ranges = content.createElementNS(TABLE, "table:database-ranges");
        for (TableSheet table : tables) {
            Element range = content.createElementNS(TABLE, "table:database-range");
            range.setAttributeNS(TABLE, "table:name", table.tableName());
            range.setAttributeNS(TABLE, "table:target-range-address", address(table));
            range.setAttributeNS(TABLE, "table:contains-header", "true");
            range.setAttributeNS(TABLE, "table:display-filter-buttons", "true");
            ranges.appendChild(range);
        }
        spreadsheet.appendChild(ranges);
    }

    /** The table's cells in OpenDocument's notation: 'Sheet'.A6:'Sheet'.L20. */
    static String address(TableSheet table) {
        String sheet = "'" + table.name().replace("'", "''") + "'.";
        return sheet + "A" + (table.headerRow() + 1) + ":" + sheet
                + org.apache.poi.ss.util.CellReference.convertNumToColString(table.header().size() - 1)
                + (table.lastRow() + 1);
    }

    /** The rows down to each table's header stay in view as the table scrolls (LibreOffice's view settings). */
    private static byte[] settings(List<TableSheet> tables) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-settings xmlns:office=\"" + OFFICE + "\" xmlns:config=\"" + CONFIG
                + "\" office:version=\"1.2\"><office:settings><config:config-item-set config:name=\"ooo:view-settings\">"
                + "<config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>"
                + "<config:config-item config:name=\"ViewId\" config:type=\"string\">view1</config:config-item>"
                + "<config:config-item-map-named config:name=\"Tables\">");
        for (TableSheet table : tables) {
            int frozen = table.headerRow() + 1;
            xml.append("<config:config-item-map-entry config:name=\"").append(escape(table.name())).append("\">")
                    .append(item("VerticalSplitMode", "short", 2))
                    .append(item("VerticalSplitPosition", "int", frozen))
                    .append(item("ActiveSplitRange", "short", 2))
                    .append(item("PositionTop", "int", 0))
                    .append(item("PositionBottom", "int", frozen))
                    .append("</config:config-item-map-entry>");
        }
        xml.append("</config:config-item-map-named></config:config-item-map-entry></config:config-item-map-indexed>"
                + "</config:config-item-set></office:settings></office:document-settings>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String item(String name, String type, int value) {
        return "<config:config-item config:name=\"" + name + "\" config:type=\"" + type + "\">" + value
                + "</config:config-item>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new java.util.ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && TABLE.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }

    static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static byte[] serialise(Document document) throws TransformerException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(out));
        return out.toByteArray();
    }

    private static Map<String, byte[]> read(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** OpenDocument wants the mimetype entry first and stored uncompressed, so a reader can sniff it. */
    private static void write(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = entries.remove("mimetype");
            ZipEntry stored = new ZipEntry("mimetype");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(mimetype);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }
}
