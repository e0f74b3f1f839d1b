#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

class QHttpServerRequest;

namespace keyturn {

/// One answer of the sandbox, computed before fault injection decides how (and whether) it is sent.
/// The messages in these bodies are part of the HTTP contract (clients may match them), so they stay in English.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json");

    static SandboxReply json(const QJsonObject &object, int status = 200);
    /// The platform's and the mail API's error shape: {"error":"…"}.
    static SandboxReply error(int status, const QString &message);
    /// Vault's error shape: {"errors":[…]}.
    static SandboxReply vaultErrors(int status, const QStringList &errors);
    static SandboxReply noContent();
};

/// ISO 8601 UTC with milliseconds ("2026-11-24T17:20:00.000Z").
QString isoTime(const QDateTime &when);
/// isoTime(), or JSON null for an invalid time.
QJsonValue isoTimeOrNull(const QDateTime &when);
/// Parses an ISO 8601 date or date-time; a date alone means its start in UTC. Invalid when it is neither.
QDateTime parseIsoTime(const QString &text);

/// The request body as a JSON object; an empty body is an empty object. Nothing when it is not a JSON object.
std::optional<QJsonObject> jsonObjectBody(const QHttpServerRequest &request);

/// The credential of `Authorization: Bearer <credential>`, or empty.
QByteArray bearerCredential(const QHttpServerRequest &request);

/// Compares a presented credential with the expected one in time independent of where they differ.
bool credentialMatches(const QByteArray &presented, const QByteArray &expected);

/// A stable (process-independent) 32-bit number for a name, to derive per-name seeds.
quint32 stableHash(const QString &text);

} // namespace keyturn
