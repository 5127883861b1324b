#!/usr/bin/python3
"""Builds the .xlsx test fixture from a folder of ','-CSV files with LibreOffice Calc (a real spreadsheet
program), so the reader is tested on a workbook written by an office suite, not by our own writer.

Usage: soffice --headless --accept="socket,host=127.0.0.1,port=2002;urp;" &
       /usr/bin/python3 csv_folder_to_xlsx.py FOLDER OUT.xlsx
Needs Debian's libreoffice-calc-nogui and python3-uno. Calc's CSV import types each cell (numbers, text,
booleans) as Excel does when a user opens the CSV.
"""
import os
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect():
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(60):
        try:
            ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext")
            return ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            time.sleep(1)
    raise SystemExit("LibreOffice did not answer on port 2002")


def main(folder, out):
    desktop = connect()
    target = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
    sheets = target.Sheets
    order = ["parts", "suppliers", "sourcing", "tooling"]
    for index, name in enumerate(order):
        path = os.path.join(folder, name + ".csv")
        if not os.path.exists(path):
            continue
        # 44 = ',' separator, 34 = '"' quote, 76 = UTF-8, 1 = first line; detect special numbers off
        src = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0,
                                           (prop("Hidden", True), prop("FilterName", "Text - txt - csv (StarCalc)"),
                                            prop("FilterOptions", "44,34,76,1,,1033")))
        data = src.Sheets.getByIndex(0).getCellRangeByName("A1:Z200")
        if index == 0:
            sheets.getByIndex(0).setName(name)
        else:
            sheets.insertNewByName(name, index)
        dest = sheets.getByName(name)
        cursor = src.Sheets.getByIndex(0).createCursor()
        cursor.gotoEndOfUsedArea(False)
        rows, cols = cursor.RangeAddress.EndRow + 1, cursor.RangeAddress.EndColumn + 1
        for r in range(rows):
            for c in range(cols):
                s = src.Sheets.getByIndex(0).getCellByPosition(c, r)
                d = dest.getCellByPosition(c, r)
                kind = s.getType().value
                if kind == "VALUE":
                    d.setValue(s.getValue())
                elif kind == "TEXT":
                    d.setString(s.getString())
        src.close(True)
    target.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)),
                      (prop("FilterName", "Calc MS Excel 2007 XML"),))
    target.close(True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
