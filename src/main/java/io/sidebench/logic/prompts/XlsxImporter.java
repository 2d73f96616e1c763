package io.sidebench.logic.prompts;

import io.sidebench.model.Prompt;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an Excel workbook (.xlsx), read row by row with POI's SAX event reader so large
 * sheets stream. The first non-empty row is the header; errors name the spreadsheet row and column.
 */
public final class XlsxImporter implements PromptImporter {
    @Override
    public ImportFormat format() {
        return ImportFormat.XLSX;
    }

    @Override
    public void read(Path file, ImportOptions options, Consumer<Prompt> sink) throws ImportException {
        String name = ImportFiles.name(file);
        if (Files.isDirectory(file)) {
            throw ImportException.ofFile(name, "is a folder, not a prompt file", null);
        }
        if (!Files.isRegularFile(file)) {
            throw ImportException.ofFile(name, "no such file", null);
        }
        RowHandler rows = new RowHandler(name, options, sink);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportException.at(name, 1, "the workbook has no worksheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (SAXException e) {
            ImportException inner = ImportFiles.findCause(e, ImportException.class);
            if (inner == null && e.getException() instanceof ImportException) {
                inner = (ImportException) e.getException();
            }
            throw inner != null ? inner : unreadable(name, e);
        } catch (Failure f) {
            throw f.cause;
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | RecordFormatException
                 | IllegalArgumentException | IllegalStateException | UnsupportedOperationException
                 | ClassCastException | IndexOutOfBoundsException e) {
            // POI reports damaged packages with assorted runtime exceptions
            throw unreadable(name, e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw unreadable(name, e);
        }
        rows.finish();
    }

    private static ImportException unreadable(String name, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new ImportException(name, 1, 0, "not a readable .xlsx workbook (" + why + ")", e);
    }

    /** Carries an ImportException out of POI's callbacks, which cannot throw checked exceptions. */
    private static final class Failure extends RuntimeException {
        final transient ImportException cause;

        Failure(ImportException cause) {
            super(cause.getMessage(), null, false, false);
            this.cause = cause;
        }
    }

    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final ImportOptions options;
        private final PromptEmitter emitter;
        private final List<String> cells = new ArrayList<>();
        private TabularMapper mapper;
        private int lastRow;

        RowHandler(String name, ImportOptions options, Consumer<Prompt> sink) {
            this.name = name;
            this.options = options;
            this.emitter = new PromptEmitter(name, options.variables(), sink);
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            lastRow = rowNum + 1;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            if (col > 16_384) {
                throw new Failure(ImportException.at(name, lastRow, "cell beyond the last Excel column"));
            }
            while (cells.size() < col) {
                cells.add("");
            }
            if (value != null && value.length() > options.maxLineChars()) {
                throw new Failure(new ImportException(name, lastRow, col + 1, "cell text is longer than "
                        + options.maxLineChars() + " characters"));
            }
            if (cells.size() == col) {
                cells.add(value == null ? "" : value);
            } else {
                cells.set(col, value == null ? "" : value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            try {
                if (mapper == null) {
                    mapper = new TabularMapper(name, rowNum + 1, List.copyOf(cells), options.columns(),
                            options.hints());
                } else {
                    emitter.emit(mapper.map(rowNum + 1, cells), rowNum + 1, 0);
                }
            } catch (ImportException e) {
                throw new Failure(e);
            }
        }

        void finish() throws ImportException {
            if (mapper == null) {
                throw ImportException.at(name, 1, "the first worksheet is empty: expected a header row such as prompt, reference");
            }
            if (emitter.count() == 0) {
                throw ImportException.at(name, lastRow + 1, "no prompts: the worksheet has a header row but no data rows");
            }
        }
    }
}
