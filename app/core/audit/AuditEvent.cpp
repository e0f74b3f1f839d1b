#include "AuditEvent.h"

#include "../domain/Fingerprint.h"

#include <QJsonDocument>

#include <cstdio>

namespace keyturn {

namespace {
void appendString(QByteArray &out, const QString &value)
{
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(static_cast<unsigned char>(c)));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void appendKey(QByteArray &out, const char *key)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += key;
    out += "\":";
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

QString isoUtc(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QByteArray canonicalJson(const AuditEvent &e)
{
    QByteArray out;
    out.reserve(256 + e.details.size());
    out += '{';
    // keys in byte order
    appendKey(out, "action");
    appendString(out, e.action);
    appendKey(out, "actor");
    appendString(out, e.actor);
    appendKey(out, "at");
    appendString(out, isoUtc(e.at));
    appendKey(out, "details");
    out += e.details.isEmpty() ? QByteArray("{}") : e.details;
    appendKey(out, "id");
    out += QByteArray::number(e.id);
    appendKey(out, "key_version");
    out += e.keyVersion ? QByteArray::number(*e.keyVersion) : QByteArray("null");
    appendKey(out, "new_fingerprint");
    appendString(out, e.newFingerprint);
    appendKey(out, "old_fingerprint");
    appendString(out, e.oldFingerprint);
    appendKey(out, "target_id");
    appendString(out, e.targetId);
    appendKey(out, "target_type");
    appendString(out, e.targetType);
    out += '}';
    return out;
}

QByteArray chainHash(const QByteArray &prevHash, const QByteArray &canonical)
{
    QByteArray input;
    input.reserve(prevHash.size() + canonical.size());
    input += prevHash;
    input += canonical;
    return sha256Hex(input);
}

} // namespace keyturn
