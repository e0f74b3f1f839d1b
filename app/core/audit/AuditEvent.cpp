#include "AuditEvent.h"

#include "../domain/Fingerprint.h"

#include <QJsonDocument>

namespace keyturn {

namespace {
void appendString(std::string &out, QByteArrayView utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    while (p < end) {
        // copy the run of bytes that need no escape in one go
        const char *run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        out.append(run, size_t(p - run));
        if (p == end)
            break;
        const char c = *p++;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: {
            const auto u = static_cast<unsigned char>(c);
            const char esc[6] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 15]};
            out.append(esc, 6);
        }
        }
    }
    out += '"';
}

void appendNumber(std::string &out, qint64 value)
{
    char buf[24];
    char *end = buf + sizeof buf;
    char *p = end;
    const bool negative = value < 0;
    quint64 v = negative ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + v % 10);
        v /= 10;
    } while (v);
    if (negative)
        *--p = '-';
    out.append(p, size_t(end - p));
}

void appendDigits(std::string &out, unsigned value, int width)
{
    char buf[8];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = char('0' + value % 10);
        value /= 10;
    }
    out.append(buf, size_t(width));
}

// 0001-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the years this formatter writes itself (as Qt does);
// anything outside goes through QDateTime.
constexpr qint64 kFirstMs = -62135596800000LL;
constexpr qint64 kLastMs = 253402300799999LL;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}
} // namespace

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray canonicalDetails(const QJsonObject &details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

void appendIsoUtc(std::string &out, qint64 ms)
{
    if (ms < kFirstMs || ms > kLastMs) {
        out += QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
        return;
    }
    qint64 days = ms / 86400000;
    qint64 rest = ms % 86400000;
    if (rest < 0) {
        rest += 86400000;
        --days;
    }
    // civil_from_days (H. Hinnant): proleptic Gregorian, as QDate uses for these years
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const qint64 y = qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0);
    const auto msOfDay = unsigned(rest);
    appendDigits(out, unsigned(y), 4);
    out += '-';
    appendDigits(out, m, 2);
    out += '-';
    appendDigits(out, d, 2);
    out += 'T';
    appendDigits(out, msOfDay / 3600000, 2);
    out += ':';
    appendDigits(out, msOfDay / 60000 % 60, 2);
    out += ':';
    appendDigits(out, msOfDay / 1000 % 60, 2);
    out += '.';
    appendDigits(out, msOfDay % 1000, 3);
    out += 'Z';
}

void appendJsonString(std::string &out, QByteArrayView text)
{
    appendString(out, text);
}

QString isoUtc(const QDateTime &when)
{
    if (!when.isValid())
        return when.toUTC().toString(Qt::ISODateWithMs);
    std::string out;
    appendIsoUtc(out, when.toMSecsSinceEpoch());
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

void appendCanonicalJson(std::string &out, const AuditEventView &e)
{
    // keys in byte order
    out += '{';
    out += "\"action\":";
    appendString(out, e.action);
    out += ",\"actor\":";
    appendString(out, e.actor);
    out += ",\"at\":\"";
    appendIsoUtc(out, e.atMs);
    out += "\",\"details\":";
    if (e.details.isEmpty())
        out += "{}";
    else
        out.append(e.details.data(), size_t(e.details.size()));
    out += ",\"id\":";
    appendNumber(out, e.id);
    out += ",\"key_version\":";
    if (e.hasKeyVersion)
        appendNumber(out, e.keyVersion);
    else
        out += "null";
    out += ",\"new_fingerprint\":";
    appendString(out, e.newFingerprint);
    out += ",\"old_fingerprint\":";
    appendString(out, e.oldFingerprint);
    out += ",\"target_id\":";
    appendString(out, e.targetId);
    out += ",\"target_type\":";
    appendString(out, e.targetType);
    out += '}';
}

QByteArray canonicalJson(const AuditEvent &e)
{
    const QByteArray actor = utf8(e.actor), action = utf8(e.action), targetType = utf8(e.targetType),
                     targetId = utf8(e.targetId), oldFp = utf8(e.oldFingerprint), newFp = utf8(e.newFingerprint);
    AuditEventView v;
    v.id = e.id;
    v.atMs = e.at.toMSecsSinceEpoch();
    v.hasKeyVersion = e.keyVersion.has_value();
    v.keyVersion = e.keyVersion.value_or(0);
    v.actor = actor;
    v.action = action;
    v.targetType = targetType;
    v.targetId = targetId;
    v.oldFingerprint = oldFp;
    v.newFingerprint = newFp;
    v.details = e.details;
    std::string out;
    out.reserve(size_t(256 + e.details.size()));
    appendCanonicalJson(out, v);
    return QByteArray(out.data(), qsizetype(out.size()));
}

QByteArray chainHash(const QByteArray &prevHash, const QByteArray &canonical)
{
    QByteArray input;
    input.reserve(prevHash.size() + canonical.size());
    input += prevHash;
    input += canonical;
    return sha256Hex(input);
}

AuditEvent toAuditEvent(const AuditEventView &v)
{
    AuditEvent e;
    e.id = v.id;
    e.at = QDateTime::fromMSecsSinceEpoch(v.atMs, Qt::UTC);
    e.actor = QString::fromUtf8(v.actor);
    e.action = QString::fromUtf8(v.action);
    e.targetType = QString::fromUtf8(v.targetType);
    e.targetId = QString::fromUtf8(v.targetId);
    if (v.hasKeyVersion)
        e.keyVersion = int(v.keyVersion);
    e.oldFingerprint = QString::fromUtf8(v.oldFingerprint);
    e.newFingerprint = QString::fromUtf8(v.newFingerprint);
    e.details = v.details.toByteArray();
    e.prevHash = v.prevHash.toByteArray();
    e.hash = v.hash.toByteArray();
    return e;
}

} // namespace keyturn
