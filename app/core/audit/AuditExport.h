#pragma once

#include "../Result.h"
#include "AuditEvent.h"
#include "AuditQuery.h"

#include <QIODevice>
#include <QList>

#include <functional>
#include <optional>

namespace keyturn {

class Database;

/// The two export formats. Both carry every stored field verbatim, so an export reads back into exactly the events
/// of the table, and each row's hash can be recomputed from it (SHA-256 of prev_hash followed by canonicalJson()).
///
/// CSV (RFC 4180, UTF-8 without BOM, CRLF line ends): a header row
///   id,at,actor,action,target_type,target_id,key_version,old_fingerprint,new_fingerprint,details,prev_hash,hash
/// one row per event (at: ISO 8601 UTC with milliseconds; key_version empty when none; details: the stored JSON text),
/// and as the last line the chain head at the time of the export: `# head,<id>,<hash>`.
/// Values are kept exactly as stored, including cells that begin with = + - @: the file is data, not a spreadsheet;
/// import it with every column as text rather than opening it as a formula file.
///
/// JSON Lines (UTF-8, LF): one object per event with the same keys in the same order (details as a JSON string holding
/// the stored JSON text, key_version a number or null), then `{"head_id":<id>,"head_hash":"<hash>"}`.
enum class AuditExportFormat
{
    Csv,
    JsonLines
};

/// "csv" or "jsonl" (also "json-lines", "ndjson"); nullopt for anything else.
std::optional<AuditExportFormat> auditExportFormatFromString(const QString &name);
/// "csv" or "jsonl".
QString auditExportExtension(AuditExportFormat format);

/// What an export wrote.
struct AuditExportSummary
{
    qint64 rows = 0;
    qint64 headId = 0; ///< the chain head written as the last line (the log's head when the export began)
    QByteArray headHash;
    qint64 bytes = 0;
};

/// Called every few thousand rows with the rows written so far; returning false cancels the export.
using AuditExportProgress = std::function<bool(qint64 rows)>;

/// Streams the filtered history (events up to the head read at the start, in id order) to `out`, never holding more
/// than one row and an output buffer. On failure `out` may hold part of the export.
Result<AuditExportSummary> writeAuditExport(const Database &db, const AuditFilter &filter, AuditExportFormat format,
                                            QIODevice &out, const AuditExportProgress &progress = {});
/// The same into `path`: written to a temporary file beside it and renamed into place only once complete, so the
/// file is either the whole export or left as it was.
Result<AuditExportSummary> exportAuditToFile(const Database &db, const AuditFilter &filter, AuditExportFormat format,
                                             const QString &path, const AuditExportProgress &progress = {});

/// Reads an export back, one event at a time; the format is recognised from the first byte.
class AuditExportReader
{
public:
    explicit AuditExportReader(QIODevice &in);

    /// The next event; nullopt after the last one, or on an error (then status() says what and where).
    std::optional<AuditEvent> next();
    /// A malformed file is an Error naming the line.
    Result<void> status() const { return m_status; }
    AuditExportFormat format() const { return m_format; }
    /// The line the last event started on (1-based), for messages.
    qint64 line() const { return m_recordLine; }
    /// After next() returned nullopt: whether the file ended with its head line, and what it says.
    bool hasHead() const { return m_hasHead; }
    qint64 headId() const { return m_headId; }
    QByteArray headHash() const { return m_headHash; }

private:
    bool fill();
    int get();
    bool readCsvRecord(QList<QByteArray> &fields);
    bool readLine(QByteArray &line);
    std::optional<AuditEvent> nextCsv();
    std::optional<AuditEvent> nextJson();
    void fail(const QString &message);

    QIODevice &m_in;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    AuditExportFormat m_format = AuditExportFormat::Csv;
    bool m_started = false;
    bool m_done = false;
    Result<void> m_status;
    qint64 m_lineNo = 1;
    qint64 m_recordLine = 0;
    bool m_hasHead = false;
    qint64 m_headId = 0;
    QByteArray m_headHash;
};

/// An export read back whole (for small exports and tests).
struct AuditExportContents
{
    AuditExportFormat format = AuditExportFormat::Csv;
    QList<AuditEvent> events;
    bool hasHead = false;
    qint64 headId = 0;
    QByteArray headHash;
};
Result<AuditExportContents> readAuditExport(const QString &path);

/// What checking an export found.
struct AuditExportCheck
{
    bool ok = true;
    qint64 rows = 0;
    qint64 linksChecked = 0; ///< pairs of consecutive ids whose link (prev_hash = hash before) was checked
    qint64 firstBadId = 0;   ///< the first event that fails; 0 when ok (or when the file as a whole fails)
    qint64 firstBadLine = 0;
    QString problem;
    qint64 headId = 0;
    QByteArray headHash;
    /// The rows are the whole chain: #1 from the genesis hash, every id following the one before, the last one the
    /// head. (A filtered export checks each row's hash and the links between the consecutive ids it holds.)
    bool completeChain = false;
};

/// Recomputes every row's hash from its fields, checks the links between consecutive ids, the order, and the head
/// line (present, and matching the row with its id when the export holds it). An unreadable or malformed file is an
/// Error; an export that fails a check is a result with ok false naming the first bad event.
Result<AuditExportCheck> checkAuditExport(const QString &path);
/// The same over an open device (streamed).
Result<AuditExportCheck> checkAuditExport(QIODevice &in);

} // namespace keyturn
