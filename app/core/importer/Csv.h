#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace keyturn {

/// One CSV cell and the (1-based) line of the file where it starts.
struct CsvCell
{
    QString text;
    int line = 0;
};

/// One record (row) of a CSV file; `line` is where it starts (a quoted cell may span several lines).
struct CsvRecord
{
    int line = 0;
    QList<CsvCell> cells;
};

/// A problem the reader found, with the line it is on.
struct CsvProblem
{
    int line = 0;
    QString message;
};

struct CsvDocument
{
    QList<CsvRecord> records; ///< blank lines are skipped
    QList<CsvProblem> problems;
};

/// RFC 4180: comma-separated, records end with CRLF or LF, a quoted cell may hold commas, newlines and doubled quotes.
CsvDocument parseCsv(const QString &text);

/// One cell, quoted when it holds a comma, a quote, a line break or leading/trailing spaces.
QString csvCell(const QString &text);
/// One record, cells quoted as needed, ending with CRLF (RFC 4180).
QString csvRecord(const QStringList &cells);

} // namespace keyturn
