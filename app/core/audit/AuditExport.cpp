#include "AuditExport.h"
#include "core/Translate.h"

#include "../store/Database.h"
#include "AuditLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>

#include <cmath>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return translateIn({"keyturn::AuditExport", "keyturn::AuditExportReader"}, text);
}

const char *const kCsvHeader =
    "id,at,actor,action,target_type,target_id,key_version,old_fingerprint,new_fingerprint,details,prev_hash,hash";
const QList<QByteArray> kColumns = QByteArray(kCsvHeader).split(',');
constexpr qsizetype kFlushBytes = 1 << 20;
constexpr qint64 kProgressEvery = 8192;

void appendNumber(std::string &out, qint64 value)
{
    out += std::to_string(value);
}

void appendCsv(std::string &out, QByteArrayView value)
{
    bool quote = false;
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        out.append(value.data(), size_t(value.size()));
        return;
    }
    out += '"';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendCsvRow(std::string &out, const AuditEventView &e)
{
    appendNumber(out, e.id);
    out += ',';
    appendIsoUtc(out, e.atMs);
    out += ',';
    appendCsv(out, e.actor);
    out += ',';
    appendCsv(out, e.action);
    out += ',';
    appendCsv(out, e.targetType);
    out += ',';
    appendCsv(out, e.targetId);
    out += ',';
    if (e.hasKeyVersion)
        appendNumber(out, e.keyVersion);
    out += ',';
    appendCsv(out, e.oldFingerprint);
    out += ',';
    appendCsv(out, e.newFingerprint);
    out += ',';
    appendCsv(out, e.details);
    out += ',';
    appendCsv(out, e.prevHash);
    out += ',';
    appendCsv(out, e.hash);
    out += "\r\n";
}

void appendJsonRow(std::string &out, const AuditEventView &e)
{
    out += "{\"id\":";
    appendNumber(out, e.id);
    out += ",\"at\":\"";
    appendIsoUtc(out, e.atMs);
    out += "\",\"actor\":";
    appendJsonString(out, e.actor);
    out += ",\"action\":";
    appendJsonString(out, e.action);
    out += ",\"target_type\":";
    appendJsonString(out, e.targetType);
    out += ",\"target_id\":";
    appendJsonString(out, e.targetId);
    out += ",\"key_version\":";
    if (e.hasKeyVersion)
        appendNumber(out, e.keyVersion);
    else
        out += "null";
    out += ",\"old_fingerprint\":";
    appendJsonString(out, e.oldFingerprint);
    out += ",\"new_fingerprint\":";
    appendJsonString(out, e.newFingerprint);
    out += ",\"details\":";
    appendJsonString(out, e.details);
    out += ",\"prev_hash\":";
    appendJsonString(out, e.prevHash);
    out += ",\"hash\":";
    appendJsonString(out, e.hash);
    out += "}\n";
}

bool flush(QIODevice &out, std::string &buffer, qint64 &bytes)
{
    if (buffer.empty())
        return true;
    const qint64 written = out.write(buffer.data(), qint64(buffer.size()));
    if (written != qint64(buffer.size()))
        return false;
    bytes += written;
    buffer.clear();
    return true;
}

bool isHex64(QByteArrayView text)
{
    if (text.size() != 64)
        return false;
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

std::optional<qint64> strictInteger(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '-' && i == 0 && text.size() > 1)
            continue;
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return text.front() == '-' ? -value : value;
}

/// A stored time back from its export text; only the exact text isoUtc() writes is accepted, so the hash input is
/// the same.
std::optional<QDateTime> exactTime(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || isoUtc(at) != text)
        return std::nullopt;
    return at.toUTC();
}
} // namespace

std::optional<AuditExportFormat> auditExportFormatFromString(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("csv"))
        return AuditExportFormat::Csv;
    if (n == QLatin1String("jsonl") || n == QLatin1String("json-lines") || n == QLatin1String("ndjson"))
        return AuditExportFormat::JsonLines;
    return std::nullopt;
}

QString auditExportExtension(AuditExportFormat format)
{
    return format == AuditExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}

Result<AuditExportSummary> writeAuditExport(const Database &db, const AuditFilter &filter, AuditExportFormat format,
                                            QIODevice &out, const AuditExportProgress &progress)
{
    AuditExportSummary summary;
    {
        // The head first: rows appended while the export runs lie beyond it and are left out.
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
        if (auto r = Database::exec(q); !r)
            return r.error();
        if (!q.next())
            return Error{
                tr("the audit log's head record is missing (the log was tampered with); nothing was exported")};
        summary.headId = q.value(0).toLongLong();
        summary.headHash = q.value(1).toString().toLatin1();
    }
    std::string buffer;
    buffer.reserve(size_t(kFlushBytes) + 65536);
    if (format == AuditExportFormat::Csv) {
        buffer += kCsvHeader;
        buffer += "\r\n";
    }
    bool writeFailed = false;
    bool cancelled = false;
    AuditQuery query(db);
    // An empty head means an empty log: any row would lie beyond it.
    auto visited = summary.headId == 0
                       ? Result<qint64>(qint64(0))
                       : query.forEach(
                             filter,
                             [&](const AuditEventView &e) {
                                 if (format == AuditExportFormat::Csv)
                                     appendCsvRow(buffer, e);
                                 else
                                     appendJsonRow(buffer, e);
                                 ++summary.rows;
                                 if (qsizetype(buffer.size()) >= kFlushBytes && !flush(out, buffer, summary.bytes)) {
                                     writeFailed = true;
                                     return false;
                                 }
                                 if (progress && summary.rows % kProgressEvery == 0 && !progress(summary.rows)) {
                                     cancelled = true;
                                     return false;
                                 }
                                 return true;
                             },
                             summary.headId);
    if (!visited)
        return visited.error();
    if (cancelled)
        return Error{tr("the export was cancelled after %1 events").arg(summary.rows)};
    if (format == AuditExportFormat::Csv) {
        buffer += "# head,";
        appendNumber(buffer, summary.headId);
        buffer += ',';
        buffer.append(summary.headHash.constData(), size_t(summary.headHash.size()));
        buffer += "\r\n";
    } else {
        buffer += "{\"head_id\":";
        appendNumber(buffer, summary.headId);
        buffer += ",\"head_hash\":";
        appendJsonString(buffer, summary.headHash);
        buffer += "}\n";
    }
    if (writeFailed || !flush(out, buffer, summary.bytes))
        return Error{tr("cannot write the export: %1").arg(out.errorString())};
    if (progress)
        progress(summary.rows);
    return summary;
}

Result<AuditExportSummary> exportAuditToFile(const Database &db, const AuditFilter &filter, AuditExportFormat format,
                                             const QString &path, const AuditExportProgress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot write %1: %2; nothing was exported").arg(path, file.errorString())};
    auto summary = writeAuditExport(db, filter, format, file, progress);
    if (!summary) {
        file.cancelWriting();
        return Error{summary.errorMessage() + tr("; %1 was left as it was").arg(path)};
    }
    if (!file.commit())
        return Error{tr("cannot write %1: %2; it was left as it was").arg(path, file.errorString())};
    return summary;
}

// ---- reading back

AuditExportReader::AuditExportReader(QIODevice &in) : m_in(in) {}

void AuditExportReader::fail(const QString &message)
{
    if (m_status)
        m_status = Error{message};
    m_done = true;
}

bool AuditExportReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos >= m_buffer.size()) {
        m_buffer = m_in.read(1 << 20);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            m_eof = true;
            return false;
        }
    }
    return true;
}

int AuditExportReader::get()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    const auto c = static_cast<unsigned char>(m_buffer.at(m_pos++));
    if (c == '\n')
        ++m_lineNo;
    return c;
}

bool AuditExportReader::readLine(QByteArray &line)
{
    line.clear();
    int c = get();
    if (c < 0)
        return false;
    while (c >= 0 && c != '\n') {
        line += char(c);
        c = get();
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return true;
}

bool AuditExportReader::readCsvRecord(QList<QByteArray> &fields)
{
    fields.clear();
    int c = get();
    if (c < 0)
        return false;
    QByteArray field;
    for (;;) {
        if (c == '"') {
            // quoted field: "" is a quote; it ends at a quote followed by a comma or the end of the record
            for (;;) {
                c = get();
                if (c < 0) {
                    fail(tr("line %1: a quoted value is not closed").arg(m_recordLine));
                    return false;
                }
                if (c == '"') {
                    c = get();
                    if (c == '"') {
                        field += '"';
                        continue;
                    }
                    break;
                }
                field += char(c);
            }
            if (c == '\r')
                c = get();
            if (c >= 0 && c != ',' && c != '\n') {
                fail(tr("line %1: unexpected text after a quoted value").arg(m_lineNo));
                return false;
            }
        } else {
            while (c >= 0 && c != ',' && c != '\n') {
                if (c == '"') {
                    fail(tr("line %1: a quote inside an unquoted value").arg(m_lineNo));
                    return false;
                }
                field += char(c);
                c = get();
            }
            if (c == '\n' && field.endsWith('\r'))
                field.chop(1);
        }
        fields << field;
        field.clear();
        if (c == ',') {
            c = get();
            continue;
        }
        return true; // end of line or of file
    }
}

std::optional<AuditEvent> AuditExportReader::next()
{
    if (m_done || !m_status)
        return std::nullopt;
    if (!m_started) {
        m_started = true;
        if (!fill()) {
            fail(tr("the file is empty: it is not an audit export"));
            return std::nullopt;
        }
        m_format = m_buffer.at(m_pos) == '{' ? AuditExportFormat::JsonLines : AuditExportFormat::Csv;
        if (m_format == AuditExportFormat::Csv) {
            QList<QByteArray> header;
            m_recordLine = m_lineNo;
            if (!readCsvRecord(header) || header != kColumns) {
                fail(tr("line 1 is not the header of an audit export (%1)").arg(QLatin1String(kCsvHeader)));
                return std::nullopt;
            }
        }
    }
    auto event = m_format == AuditExportFormat::Csv ? nextCsv() : nextJson();
    if (!event && m_status && !m_hasHead)
        fail(tr("the export ends without its head line: it is incomplete"));
    return event;
}

std::optional<AuditEvent> AuditExportReader::nextCsv()
{
    QList<QByteArray> f;
    for (;;) {
        m_recordLine = m_lineNo;
        if (!readCsvRecord(f)) {
            m_done = true;
            return std::nullopt;
        }
        if (m_hasHead) {
            if (f.size() == 1 && f.first().isEmpty())
                continue; // a blank line at the end
            fail(tr("line %1: text after the head line").arg(m_recordLine));
            return std::nullopt;
        }
        if (f.value(0) == "# head") {
            const auto id = strictInteger(f.value(1));
            if (f.size() != 3 || !id || !isHex64(f.value(2))) {
                fail(tr("line %1: the head line is not '# head,<id>,<hash>'").arg(m_recordLine));
                return std::nullopt;
            }
            m_hasHead = true;
            m_headId = *id;
            m_headHash = f.value(2);
            continue;
        }
        break;
    }
    if (f.size() != kColumns.size()) {
        fail(tr("line %1: %2 values where an event has %3").arg(m_recordLine).arg(f.size()).arg(kColumns.size()));
        return std::nullopt;
    }
    AuditEvent e;
    const auto id = strictInteger(f.at(0));
    const auto at = exactTime(QString::fromUtf8(f.at(1)));
    std::optional<qint64> version;
    if (!f.at(6).isEmpty())
        version = strictInteger(f.at(6));
    if (!id || !at || (!f.at(6).isEmpty() && !version)) {
        fail(
            tr("line %1: the id, time (ISO 8601 UTC with milliseconds) or key version is malformed").arg(m_recordLine));
        return std::nullopt;
    }
    e.id = *id;
    e.at = *at;
    e.actor = QString::fromUtf8(f.at(2));
    e.action = QString::fromUtf8(f.at(3));
    e.targetType = QString::fromUtf8(f.at(4));
    e.targetId = QString::fromUtf8(f.at(5));
    if (version)
        e.keyVersion = int(*version);
    e.oldFingerprint = QString::fromUtf8(f.at(7));
    e.newFingerprint = QString::fromUtf8(f.at(8));
    e.details = f.at(9);
    e.prevHash = f.at(10);
    e.hash = f.at(11);
    return e;
}

std::optional<AuditEvent> AuditExportReader::nextJson()
{
    QByteArray line;
    for (;;) {
        m_recordLine = m_lineNo;
        if (!readLine(line)) {
            m_done = true;
            return std::nullopt;
        }
        if (line.isEmpty() && m_hasHead)
            continue;
        if (m_hasHead) {
            fail(tr("line %1: text after the head line").arg(m_recordLine));
            return std::nullopt;
        }
        break;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (!doc.isObject()) {
        fail(tr("line %1: not a JSON object (%2)").arg(m_recordLine).arg(error.errorString()));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    auto integer = [](const QJsonValue &v) -> std::optional<qint64> {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        if (d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
            return std::nullopt;
        return qint64(d);
    };
    if (o.size() == 2 && o.contains(QLatin1String("head_id"))) {
        const auto id = integer(o.value(QLatin1String("head_id")));
        const QByteArray hash = o.value(QLatin1String("head_hash")).toString().toLatin1();
        if (!id || !isHex64(hash)) {
            fail(tr("line %1: the head line is not {\"head_id\":…,\"head_hash\":…}").arg(m_recordLine));
            return std::nullopt;
        }
        m_hasHead = true;
        m_headId = *id;
        m_headHash = hash;
        return nextJson();
    }
    bool ok = o.size() == kColumns.size();
    for (const QByteArray &key : kColumns) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (key == "id")
            ok = ok && integer(v).has_value();
        else if (key == "key_version")
            ok = ok && (v.isNull() || integer(v).has_value());
        else
            ok = ok && v.isString();
    }
    const auto at = exactTime(o.value(QLatin1String("at")).toString());
    if (!ok || !at) {
        fail(tr("line %1: not an audit event (every field of the header, with its type, is needed)").arg(m_recordLine));
        return std::nullopt;
    }
    AuditEvent e;
    e.id = *integer(o.value(QLatin1String("id")));
    e.at = *at;
    e.actor = o.value(QLatin1String("actor")).toString();
    e.action = o.value(QLatin1String("action")).toString();
    e.targetType = o.value(QLatin1String("target_type")).toString();
    e.targetId = o.value(QLatin1String("target_id")).toString();
    if (!o.value(QLatin1String("key_version")).isNull())
        e.keyVersion = int(*integer(o.value(QLatin1String("key_version"))));
    e.oldFingerprint = o.value(QLatin1String("old_fingerprint")).toString();
    e.newFingerprint = o.value(QLatin1String("new_fingerprint")).toString();
    e.details = o.value(QLatin1String("details")).toString().toUtf8();
    e.prevHash = o.value(QLatin1String("prev_hash")).toString().toUtf8();
    e.hash = o.value(QLatin1String("hash")).toString().toUtf8();
    return e;
}

Result<AuditExportContents> readAuditExport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(path, file.errorString())};
    AuditExportReader reader(file);
    AuditExportContents out;
    while (auto e = reader.next())
        out.events.append(std::move(*e));
    if (!reader.status())
        return Error{tr("%1: %2").arg(path, reader.status().errorMessage())};
    out.format = reader.format();
    out.hasHead = reader.hasHead();
    out.headId = reader.headId();
    out.headHash = reader.headHash();
    return out;
}

Result<AuditExportCheck> checkAuditExport(QIODevice &in)
{
    AuditExportReader reader(in);
    AuditExportCheck out;
    auto bad = [&out](qint64 id, qint64 line, const QString &problem) {
        if (!out.ok)
            return;
        out.ok = false;
        out.firstBadId = id;
        out.firstBadLine = line;
        out.problem = problem;
    };
    qint64 firstId = 0;
    qint64 lastId = 0;
    QByteArray lastHash;
    bool contiguous = true;
    while (auto e = reader.next()) {
        ++out.rows;
        const qint64 line = reader.line();
        if (chainHash(e->prevHash, canonicalJson(*e)) != e->hash) {
            bad(e->id, line, tr("event #%1 (line %2) does not match its hash: it was altered").arg(e->id).arg(line));
        }
        if (out.rows == 1) {
            firstId = e->id;
            if (e->id == 1 && e->prevHash != genesisHash())
                bad(1, line, tr("event #1 (line %1) does not start from the genesis hash").arg(line));
        } else {
            if (e->id <= lastId)
                bad(e->id, line,
                    tr("event #%1 (line %2) comes after #%3: rows are out of order").arg(e->id).arg(line).arg(lastId));
            if (e->id == lastId + 1) {
                ++out.linksChecked;
                if (e->prevHash != lastHash)
                    bad(e->id, line,
                        tr("event #%1 (line %2) does not follow event #%3: one of them was altered "
                           "and its hash recomputed, or rows were replaced")
                            .arg(e->id)
                            .arg(line)
                            .arg(lastId));
            } else {
                contiguous = false;
            }
        }
        lastId = e->id;
        lastHash = e->hash;
    }
    if (!reader.status()) {
        // Not recognisable as an export at all: bad input. Damaged or cut short after that: a failed check.
        if (out.rows == 0 && !reader.hasHead())
            return reader.status().error();
        bad(0, reader.line(), reader.status().errorMessage());
        return out;
    }
    out.headId = reader.headId();
    out.headHash = reader.headHash();
    if (out.rows > 0 && lastId > out.headId) {
        bad(lastId, 0, tr("event #%1 lies beyond the head #%2 the export ends with").arg(lastId).arg(out.headId));
    } else if (out.rows > 0 && lastId == out.headId && lastHash != out.headHash) {
        bad(lastId, 0, tr("the head line does not match event #%1: the file was altered").arg(lastId));
    } else if (out.headId == 0 && out.headHash != genesisHash()) {
        bad(0, 0, tr("the head line of an empty log must carry the genesis hash"));
    }
    out.completeChain =
        out.ok && (out.rows == 0 ? out.headId == 0 : firstId == 1 && contiguous && lastId == out.headId);
    return out;
}

Result<AuditExportCheck> checkAuditExport(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("cannot read %1: %2").arg(path, file.errorString())};
    return checkAuditExport(file);
}

} // namespace keyturn
