#include "SandboxHttp.h"

#include "core/domain/Fingerprint.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

namespace keyturn {

SandboxReply SandboxReply::json(const QJsonObject &object, int status)
{
    return SandboxReply{status, QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

SandboxReply SandboxReply::error(int status, const QString &message)
{
    return json(QJsonObject{{QStringLiteral("error"), message}}, status);
}

SandboxReply SandboxReply::vaultErrors(int status, const QStringList &errors)
{
    return json(QJsonObject{{QStringLiteral("errors"), QJsonArray::fromStringList(errors)}}, status);
}

SandboxReply SandboxReply::noContent()
{
    return SandboxReply{204, QByteArray(), QByteArray()};
}

QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue isoTimeOrNull(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(isoTime(when)) : QJsonValue(QJsonValue::Null);
}

QDateTime parseIsoTime(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (day.isValid())
            when = day.startOfDay(Qt::UTC);
    }
    return when.isValid() ? when.toUTC() : QDateTime();
}

std::optional<QJsonObject> jsonObjectBody(const QHttpServerRequest &request)
{
    const QByteArray body = request.body().trimmed();
    if (body.isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QByteArray bearerCredential(const QHttpServerRequest &request)
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    static const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (header.size() <= scheme.size() || header.left(scheme.size()).toLower() != scheme)
        return QByteArray();
    return header.mid(scheme.size()).trimmed();
}

bool credentialMatches(const QByteArray &presented, const QByteArray &expected)
{
    if (expected.isEmpty() || presented.size() != expected.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        diff |= static_cast<unsigned char>(presented.at(i) ^ expected.at(i));
    return diff == 0;
}

quint32 stableHash(const QString &text)
{
    return sha256Hex(text.toUtf8()).left(8).toUInt(nullptr, 16);
}

} // namespace keyturn
