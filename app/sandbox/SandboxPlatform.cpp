#include "SandboxPlatform.h"

#include "core/domain/Fingerprint.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUrlQuery>

#include <algorithm>

namespace keyturn {

namespace {
using Method = QHttpServerRequest::Method;

const QByteArray kIdempotencyHeader = QByteArrayLiteral("Idempotency-Key");

SandboxReply methodNotAllowed()
{
    return SandboxReply::error(405, QStringLiteral("method not allowed"));
}

SandboxReply unknownKey(const QString &id)
{
    return SandboxReply::error(404, QStringLiteral("unknown key: %1").arg(id));
}

std::optional<SandboxKeyStatus> statusFromName(const QString &name)
{
    for (SandboxKeyStatus s : {SandboxKeyStatus::Active, SandboxKeyStatus::Revoked, SandboxKeyStatus::Disabled}) {
        if (SandboxKey::statusName(s) == name)
            return s;
    }
    return std::nullopt;
}

/// A non-empty string field, or nothing.
std::optional<QString> stringField(const QJsonObject &object, const QString &field)
{
    const QJsonValue v = object.value(field);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return std::nullopt;
    return v.toString().trimmed();
}
} // namespace

QString SandboxKey::statusName(SandboxKeyStatus status)
{
    switch (status) {
    case SandboxKeyStatus::Active: return QStringLiteral("active");
    case SandboxKeyStatus::Revoked: return QStringLiteral("revoked");
    case SandboxKeyStatus::Disabled: return QStringLiteral("disabled");
    }
    return QString();
}

QJsonObject SandboxKey::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("name"), name},
        {QStringLiteral("environment"), environment},
        {QStringLiteral("version"), version},
        {QStringLiteral("prefix"), prefix},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("created_at"), isoTime(createdAt)},
        {QStringLiteral("last_used_at"), isoTimeOrNull(lastUsedAt)},
        {QStringLiteral("expires_at"), isoTimeOrNull(expiresAt)},
        {QStringLiteral("request_count"), requestCount},
        {QStringLiteral("unauthorized_count"), unauthorizedCount},
    };
}

QJsonObject SandboxUser::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("email"), email},
        {QStringLiteral("integration_pattern"), integrationPattern},
    };
}

QJsonObject SandboxAuditEntry::toJson() const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{
        {QStringLiteral("timestamp"), isoTime(timestamp)},
        {QStringLiteral("type"), type},
        {QStringLiteral("key_id"), keyId},
        {QStringLiteral("key_name"), keyName},
        {QStringLiteral("user_id"), userId},
        {QStringLiteral("key_version"), keyVersion},
        {QStringLiteral("old_fingerprint"), orNull(oldFingerprint)},
        {QStringLiteral("new_fingerprint"), orNull(newFingerprint)},
        {QStringLiteral("rotated_by"), rotatedBy},
    };
}

SandboxPlatform::SandboxPlatform(QString name, SandboxSecretFormat format, const Clock &clock, quint32 seed)
    : m_name(std::move(name)), m_format(std::move(format)), m_clock(clock), m_ids(seed ^ stableHash(m_name)),
      m_secrets(seed ^ stableHash(QStringLiteral("secrets:") + m_name))
{}

SandboxPlatform::~SandboxPlatform() = default;

SandboxReply SandboxPlatform::handleAdmin(const QHttpServerRequest &request, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const Method method = request.method();
    auto is = [&parts](std::initializer_list<const char *> pattern) {
        if (qsizetype(pattern.size()) != parts.size())
            return false;
        qsizetype i = 0;
        for (const char *p : pattern) {
            if (qstrcmp(p, "*") != 0 && parts.at(i) != QLatin1String(p))
                return false;
            ++i;
        }
        return true;
    };

    if (is({"users"}))
        return method == Method::Get ? listUsers() : methodNotAllowed();
    if (is({"users", "*", "keys", "disable"}))
        return method == Method::Post ? disableUserKeys(parts.at(1)) : methodNotAllowed();
    if (is({"keys"})) {
        if (method == Method::Get)
            return listKeys(request);
        return method == Method::Post ? createKeyRequest(request) : methodNotAllowed();
    }
    if (is({"keys", "rotation", "enable"}))
        return method == Method::Post ? enableRotation(request) : methodNotAllowed();
    if (is({"keys", "*", "rotate"}))
        return method == Method::Post ? rotateKeyRequest(request, parts.at(1)) : methodNotAllowed();
    if (is({"keys", "*", "usage"}))
        return method == Method::Get ? usage(parts.at(1)) : methodNotAllowed();
    if (is({"keys", "*"})) {
        if (method == Method::Get) {
            const SandboxKey *k = key(parts.at(1));
            return k ? SandboxReply::json(QJsonObject{{QStringLiteral("key"), k->toJson()}}) : unknownKey(parts.at(1));
        }
        return method == Method::Delete ? revokeKeyRequest(parts.at(1)) : methodNotAllowed();
    }
    if (is({"audit-logs"}))
        return method == Method::Get ? auditLogs(request) : methodNotAllowed();
    return SandboxReply::error(404, QStringLiteral("not found: /admin/%1").arg(path));
}

SandboxReply SandboxPlatform::handleData(const QHttpServerRequest &request)
{
    const QByteArray presented = bearerCredential(request);
    if (presented.isEmpty())
        return SandboxReply::error(401, QStringLiteral("missing API key"));
    if (call(presented) != CallResult::Accepted)
        return SandboxReply::error(401, QStringLiteral("invalid API key"));
    return SandboxReply::json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
}

SandboxPlatform::CallResult SandboxPlatform::call(const QByteArray &secret, qint64 calls)
{
    SandboxKey *k = m_keyBySecretHash.value(sha256Hex(secret));
    if (!k)
        return CallResult::Unknown;
    const QDateTime now = m_clock.now();
    if (!k->acceptsCalls(now)) {
        k->unauthorizedCount += calls;
        return CallResult::Refused;
    }
    k->requestCount += calls;
    k->lastUsedAt = now;
    return CallResult::Accepted;
}

const SandboxUser &SandboxPlatform::addUser(const SandboxUser &user)
{
    const auto it = m_userIndex.constFind(user.id);
    if (it != m_userIndex.constEnd())
        return m_users.at(*it);
    m_userIndex.insert(user.id, m_users.size());
    m_users.append(user);
    return m_users.constLast();
}

const SandboxUser *SandboxPlatform::user(const QString &id) const
{
    const auto it = m_userIndex.constFind(id);
    return it == m_userIndex.constEnd() ? nullptr : &m_users.at(*it);
}

SandboxKey &SandboxPlatform::createKey(const QString &userId, const QString &name, const QString &environment,
                                       int version, const QDateTime &createdAt)
{
    auto k = std::make_unique<SandboxKey>();
    k->id = newKeyId();
    k->userId = userId;
    k->name = name;
    k->environment = environment;
    k->version = version;
    k->secret = newSecret(environment);
    k->prefix = QString::fromLatin1(k->secret.reveal().left(12));
    k->fingerprint = k->secret.fingerprint();
    k->createdAt = createdAt.toUTC();
    SandboxKey *raw = k.get();
    m_keyById.insert(raw->id, raw);
    m_keyBySecretHash.insert(sha256Hex(raw->secret.reveal()), raw);
    m_keys.push_back(std::move(k));
    return *raw;
}

SandboxKey *SandboxPlatform::rotateKey(const QString &id, const QString &actor, const QDateTime &at, QString *error)
{
    SandboxKey *old = key(id);
    if (!old || old->status != SandboxKeyStatus::Active) {
        if (error) {
            *error = old ? QStringLiteral("key %1 is %2; only an active key can be rotated")
                               .arg(id, SandboxKey::statusName(old->status))
                         : QStringLiteral("unknown key: %1").arg(id);
        }
        return nullptr;
    }
    int version = old->version;
    for (const auto &k : m_keys) {
        if (k->userId == old->userId && k->name == old->name)
            version = std::max(version, k->version);
    }
    // createKey() may grow m_keys; `old` stays valid because keys are held by pointer.
    SandboxKey &fresh = createKey(old->userId, old->name, old->environment, version + 1, at);
    recordAudit(SandboxAuditEntry{at.toUTC(), QStringLiteral("key_rotation"), fresh.id, fresh.name, fresh.userId,
                                  fresh.version, old->fingerprint, fresh.fingerprint, actor});
    return &fresh;
}

SandboxKey *SandboxPlatform::revokeKey(const QString &id, const QString &actor, const QDateTime &at)
{
    SandboxKey *k = key(id);
    if (!k || k->status == SandboxKeyStatus::Revoked)
        return k;
    k->status = SandboxKeyStatus::Revoked;
    recordAudit(SandboxAuditEntry{at.toUTC(), QStringLiteral("key_revoked"), k->id, k->name, k->userId, k->version,
                                  k->fingerprint, QString(), actor});
    return k;
}

SandboxKey *SandboxPlatform::key(const QString &id)
{
    return m_keyById.value(id);
}

const SandboxKey *SandboxPlatform::key(const QString &id) const
{
    return m_keyById.value(id);
}

const SandboxKey *SandboxPlatform::newestActiveKey(const QString &userId, const QString &name) const
{
    const SandboxKey *best = nullptr;
    for (const auto &k : m_keys) {
        if (k->userId == userId && k->name == name && k->status == SandboxKeyStatus::Active &&
            (!best || k->version > best->version))
            best = k.get();
    }
    return best;
}

QList<const SandboxKey *> SandboxPlatform::keys() const
{
    QList<const SandboxKey *> out;
    out.reserve(qsizetype(m_keys.size()));
    for (const auto &k : m_keys)
        out.append(k.get());
    return out;
}

void SandboxPlatform::recordAudit(const SandboxAuditEntry &entry)
{
    // Entries stay in time order even when the demo world writes its history out of order.
    auto at = std::upper_bound(m_audit.begin(), m_audit.end(), entry.timestamp,
                               [](const QDateTime &t, const SandboxAuditEntry &e) { return t < e.timestamp; });
    m_audit.insert(at, entry);
}

SandboxReply SandboxPlatform::listUsers() const
{
    QJsonArray users;
    for (const SandboxUser &u : m_users)
        users.append(u.toJson());
    return SandboxReply::json(QJsonObject{{QStringLiteral("users"), users}});
}

SandboxReply SandboxPlatform::listKeys(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QString userId = query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded);
    const QString name = query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded);
    std::optional<SandboxKeyStatus> status;
    if (query.hasQueryItem(QStringLiteral("status"))) {
        status = statusFromName(query.queryItemValue(QStringLiteral("status")));
        if (!status)
            return SandboxReply::error(400, QStringLiteral("invalid parameter: status (active, revoked or disabled)"));
    }
    QJsonArray keys;
    for (const auto &k : m_keys) {
        if ((userId.isEmpty() || k->userId == userId) && (name.isEmpty() || k->name == name) &&
            (!status || k->status == *status))
            keys.append(k->toJson());
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("keys"), keys}});
}

SandboxReply SandboxPlatform::createKeyRequest(const QHttpServerRequest &request)
{
    if (auto earlier = replay(request, QStringLiteral("create")))
        return *earlier;
    const auto body = jsonObjectBody(request);
    if (!body)
        return SandboxReply::error(400, QStringLiteral("the body is not a JSON object"));
    const auto userId = stringField(*body, QStringLiteral("user_id"));
    if (!userId)
        return SandboxReply::error(400, QStringLiteral("missing field: user_id"));
    const auto name = stringField(*body, QStringLiteral("name"));
    if (!name)
        return SandboxReply::error(400, QStringLiteral("missing field: name"));
    QString environment = QStringLiteral("production");
    if (body->contains(QStringLiteral("environment"))) {
        const auto env = stringField(*body, QStringLiteral("environment"));
        if (!env)
            return SandboxReply::error(400, QStringLiteral("invalid field: environment"));
        environment = *env;
    }
    QDateTime expiresAt;
    const QJsonValue expires = body->value(QStringLiteral("expires_at"));
    if (!expires.isUndefined() && !expires.isNull()) {
        expiresAt = expires.isString() ? parseIsoTime(expires.toString()) : QDateTime();
        if (!expiresAt.isValid())
            return SandboxReply::error(400, QStringLiteral("invalid field: expires_at (ISO 8601 time)"));
    }

    // The sandbox has no user sign-up: a key for a new user id makes that user known.
    if (!user(*userId))
        addUser(SandboxUser{*userId, *userId, QString(), QString()});
    int version = 0;
    for (const auto &k : m_keys) {
        if (k->userId == *userId && k->name == *name)
            version = std::max(version, k->version);
    }
    const QDateTime now = m_clock.now();
    SandboxKey &k = createKey(*userId, *name, environment, version + 1, now);
    k.expiresAt = expiresAt;
    recordAudit(SandboxAuditEntry{now, QStringLiteral("key_created"), k.id, k.name, k.userId, k.version, QString(),
                                  k.fingerprint, QStringLiteral("admin_api")});
    remember(request, QStringLiteral("create"), k, QJsonObject());
    return SandboxReply::json(QJsonObject{{QStringLiteral("key"), k.toJson()},
                                          {QStringLiteral("secret"), QString::fromLatin1(k.secret.reveal())}},
                              201);
}

SandboxReply SandboxPlatform::rotateKeyRequest(const QHttpServerRequest &request, const QString &id)
{
    const QString scope = QStringLiteral("rotate:") + id;
    if (auto earlier = replay(request, scope))
        return *earlier;
    if (!key(id))
        return unknownKey(id);
    QString error;
    const SandboxKey *fresh = rotateKey(id, QStringLiteral("admin_api"), m_clock.now(), &error);
    if (!fresh)
        return SandboxReply::error(409, error);
    const QJsonObject extra{{QStringLiteral("previous_key_id"), id}};
    remember(request, scope, *fresh, extra);
    QJsonObject answer = extra;
    answer.insert(QStringLiteral("key"), fresh->toJson());
    answer.insert(QStringLiteral("secret"), QString::fromLatin1(fresh->secret.reveal()));
    return SandboxReply::json(answer, 201);
}

SandboxReply SandboxPlatform::revokeKeyRequest(const QString &id)
{
    const SandboxKey *k = revokeKey(id, QStringLiteral("admin_api"), m_clock.now());
    if (!k)
        return unknownKey(id);
    return SandboxReply::json(QJsonObject{{QStringLiteral("key"), k->toJson()}});
}

SandboxReply SandboxPlatform::disableUserKeys(const QString &userId)
{
    if (!user(userId))
        return SandboxReply::error(404, QStringLiteral("unknown user: %1").arg(userId));
    const QDateTime now = m_clock.now();
    int disabled = 0;
    for (const auto &k : m_keys) {
        if (k->userId == userId && k->status == SandboxKeyStatus::Active) {
            k->status = SandboxKeyStatus::Disabled;
            recordAudit(SandboxAuditEntry{now, QStringLiteral("key_disabled"), k->id, k->name, k->userId, k->version,
                                          k->fingerprint, QString(), QStringLiteral("admin_api")});
            ++disabled;
        }
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("disabled"), disabled}});
}

SandboxReply SandboxPlatform::enableRotation(const QHttpServerRequest &request)
{
    const auto body = jsonObjectBody(request);
    if (!body)
        return SandboxReply::error(400, QStringLiteral("the body is not a JSON object"));
    const QJsonValue interval = body->value(QStringLiteral("interval_days"));
    if (!interval.isDouble() || interval.toDouble() < 1 || interval.toDouble() > 3650 ||
        interval.toDouble() != double(interval.toInt()))
        return SandboxReply::error(400, QStringLiteral("invalid field: interval_days (1 to 3650)"));
    const QJsonValue keep = body->value(QStringLiteral("keep_previous"));
    if (!keep.isUndefined() && !keep.isBool())
        return SandboxReply::error(400, QStringLiteral("invalid field: keep_previous (true or false)"));
    m_rotationPolicy = QJsonObject{{QStringLiteral("interval_days"), interval.toInt()},
                                   {QStringLiteral("keep_previous"), keep.toBool(true)}};
    return SandboxReply::json(m_rotationPolicy);
}

SandboxReply SandboxPlatform::usage(const QString &id) const
{
    const SandboxKey *k = key(id);
    if (!k)
        return unknownKey(id);
    return SandboxReply::json(QJsonObject{
        {QStringLiteral("key_id"), k->id},
        {QStringLiteral("last_used_at"), isoTimeOrNull(k->lastUsedAt)},
        {QStringLiteral("request_count"), k->requestCount},
        {QStringLiteral("unauthorized_count"), k->unauthorizedCount},
    });
}

SandboxReply SandboxPlatform::auditLogs(const QHttpServerRequest &request) const
{
    const QUrlQuery query = request.query();
    const QString type = query.queryItemValue(QStringLiteral("type"));
    std::optional<int> version;
    if (query.hasQueryItem(QStringLiteral("key_version"))) {
        bool ok = false;
        version = query.queryItemValue(QStringLiteral("key_version")).toInt(&ok);
        if (!ok)
            return SandboxReply::error(400, QStringLiteral("invalid parameter: key_version (a whole number)"));
    }
    QDateTime start;
    if (query.hasQueryItem(QStringLiteral("start_date"))) {
        start = parseIsoTime(query.queryItemValue(QStringLiteral("start_date"), QUrl::FullyDecoded));
        if (!start.isValid())
            return SandboxReply::error(400, QStringLiteral("invalid parameter: start_date (ISO 8601)"));
    }
    const QString keyId = query.queryItemValue(QStringLiteral("key_id"));
    const QString userId = query.queryItemValue(QStringLiteral("user_id"));
    QJsonArray logs;
    for (const SandboxAuditEntry &e : m_audit) {
        if ((type.isEmpty() || e.type == type) && (!version || e.keyVersion == *version) &&
            (!start.isValid() || e.timestamp >= start) && (keyId.isEmpty() || e.keyId == keyId) &&
            (userId.isEmpty() || e.userId == userId))
            logs.append(e.toJson());
    }
    return SandboxReply::json(QJsonObject{{QStringLiteral("logs"), logs}});
}

std::optional<SandboxReply> SandboxPlatform::replay(const QHttpServerRequest &request, const QString &scope) const
{
    const QByteArray idempotencyKey = request.value(kIdempotencyHeader);
    if (idempotencyKey.isEmpty())
        return std::nullopt;
    const auto it = m_idempotency.constFind(scope + QLatin1Char('\n') + QString::fromUtf8(idempotencyKey));
    if (it == m_idempotency.constEnd())
        return std::nullopt;
    if (it->requestHash != sha256Hex(request.body()))
        return SandboxReply::error(422, QStringLiteral("Idempotency-Key was already used with a different request"));
    const SandboxKey *k = key(it->keyId);
    QJsonObject answer = it->extra;
    answer.insert(QStringLiteral("key"), k ? k->toJson() : QJsonObject());
    answer.insert(QStringLiteral("secret"), QString::fromLatin1(it->secret.reveal()));
    return SandboxReply::json(answer, 200);
}

void SandboxPlatform::remember(const QHttpServerRequest &request, const QString &scope, const SandboxKey &key,
                               const QJsonObject &extra)
{
    const QByteArray idempotencyKey = request.value(kIdempotencyHeader);
    if (idempotencyKey.isEmpty())
        return;
    m_idempotency.insert(scope + QLatin1Char('\n') + QString::fromUtf8(idempotencyKey),
                         Remembered{sha256Hex(request.body()), key.id, key.secret, extra});
}

QString SandboxPlatform::newKeyId()
{
    QString id;
    do {
        id = QStringLiteral("key_%1%2")
                 .arg(m_ids.generate(), 8, 16, QLatin1Char('0'))
                 .arg(m_ids.generate(), 8, 16, QLatin1Char('0'));
    } while (m_keyById.contains(id));
    return id;
}

Secret SandboxPlatform::newSecret(const QString &environment)
{
    static const char base62[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    static const char hex[] = "0123456789abcdef";
    const bool live = environment == QLatin1String("production");
    QByteArray value = (live ? m_format.livePrefix : m_format.testPrefix).toLatin1();
    for (int i = 0; i < m_format.length; ++i)
        value.append(m_format.hex ? hex[m_secrets.bounded(16)] : base62[m_secrets.bounded(62)]);
    Secret secret(value);
    value.fill('\0');
    return secret;
}

} // namespace keyturn
