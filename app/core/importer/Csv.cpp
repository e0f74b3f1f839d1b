#include "Csv.h"

#include <QCoreApplication>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::Csv", text);
}
} // namespace

CsvDocument parseCsv(const QString &text)
{
    CsvDocument doc;
    CsvRecord record;
    QString cell;
    int line = 1;
    int cellLine = 1;
    bool quoted = false;     // inside a quoted cell
    bool wasQuoted = false;  // the current cell was quoted (and its closing quote seen)
    bool recordEmpty = true; // nothing seen on this record yet
    int quoteOpenedLine = 0;
    bool junkReported = false;

    const auto endCell = [&] {
        record.cells.append(CsvCell{cell, cellLine});
        cell.clear();
        wasQuoted = false;
        cellLine = line;
    };
    const auto endRecord = [&] {
        if (!recordEmpty) {
            endCell();
            doc.records.append(record);
        }
        record = CsvRecord{};
        cell.clear();
        wasQuoted = false;
        recordEmpty = true;
        junkReported = false;
    };

    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                // CRLF inside a quoted cell is kept as a plain line break
                if (!(ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    cell += ch;
            }
            continue;
        }
        if (ch == QLatin1Char(',')) {
            if (recordEmpty) {
                recordEmpty = false;
                record.line = line;
            }
            endCell();
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            cellLine = line;
        } else if (ch == QLatin1Char('"')) {
            if (recordEmpty) {
                recordEmpty = false;
                record.line = line;
            }
            if (cell.trimmed().isEmpty() && !wasQuoted) {
                cell.clear();
                quoted = true;
                quoteOpenedLine = line;
                cellLine = line;
            } else if (!junkReported) {
                doc.problems.append(
                    CsvProblem{line, tr("a quote inside an unquoted cell; quote the whole cell and double the quote "
                                        "(\"say \"\"hi\"\"\")")});
                junkReported = true;
            }
        } else {
            if (recordEmpty) {
                recordEmpty = false;
                record.line = line;
                cellLine = line;
            }
            if (wasQuoted) {
                if (!ch.isSpace() && !junkReported) {
                    doc.problems.append(
                        CsvProblem{line, tr("text after the closing quote of a cell; a quote inside a quoted cell is "
                                            "written twice (\"\")")});
                    junkReported = true;
                }
                continue;
            }
            cell += ch;
        }
    }
    if (quoted) {
        doc.problems.append(CsvProblem{quoteOpenedLine, tr("a quoted cell starts here and is never closed")});
        recordEmpty = false;
    }
    endRecord();
    return doc;
}

QString csvCell(const QString &text)
{
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needsQuotes)
        return text;
    QString out = text;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString csvRecord(const QStringList &cells)
{
    QString out;
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += csvCell(cells.at(i));
    }
    out += QStringLiteral("\r\n");
    return out;
}

} // namespace keyturn
