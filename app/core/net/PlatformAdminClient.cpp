#include "PlatformAdminClient.h"

#include "../domain/Fingerprint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::PlatformAdminClient", text);
}

QDateTime isoTime(const QJsonValue &v)
{
    return v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

NetError malformed(const QString &what)
{
    return NetError{NetError::Kind::Malformed, 200, tr("the platform answered without %1").arg(what)};
}

} // namespace

PlatformAdminClient::PlatformAdminClient(QNetworkAccessManager *nam, PlatformConfig config, QObject *parent)
    : ProviderClient(parent), m_nam(nam), m_config(std::move(config))
{}

void PlatformAdminClient::send(const QByteArray &method, const QString &path, const QJsonObject &body, bool idempotent,
                               const QList<QPair<QByteArray, QByteArray>> &headers,
                               std::function<void(NetResult<HttpResponse>)> done)
{
    if (m_config.token.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(NetError{NetError::Kind::Config, 0,
                              tr("no platform token: set KEYTURN_PLATFORM_TOKEN or store one in the keychain")});
            },
            Qt::QueuedConnection);
        return;
    }
    HttpRequest req;
    req.method = method;
    req.url = apiUrl(m_config.baseUrl, path);
    req.service = QStringLiteral("the platform admin API");
    req.credentialHeader = "Authorization";
    req.credential = Secret(QByteArray("Bearer ") + m_config.token.reveal());
    req.headers = headers;
    if (!body.isEmpty() || method == "POST")
        req.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    req.idempotent = idempotent;
    HttpJob::start(m_nam, std::move(req), m_config.policy, m_config.tls, this, std::move(done));
}

NetResult<ProviderKey> PlatformAdminClient::parseKey(const QJsonObject &o)
{
    ProviderKey k;
    k.id = o.value(QStringLiteral("id")).toString();
    k.userId = o.value(QStringLiteral("user_id")).toString();
    k.name = o.value(QStringLiteral("name")).toString();
    k.environment = o.value(QStringLiteral("environment")).toString();
    k.version = o.value(QStringLiteral("version")).toInt();
    k.prefix = o.value(QStringLiteral("prefix")).toString();
    k.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    k.status = o.value(QStringLiteral("status")).toString();
    k.createdAt = isoTime(o.value(QStringLiteral("created_at")));
    k.lastUsedAt = isoTime(o.value(QStringLiteral("last_used_at")));
    k.expiresAt = isoTime(o.value(QStringLiteral("expires_at")));
    k.requestCount = qint64(o.value(QStringLiteral("request_count")).toDouble());
    k.unauthorizedCount = qint64(o.value(QStringLiteral("unauthorized_count")).toDouble());
    if (k.id.isEmpty())
        return malformed(tr("a key id"));
    if (k.name.isEmpty())
        return malformed(tr("the name of key %1").arg(k.id));
    if (k.version <= 0)
        return malformed(tr("a version of key %1").arg(k.id));
    if (!isValidFingerprint(k.fingerprint))
        return malformed(tr("a valid fingerprint of key %1").arg(k.id));
    if (k.status != QLatin1String("active") && k.status != QLatin1String("revoked") &&
        k.status != QLatin1String("disabled"))
        return malformed(tr("a known status of key %1 (got '%2')").arg(k.id, k.status.left(20)));
    if (!k.createdAt.isValid())
        return malformed(tr("the creation time of key %1").arg(k.id));
    return k;
}

void PlatformAdminClient::listUsers(NetCallback<QList<ProviderUser>> done)
{
    send("GET", QStringLiteral("/admin/users"), {}, true, {}, [done](NetResult<HttpResponse> r) {
        auto json = jsonAnswer(r, {200});
        if (!json)
            return done(json.error());
        if (!json->value(QStringLiteral("users")).isArray())
            return done(malformed(tr("a users list")));
        QList<ProviderUser> out;
        for (const auto &v : json->value(QStringLiteral("users")).toArray()) {
            const QJsonObject o = v.toObject();
            ProviderUser u;
            u.id = o.value(QStringLiteral("id")).toString();
            u.name = o.value(QStringLiteral("name")).toString();
            u.email = o.value(QStringLiteral("email")).toString();
            u.integrationPattern = o.value(QStringLiteral("integration_pattern")).toString();
            if (u.id.isEmpty() || u.name.isEmpty())
                return done(malformed(tr("an id and name for every user")));
            out.append(u);
        }
        done(out);
    });
}

void PlatformAdminClient::listKeys(const QString &userId, NetCallback<QList<ProviderKey>> done)
{
    QString path = QStringLiteral("/admin/keys");
    if (!userId.isEmpty())
        path += QStringLiteral("?user_id=") + QString::fromUtf8(QUrl::toPercentEncoding(userId));
    send("GET", path, {}, true, {}, [done](NetResult<HttpResponse> r) {
        auto json = jsonAnswer(r, {200});
        if (!json)
            return done(json.error());
        if (!json->value(QStringLiteral("keys")).isArray())
            return done(malformed(tr("a keys list")));
        QList<ProviderKey> out;
        for (const auto &v : json->value(QStringLiteral("keys")).toArray()) {
            auto key = parseKey(v.toObject());
            if (!key)
                return done(key.error());
            out.append(key.value());
        }
        done(out);
    });
}

void PlatformAdminClient::created(NetResult<HttpResponse> r, const NetCallback<CreatedKey> &done)
{
    auto json = jsonAnswer(r, {200, 201});
    if (!json)
        return done(json.error());
    auto key = parseKey(json->value(QStringLiteral("key")).toObject());
    if (!key)
        return done(key.error());
    CreatedKey c;
    c.key = key.value();
    c.secret = Secret(json->value(QStringLiteral("secret")).toString().toUtf8());
    c.previousKeyId = json->value(QStringLiteral("previous_key_id")).toString();
    if (c.secret.isEmpty())
        return done(malformed(tr("the new key's secret")));
    if (c.secret.fingerprint() != c.key.fingerprint)
        return done(malformed(tr("a secret matching the new key's fingerprint")));
    done(std::move(c));
}

void PlatformAdminClient::createKey(const NewKeyRequest &request, const QString &idempotencyKey,
                                    NetCallback<CreatedKey> done)
{
    QJsonObject body{{QStringLiteral("user_id"), request.userId}, {QStringLiteral("name"), request.name}};
    if (!request.environment.isEmpty())
        body.insert(QStringLiteral("environment"), request.environment);
    if (request.expiresAt.isValid())
        body.insert(QStringLiteral("expires_at"), request.expiresAt.toUTC().toString(Qt::ISODateWithMs));
    // Every create carries an Idempotency-Key: Qt's HTTP stack may resend a request once by itself when the
    // connection drops before an answer, and the provider must recognise that as the same create. Only a key the
    // caller chose (stable across restarts, e.g. derived from the rotation run) also lets Keyturn retry.
    const QString key = idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    send("POST", QStringLiteral("/admin/keys"), body, !idempotencyKey.isEmpty(), {{"Idempotency-Key", key.toUtf8()}},
         [this, done](NetResult<HttpResponse> r) { created(std::move(r), done); });
}

void PlatformAdminClient::rotateKey(const QString &keyId, const QString &idempotencyKey, NetCallback<CreatedKey> done)
{
    const QString key = idempotencyKey.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : idempotencyKey;
    send("POST", QStringLiteral("/admin/keys/%1/rotate").arg(QString::fromUtf8(QUrl::toPercentEncoding(keyId))), {},
         !idempotencyKey.isEmpty(), {{"Idempotency-Key", key.toUtf8()}},
         [this, done](NetResult<HttpResponse> r) { created(std::move(r), done); });
}

void PlatformAdminClient::revokeKey(const QString &keyId, NetCallback<ProviderKey> done)
{
    send("DELETE", QStringLiteral("/admin/keys/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(keyId))), {}, true,
         {}, [done](NetResult<HttpResponse> r) {
             auto json = jsonAnswer(r, {200});
             if (!json)
                 return done(json.error());
             auto key = parseKey(json->value(QStringLiteral("key")).toObject());
             if (!key)
                 return done(key.error());
             done(key.value());
         });
}

void PlatformAdminClient::disableUserKeys(const QString &userId, NetCallback<int> done)
{
    send("POST", QStringLiteral("/admin/users/%1/keys/disable").arg(QString::fromUtf8(QUrl::toPercentEncoding(userId))),
         {}, true, {}, [done](NetResult<HttpResponse> r) {
             auto json = jsonAnswer(r, {200});
             if (!json)
                 return done(json.error());
             if (!json->value(QStringLiteral("disabled")).isDouble())
                 return done(malformed(tr("the number of disabled keys")));
             done(json->value(QStringLiteral("disabled")).toInt());
         });
}

void PlatformAdminClient::keyUsage(const QString &keyId, NetCallback<KeyUsage> done)
{
    send("GET", QStringLiteral("/admin/keys/%1/usage").arg(QString::fromUtf8(QUrl::toPercentEncoding(keyId))), {}, true,
         {}, [done](NetResult<HttpResponse> r) {
             auto json = jsonAnswer(r, {200});
             if (!json)
                 return done(json.error());
             KeyUsage u;
             u.keyId = json->value(QStringLiteral("key_id")).toString();
             u.lastUsedAt = isoTime(json->value(QStringLiteral("last_used_at")));
             u.requestCount = qint64(json->value(QStringLiteral("request_count")).toDouble());
             u.unauthorizedCount = qint64(json->value(QStringLiteral("unauthorized_count")).toDouble());
             if (u.keyId.isEmpty())
                 return done(malformed(tr("a key id in the usage")));
             done(u);
         });
}

void PlatformAdminClient::rotationLog(const QDateTime &since, NetCallback<QList<ProviderAuditEntry>> done)
{
    QString path = QStringLiteral("/admin/audit-logs?type=key_rotation");
    if (since.isValid())
        path += QStringLiteral("&start_date=") +
                QString::fromUtf8(QUrl::toPercentEncoding(since.toUTC().toString(Qt::ISODateWithMs)));
    send("GET", path, {}, true, {}, [done](NetResult<HttpResponse> r) {
        auto json = jsonAnswer(r, {200});
        if (!json)
            return done(json.error());
        if (!json->value(QStringLiteral("logs")).isArray())
            return done(malformed(tr("a logs list")));
        QList<ProviderAuditEntry> out;
        for (const auto &v : json->value(QStringLiteral("logs")).toArray()) {
            const QJsonObject o = v.toObject();
            ProviderAuditEntry e;
            e.timestamp = isoTime(o.value(QStringLiteral("timestamp")));
            e.type = o.value(QStringLiteral("type")).toString();
            e.keyId = o.value(QStringLiteral("key_id")).toString();
            e.keyName = o.value(QStringLiteral("key_name")).toString();
            e.userId = o.value(QStringLiteral("user_id")).toString();
            e.keyVersion = o.value(QStringLiteral("key_version")).toInt();
            e.oldFingerprint = o.value(QStringLiteral("old_fingerprint")).toString();
            e.newFingerprint = o.value(QStringLiteral("new_fingerprint")).toString();
            e.rotatedBy = o.value(QStringLiteral("rotated_by")).toString();
            if (!e.timestamp.isValid())
                return done(malformed(tr("a timestamp for every audit entry")));
            out.append(e);
        }
        done(out);
    });
}

void PlatformAdminClient::enableRotation(int intervalDays, bool keepPrevious, NetCallback<Done> done)
{
    const QJsonObject body{{QStringLiteral("interval_days"), intervalDays},
                           {QStringLiteral("keep_previous"), keepPrevious}};
    send("POST", QStringLiteral("/admin/keys/rotation/enable"), body, true, {}, [done](NetResult<HttpResponse> r) {
        auto json = jsonAnswer(r, {200});
        if (!json)
            return done(json.error());
        done(Done{});
    });
}

} // namespace keyturn
