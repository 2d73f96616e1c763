package io.sidebench.logic.prompts;

import io.sidebench.logic.prompts.SourceRecords.Row;
import io.sidebench.logic.prompts.SourceRecords.RowSink;
import io.sidebench.logic.prompts.SourceRecords.StopRows;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an Excel workbook (.xlsx), streamed row by row with POI's SAX event reader: every
 * non-blank row with its spreadsheet row number, cells by column (gaps as ""). Errors name the row and column.
 * The prompt import and the answer import both read workbooks through it.
 */
final class XlsxRows {
    private XlsxRows() {
    }

    static void read(Path file, int maxChars, RowSink sink) throws ImportException {
        String name = ImportFiles.name(file);
        SheetRows rows = new SheetRows(name, maxChars, sink);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportException.at(name, 1, "the workbook has no worksheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = org.apache.poi.util.XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, rows,
                        new DataFormatter(), false));
                xml.parse(new InputSource(sheet));
            }
        } catch (SheetFailure f) {
            throw f.failure;
        } catch (StopRows stop) {
            throw stop;
        } catch (SAXException e) {
            if (e.getException() instanceof SheetFailure f) {
                throw f.failure;
            }
            if (e.getException() instanceof StopRows stop) {
                throw stop;
            }
            throw unreadable(name, e);
        } catch (ImportException e) {
            throw e;
        } catch (Exception e) {
            // POI reports damaged packages with assorted exceptions
            throw unreadable(name, e);
        }
    }

    private static ImportException unreadable(String name, Exception e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new ImportException(name, 1, 0, "not a readable .xlsx workbook (" + why + ")", e);
    }

    private static final class SheetFailure extends RuntimeException {
        final transient ImportException failure;

        SheetFailure(ImportException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String name;
        private final int maxChars;
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private int row;

        SheetRows(String name, int maxChars, RowSink sink) {
            this.name = name;
            this.maxChars = maxChars;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            row = rowNum + 1;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            if (col > 16_384) {
                throw new SheetFailure(ImportException.at(name, row, "cell beyond the last Excel column"));
            }
            if (value != null && value.length() > maxChars) {
                throw new SheetFailure(new ImportException(name, row, col + 1, "cell text is longer than " + maxChars
                        + " characters"));
            }
            while (cells.size() <= col) {
                cells.add("");
            }
            cells.set(col, value == null ? "" : value);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            try {
                sink.row(new Row(rowNum + 1, List.copyOf(cells)));
            } catch (ImportException e) {
                throw new SheetFailure(e);
            }
        }
    }
}
