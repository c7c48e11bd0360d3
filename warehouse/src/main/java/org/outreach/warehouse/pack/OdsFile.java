package org.outreach.warehouse.pack;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** indicators.ods, the open format government guidance asks for beside Excel's. */
final class OdsFile {

    private OdsFile() {
    }

    static void write(Path file, List<SheetTable> tables) throws IOException {
        SpreadSheet spreadsheet = new SpreadSheet();
        for (SheetTable table : tables) {
            int columns = table.header().size();
            Object[][] values = new Object[table.rows().size() + 1][];
            values[0] = table.header().toArray();
            for (int r = 0; r < table.rows().size(); r++) {
                values[r + 1] = table.rows().get(r).toArray();
            }
            Sheet sheet = new Sheet(table.name(), values.length, columns);
            sheet.getDataRange().setValues(values);
            spreadsheet.appendSheet(sheet);
        }
        spreadsheet.save(file.toFile());
    }
}
