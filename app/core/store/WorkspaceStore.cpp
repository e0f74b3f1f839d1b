#include "WorkspaceStore.h"

#include "../audit/AuditLog.h"
#include "../domain/Clock.h"
#include "../domain/Fingerprint.h"
#include "../schedule/CronSchedule.h"
#include "Database.h"
#include "RowReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::WorkspaceStore", text);
}

QString toJsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

Result<void> validate(const Credential &c)
{
    if (c.name.trimmed().isEmpty())
        return Error{tr("a credential needs a name")};
    if (c.provider.trimmed().isEmpty())
        return Error{tr("credential %1 needs a provider").arg(c.name)};
    if (c.environment.trimmed().isEmpty())
        return Error{tr("credential %1 needs an environment").arg(c.name)};
    if (c.rotationIntervalDays <= 0)
        return Error{tr("credential %1: the rotation interval must be at least one day").arg(c.name)};
    if (c.gracePeriodSeconds < 0)
        return Error{tr("credential %1: the grace period cannot be negative").arg(c.name)};
    if (!isValidCriticality(c.criticality))
        return Error{tr("credential %1: criticality must be low, medium, high or critical, not '%2'")
                         .arg(c.name, c.criticality)};
    if (!c.scheduleCron.trimmed().isEmpty()) {
        if (auto cron = CronSchedule::parse(c.scheduleCron); !cron)
            return Error{tr("credential %1: the schedule '%2' is not a valid cron expression: %3")
                             .arg(c.name, c.scheduleCron, cron.errorMessage())};
    }
    return {};
}

const char *const kCredentialColumns =
    "c.id, c.name, c.kind, c.provider, c.environment, c.owner, c.used_by, c.vault_path, c.provider_api,"
    " c.rotation_interval_days, c.grace_period_s, c.supports_dual_key, c.criticality, c.scopes, c.labels,"
    " c.consumer_id, c.lifecycle, c.created_at, c.updated_at, c.row_version, c.external_ref, c.schedule_cron";
constexpr int kCredentialColumnCount = 22;

/// A stored time (ms since the epoch, UTC) or a null QDateTime.
template<typename Row> QDateTime timeAt(const Row &q, int column)
{
    return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.integer(column), Qt::UTC);
}

/// A credential from the kCredentialColumns of a row (a QueryRow or SqliteRows).
template<typename Row> Credential credentialFrom(Row &q)
{
    Credential c;
    c.id = q.integer(0);
    c.name = q.text(1);
    c.kind = credentialKindFromString(q.shared(2)).value_or(CredentialKind::Held);
    c.provider = q.shared(3);
    c.environment = q.shared(4);
    c.owner = q.shared(5);
    c.usedBy = q.list(6);
    c.vaultPath = q.text(7);
    c.providerApi = q.shared(8);
    c.rotationIntervalDays = int(q.integer(9));
    c.gracePeriodSeconds = q.integer(10);
    c.supportsDualKey = q.integer(11) != 0;
    c.criticality = q.shared(12);
    c.scopes = q.list(13);
    c.labels = q.list(14);
    if (!q.isNull(15))
        c.consumerId = q.integer(15);
    c.lifecycle = lifecycleFromString(q.shared(16)).value_or(Lifecycle::Active);
    c.createdAt = timeAt(q, 17);
    c.updatedAt = timeAt(q, 18);
    c.rowVersion = q.integer(19);
    c.externalRef = q.text(20);
    c.scheduleCron = q.shared(21);
    return c;
}

Credential credentialFromRow(const QSqlQuery &q)
{
    QueryRow row(q);
    return credentialFrom(row);
}

QJsonObject credentialJson(const Credential &c)
{
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("kind"), toString(c.kind)},
                       {QStringLiteral("provider"), c.provider},
                       {QStringLiteral("environment"), c.environment},
                       {QStringLiteral("owner"), c.owner},
                       {QStringLiteral("used_by"), QJsonArray::fromStringList(c.usedBy)},
                       {QStringLiteral("vault_path"), c.vaultPath},
                       {QStringLiteral("provider_api"), c.providerApi},
                       {QStringLiteral("rotation_interval_days"), c.rotationIntervalDays},
                       {QStringLiteral("schedule_cron"), c.scheduleCron},
                       {QStringLiteral("grace_period_s"), double(c.gracePeriodSeconds)},
                       {QStringLiteral("supports_dual_key"), c.supportsDualKey},
                       {QStringLiteral("criticality"), c.criticality},
                       {QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes)},
                       {QStringLiteral("labels"), QJsonArray::fromStringList(c.labels)},
                       {QStringLiteral("lifecycle"), toString(c.lifecycle)},
                       {QStringLiteral("external_ref"), c.externalRef}};
}

} // namespace

KeyVersion keyVersionFromRow(const QSqlQuery &q)
{
    KeyVersion k;
    k.id = q.value(0).toLongLong();
    k.credentialId = q.value(1).toLongLong();
    k.version = q.value(2).toInt();
    k.providerKeyId = q.value(3).toString();
    k.fingerprint = q.value(4).toString();
    k.prefix = q.value(5).toString();
    k.state = keyStateFromString(q.value(6).toString()).value_or(KeyState::Pending);
    k.createdAt = timeOrNull(q.value(7));
    k.activatedAt = timeOrNull(q.value(8));
    k.revokedAt = timeOrNull(q.value(9));
    k.lastUsedAt = timeOrNull(q.value(10));
    k.requestCount = q.value(11).toLongLong();
    k.unauthorizedCount = q.value(12).toLongLong();
    return k;
}

const char *keyVersionColumns()
{
    return "id, credential_id, version, provider_key_id, fingerprint, prefix, state, created_at, activated_at,"
           " revoked_at, last_used_at, request_count, unauthorized_count";
}

StatusAssessment assessInventoryRow(const InventoryRow &row, const QDateTime &now, bool withReasons)
{
    StatusPolicy policy;
    policy.withReasons = withReasons;
    StatusInput in;
    in.now = now;
    in.rotatedAt = row.rotatedAt;
    in.rotationIntervalDays = row.credential.rotationIntervalDays;
    in.lastUsedAt = row.lastUsedAt;
    in.lifecycle = row.credential.lifecycle;
    return assessStatus(in, policy);
}

WorkspaceStore::WorkspaceStore(Database &db, AuditLog &audit, const Clock &clock, QString actor)
    : m_db(db), m_audit(audit), m_clock(clock), m_actor(std::move(actor))
{}

Result<void> WorkspaceStore::audit(const QString &action, const QString &targetType, const QString &targetId,
                                   std::optional<int> keyVersion, const QString &oldFp, const QString &newFp,
                                   const QJsonObject &details)
{
    AuditEvent e;
    e.actor = m_actor;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.keyVersion = keyVersion;
    e.oldFingerprint = oldFp;
    e.newFingerprint = newFp;
    e.details = canonicalDetails(details);
    auto r = m_audit.append(std::move(e));
    if (!r)
        return r.error();
    return {};
}

Result<qint64> WorkspaceStore::createCredential(const Credential &c)
{
    if (auto v = validate(c); !v)
        return v.error();
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    // asked first: after a failed statement PostgreSQL answers nothing more in this transaction
    if (findCredential(c.name.trimmed()).ok())
        return Error{tr("a credential named %1 already exists; nothing was added").arg(c.name)};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "INSERT INTO credentials (name, kind, provider, environment, owner, used_by, vault_path, provider_api,"
        " rotation_interval_days, grace_period_s, supports_dual_key, criticality, scopes, labels, consumer_id,"
        " lifecycle, created_at, updated_at, row_version, external_ref, schedule_cron)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,?,?)"));
    bind(q, c.name.trimmed());
    bind(q, toString(c.kind));
    bind(q, c.provider);
    bind(q, c.environment);
    bind(q, c.owner);
    bind(q, toJsonArray(c.usedBy));
    bind(q, c.vaultPath);
    bind(q, c.providerApi);
    bind(q, c.rotationIntervalDays);
    bind(q, c.gracePeriodSeconds);
    bind(q, c.supportsDualKey ? 1 : 0);
    bind(q, c.criticality);
    bind(q, toJsonArray(c.scopes));
    bind(q, toJsonArray(c.labels));
    bind(q, c.consumerId ? QVariant(*c.consumerId) : QVariant(QMetaType::fromType<qint64>()));
    bind(q, toString(c.lifecycle));
    bind(q, now);
    bind(q, now);
    bind(q, c.externalRef.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.externalRef));
    bind(q, c.scheduleCron.trimmed());
    if (auto r = Database::exec(q); !r) {
        if (Database::isUniqueViolation(q)) // added by someone else since the question above
            return Error{tr("a credential named %1 already exists; nothing was added").arg(c.name)};
        return r.error();
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = audit(QStringLiteral("credential.created"), QStringLiteral("credential"), QString::number(id),
                       std::nullopt, {}, {}, credentialJson(c));
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> WorkspaceStore::updateCredential(const Credential &c)
{
    if (auto v = validate(c); !v)
        return v;
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = credential(c.id);
    if (!before)
        return before.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE credentials SET name=?, kind=?, provider=?, environment=?, owner=?, used_by=?, vault_path=?,"
        " provider_api=?, rotation_interval_days=?, grace_period_s=?, supports_dual_key=?, criticality=?, scopes=?,"
        " labels=?, consumer_id=?, lifecycle=?, updated_at=?, schedule_cron=?, row_version=row_version+1"
        " WHERE id=? AND row_version=?"));
    bind(q, c.name.trimmed());
    bind(q, toString(c.kind));
    bind(q, c.provider);
    bind(q, c.environment);
    bind(q, c.owner);
    bind(q, toJsonArray(c.usedBy));
    bind(q, c.vaultPath);
    bind(q, c.providerApi);
    bind(q, c.rotationIntervalDays);
    bind(q, c.gracePeriodSeconds);
    bind(q, c.supportsDualKey ? 1 : 0);
    bind(q, c.criticality);
    bind(q, toJsonArray(c.scopes));
    bind(q, toJsonArray(c.labels));
    bind(q, c.consumerId ? QVariant(*c.consumerId) : QVariant(QMetaType::fromType<qint64>()));
    bind(q, toString(c.lifecycle));
    bind(q, m_clock.now().toMSecsSinceEpoch());
    bind(q, c.scheduleCron.trimmed());
    bind(q, c.id);
    bind(q, c.rowVersion);
    if (auto r = Database::exec(q); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error{tr("%1 was changed by someone else since it was read; your change was not saved. Reload and try "
                        "again.")
                         .arg(c.name)};
    // Record only what changed, before and after.
    const QJsonObject was = credentialJson(*before);
    const QJsonObject now = credentialJson(c);
    QJsonObject changes;
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (was.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), was.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    }
    if (auto r = audit(QStringLiteral("credential.updated"), QStringLiteral("credential"), QString::number(c.id),
                       std::nullopt, {}, {}, QJsonObject{{QStringLiteral("changes"), changes}});
        !r)
        return r;
    return tx.commit();
}

Result<void> WorkspaceStore::setLifecycle(qint64 credentialId, Lifecycle lifecycle, const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto before = credential(credentialId);
    if (!before)
        return before.error();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE credentials SET lifecycle=?, updated_at=?, row_version=row_version+1 WHERE id=?"));
    bind(q, toString(lifecycle));
    bind(q, m_clock.now().toMSecsSinceEpoch());
    bind(q, credentialId);
    if (auto r = Database::exec(q); !r)
        return r;
    if (auto r = audit(QStringLiteral("credential.lifecycle"), QStringLiteral("credential"),
                       QString::number(credentialId), std::nullopt, {}, {},
                       QJsonObject{{QStringLiteral("from"), toString(before->lifecycle)},
                                   {QStringLiteral("to"), toString(lifecycle)},
                                   {QStringLiteral("reason"), reason}});
        !r)
        return r;
    return tx.commit();
}

Result<Credential> WorkspaceStore::credential(qint64 id) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM credentials c WHERE c.id = ?").arg(QLatin1String(kCredentialColumns)));
    bind(q, id);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{tr("there is no credential with id %1").arg(id)};
    return credentialFromRow(q);
}

Result<Credential> WorkspaceStore::findCredential(const QString &nameOrId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM credentials c WHERE c.name = ?").arg(QLatin1String(kCredentialColumns)));
    bind(q, nameOrId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (q.next())
        return credentialFromRow(q);
    bool isNumber = false;
    const qint64 id = nameOrId.toLongLong(&isNumber);
    if (isNumber)
        return credential(id);
    return Error{tr("there is no credential named %1").arg(nameOrId)};
}

Result<qint64> WorkspaceStore::credentialCount() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM credentials"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<std::optional<Credential>> WorkspaceStore::credentialByExternalRef(const QString &externalRef) const
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM credentials c WHERE c.external_ref = ?").arg(QLatin1String(kCredentialColumns)));
    bind(q, externalRef);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<Credential>();
    return std::optional<Credential>(credentialFromRow(q));
}

Result<bool> WorkspaceStore::recordUsage(qint64 keyVersionId, const QDateTime &lastUsed, qint64 requests,
                                         qint64 unauthorized)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE key_versions SET last_used_at = CASE WHEN CAST(? AS BIGINT) IS NOT NULL AND "
                             "(last_used_at IS NULL OR last_used_at < ?)"
                             " THEN ? ELSE last_used_at END, request_count = ?, unauthorized_count = ?"
                             " WHERE id = ? AND (request_count <> ? OR unauthorized_count <> ? OR"
                             " (CAST(? AS BIGINT) IS NOT NULL AND (last_used_at IS NULL OR last_used_at < ?)))"));
    const QVariant when = msOrNull(lastUsed);
    bind(q, when);
    bind(q, when);
    bind(q, when);
    bind(q, requests);
    bind(q, unauthorized);
    bind(q, keyVersionId);
    bind(q, requests);
    bind(q, unauthorized);
    bind(q, when);
    bind(q, when);
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.numRowsAffected() > 0;
}

Result<std::optional<QString>> WorkspaceStore::setting(const QString &key) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    bind(q, key);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<void> WorkspaceStore::setSetting(const QString &key, const QString &value, const QString &auditAction,
                                        const QJsonObject &details)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    bind(q, key);
    bind(q, value);
    if (auto r = Database::exec(q); !r)
        return r;
    if (!auditAction.isEmpty()) {
        if (auto r = audit(auditAction, QStringLiteral("setting"), key, std::nullopt, {}, {}, details); !r)
            return r;
    }
    return tx.commit();
}

Result<QString> WorkspaceStore::workspaceId()
{
    auto existing = setting(QStringLiteral("workspace_id"));
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return **existing;
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto r = setSetting(QStringLiteral("workspace_id"), id, {}, {}); !r)
        return r.error();
    return id;
}

Result<qint64> WorkspaceStore::addKeyVersion(const KeyVersion &k)
{
    if (!isValidFingerprint(k.fingerprint))
        return Error{tr("a key version needs a fingerprint of the form sha256: and 16 hex digits; nothing was added "
                        "(the value given is not repeated here in case it is a key)")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const QDateTime now = m_clock.now();
    QString oldFingerprint;
    if (k.state == KeyState::Current) {
        QSqlQuery cur = m_db.query();
        cur.prepare(QStringLiteral("SELECT fingerprint FROM key_versions WHERE credential_id=? AND state='current'"));
        bind(cur, k.credentialId);
        if (auto r = Database::exec(cur); !r)
            return r.error();
        if (cur.next())
            oldFingerprint = cur.value(0).toString();
        QSqlQuery demote = m_db.query();
        demote.prepare(
            QStringLiteral("UPDATE key_versions SET state='previous' WHERE credential_id=? AND state='current'"));
        bind(demote, k.credentialId);
        if (auto r = Database::exec(demote); !r)
            return r.error();
    }
    int version = k.version;
    if (version <= 0) {
        QSqlQuery next = m_db.query();
        next.prepare(QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM key_versions WHERE credential_id=?"));
        bind(next, k.credentialId);
        if (auto r = Database::exec(next); !r)
            return r.error();
        version = next.next() ? next.value(0).toInt() : 1;
    }
    const QDateTime created = k.createdAt.isValid() ? k.createdAt : now;
    QDateTime activated = k.activatedAt;
    if (!activated.isValid() && k.state == KeyState::Current)
        activated = now;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO key_versions (credential_id, version, provider_key_id, fingerprint, prefix,"
                             " state, created_at, activated_at, revoked_at, last_used_at, request_count,"
                             " unauthorized_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    bind(q, k.credentialId);
    bind(q, version);
    bind(q, k.providerKeyId);
    bind(q, k.fingerprint);
    bind(q, k.prefix);
    bind(q, toString(k.state));
    bind(q, created.toMSecsSinceEpoch());
    bind(q, msOrNull(activated));
    bind(q, msOrNull(k.revokedAt.isValid() || k.state != KeyState::Revoked ? k.revokedAt : now));
    bind(q, msOrNull(k.lastUsedAt));
    bind(q, k.requestCount);
    bind(q, k.unauthorizedCount);
    if (auto r = Database::exec(q); !r)
        return Error{tr("cannot add key version %1: %2").arg(version).arg(r.errorMessage())};
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = audit(QStringLiteral("key_version.added"), QStringLiteral("credential"),
                       QString::number(k.credentialId), version, oldFingerprint, k.fingerprint,
                       QJsonObject{{QStringLiteral("state"), toString(k.state)},
                                   {QStringLiteral("provider_key_id"), k.providerKeyId},
                                   {QStringLiteral("prefix"), k.prefix}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> WorkspaceStore::setKeyState(qint64 keyVersionId, KeyState state)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery cur = m_db.query();
    cur.prepare(QStringLiteral("SELECT %1 FROM key_versions WHERE id=?").arg(QLatin1String(keyVersionColumns())));
    bind(cur, keyVersionId);
    if (auto r = Database::exec(cur); !r)
        return r;
    if (!cur.next())
        return Error{tr("there is no key version with id %1").arg(keyVersionId)};
    const KeyVersion before = keyVersionFromRow(cur);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (state == KeyState::Current) {
        QSqlQuery demote = m_db.query();
        demote.prepare(QStringLiteral(
            "UPDATE key_versions SET state='previous' WHERE credential_id=? AND state='current' AND id<>?"));
        bind(demote, before.credentialId);
        bind(demote, keyVersionId);
        if (auto r = Database::exec(demote); !r)
            return r;
    }
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral(
        "UPDATE key_versions SET state=?,"
        " activated_at = CASE WHEN CAST(? AS TEXT)='current' AND activated_at IS NULL THEN ? ELSE activated_at END,"
        " revoked_at = CASE WHEN CAST(? AS TEXT)='revoked' THEN ? ELSE revoked_at END WHERE id=?"));
    bind(q, toString(state));
    bind(q, toString(state));
    bind(q, now);
    bind(q, toString(state));
    bind(q, now);
    bind(q, keyVersionId);
    if (auto r = Database::exec(q); !r)
        return r;
    const bool revoking = state == KeyState::Revoked;
    if (auto r = audit(
            revoking ? QStringLiteral("key_version.revoked") : QStringLiteral("key_version.state"),
            QStringLiteral("credential"), QString::number(before.credentialId), before.version, before.fingerprint, {},
            QJsonObject{{QStringLiteral("from"), toString(before.state)}, {QStringLiteral("to"), toString(state)}});
        !r)
        return r;
    return tx.commit();
}

Result<QList<KeyVersion>> WorkspaceStore::keyVersions(qint64 credentialId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM key_versions WHERE credential_id=? ORDER BY version")
                  .arg(QLatin1String(keyVersionColumns())));
    bind(q, credentialId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<KeyVersion> out;
    while (q.next())
        out.append(keyVersionFromRow(q));
    return out;
}

Result<void> WorkspaceStore::recordLastUsed(qint64 keyVersionId, const QDateTime &when)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE key_versions SET last_used_at=? WHERE id=? AND"
                             " (last_used_at IS NULL OR last_used_at < ?)"));
    bind(q, when.toMSecsSinceEpoch());
    bind(q, keyVersionId);
    bind(q, when.toMSecsSinceEpoch());
    return Database::exec(q);
}

Result<qint64> WorkspaceStore::upsertConsumer(const Consumer &c)
{
    if (c.externalId.trimmed().isEmpty() || c.name.trimmed().isEmpty())
        return Error{tr("a consumer needs an id and a name")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    QSqlQuery find = m_db.query();
    find.prepare(QStringLiteral("SELECT id, name, contact_email, integration_pattern FROM consumers"
                                " WHERE external_id=?"));
    bind(find, c.externalId);
    if (auto r = Database::exec(find); !r)
        return r.error();
    qint64 id = 0;
    QString action;
    if (find.next()) {
        id = find.value(0).toLongLong();
        if (find.value(1).toString() == c.name && find.value(2).toString() == c.contactEmail &&
            find.value(3).toString() == c.integrationPattern) {
            // unchanged: nothing to write or audit (commit, so an enclosing transaction is not marked failed)
            if (auto r = tx.commit(); !r)
                return r.error();
            return id;
        }
        QSqlQuery upd = m_db.query();
        upd.prepare(QStringLiteral("UPDATE consumers SET name=?, contact_email=?, integration_pattern=? WHERE id=?"));
        bind(upd, c.name);
        bind(upd, c.contactEmail);
        bind(upd, c.integrationPattern);
        bind(upd, id);
        if (auto r = Database::exec(upd); !r)
            return r.error();
        action = QStringLiteral("consumer.updated");
    } else {
        QSqlQuery ins = m_db.query();
        ins.prepare(QStringLiteral("INSERT INTO consumers (external_id, name, contact_email, integration_pattern,"
                                   " created_at) VALUES (?,?,?,?,?)"));
        bind(ins, c.externalId);
        bind(ins, c.name);
        bind(ins, c.contactEmail);
        bind(ins, c.integrationPattern.isEmpty() ? QStringLiteral("rest") : c.integrationPattern);
        bind(ins, m_clock.now().toMSecsSinceEpoch());
        if (auto r = Database::exec(ins); !r)
            return r.error();
        id = ins.lastInsertId().toLongLong();
        action = QStringLiteral("consumer.created");
    }
    if (auto r = audit(action, QStringLiteral("consumer"), QString::number(id), std::nullopt, {}, {},
                       QJsonObject{{QStringLiteral("external_id"), c.externalId},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("contact_email"), c.contactEmail},
                                   {QStringLiteral("integration_pattern"), c.integrationPattern}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QHash<qint64, WorkspaceStore::ConsumerKeys>> WorkspaceStore::keysPerConsumer() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT c.consumer_id, COUNT(DISTINCT c.id), MAX(u.last_used_at) FROM credentials c"
                             " LEFT JOIN key_versions u ON u.credential_id = c.id AND u.state IN ('current','previous')"
                             " WHERE c.consumer_id IS NOT NULL GROUP BY c.consumer_id"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    QHash<qint64, ConsumerKeys> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), ConsumerKeys{q.value(1).toInt(), timeOrNull(q.value(2))});
    return out;
}

Result<QList<Consumer>> WorkspaceStore::consumers() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, external_id, name, contact_email, integration_pattern, created_at"
                             " FROM consumers ORDER BY name"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<Consumer> out;
    while (q.next()) {
        Consumer c;
        c.id = q.value(0).toLongLong();
        c.externalId = q.value(1).toString();
        c.name = q.value(2).toString();
        c.contactEmail = q.value(3).toString();
        c.integrationPattern = q.value(4).toString();
        c.createdAt = timeOrNull(q.value(5));
        out.append(c);
    }
    return out;
}

Result<qint64> WorkspaceStore::createRun(qint64 credentialId, const QString &kind)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO rotation_runs (credential_id, kind, state, started_by, created_at,"
                             " updated_at) VALUES (?,?,'planned',?,?,?)"));
    bind(q, credentialId);
    bind(q, kind);
    bind(q, m_actor);
    bind(q, now);
    bind(q, now);
    if (auto r = Database::exec(q); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r =
            audit(QStringLiteral("rotation.planned"), QStringLiteral("run"), QString::number(id), std::nullopt, {}, {},
                  QJsonObject{{QStringLiteral("credential_id"), double(credentialId)}, {QStringLiteral("kind"), kind}});
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> WorkspaceStore::setRunState(qint64 runId, const QString &state, const QString &error)
{
    static const QStringList terminal = {QStringLiteral("completed"), QStringLiteral("rolled_back")};
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE rotation_runs SET state=?, error=?, updated_at=?, row_version=row_version+1,"
                             " finished_at = CASE WHEN ? = 1 THEN ? ELSE finished_at END WHERE id=?"));
    bind(q, state);
    bind(q, error);
    bind(q, now);
    bind(q, terminal.contains(state) ? 1 : 0);
    bind(q, now);
    bind(q, runId);
    if (auto r = Database::exec(q); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error{tr("there is no rotation run %1").arg(runId)};
    QJsonObject details{{QStringLiteral("state"), state}};
    if (!error.isEmpty())
        details.insert(QStringLiteral("error"), error);
    if (auto r = audit(QStringLiteral("rotation.") + state, QStringLiteral("run"), QString::number(runId), std::nullopt,
                       {}, {}, details);
        !r)
        return r;
    return tx.commit();
}

Result<void> WorkspaceStore::recordStep(qint64 runId, const QString &name, const QString &state, const QString &detail)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO rotation_steps (run_id, seq, name, state, started_at, finished_at, detail)"
                             " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ? FROM rotation_steps WHERE run_id=?"));
    bind(q, runId);
    bind(q, name);
    bind(q, state);
    bind(q, now);
    bind(q, state == QLatin1String("started") ? QVariant(QMetaType::fromType<qint64>()) : QVariant(now));
    bind(q, detail);
    bind(q, runId);
    if (auto r = Database::exec(q); !r)
        return r;
    if (auto r = audit(
            QStringLiteral("rotation.step"), QStringLiteral("run"), QString::number(runId), std::nullopt, {}, {},
            QJsonObject{
                {QStringLiteral("step"), name}, {QStringLiteral("state"), state}, {QStringLiteral("detail"), detail}});
        !r)
        return r;
    return tx.commit();
}

namespace {
const char *const kRunColumns = "r.id, r.credential_id, r.kind, r.state, r.started_by, r.created_at, r.updated_at,"
                                " r.finished_at, r.error, r.data, r.next_action_at, r.grace_until, r.deadline_at,"
                                " r.urgent, c.name";

RotationRunRecord runFromRow(const QSqlQuery &q)
{
    RotationRunRecord run;
    run.id = q.value(0).toLongLong();
    run.credentialId = q.value(1).toLongLong();
    run.kind = q.value(2).toString();
    run.state = q.value(3).toString();
    run.startedBy = q.value(4).toString();
    run.createdAt = timeOrNull(q.value(5));
    run.updatedAt = timeOrNull(q.value(6));
    run.finishedAt = timeOrNull(q.value(7));
    run.error = q.value(8).toString();
    run.data = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    run.nextActionAt = timeOrNull(q.value(10));
    run.graceUntil = timeOrNull(q.value(11));
    run.deadlineAt = timeOrNull(q.value(12));
    run.urgent = q.value(13).toInt() != 0;
    run.credentialName = q.value(14).toString();
    return run;
}

const QStringList kTerminalStates = {QStringLiteral("completed"), QStringLiteral("rolled_back")};
} // namespace

Result<QList<RotationRunRecord>> WorkspaceStore::runs(qint64 credentialId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM rotation_runs r JOIN credentials c ON c.id = r.credential_id"
                             " WHERE (? = 0 OR r.credential_id = ?) ORDER BY r.id")
                  .arg(QLatin1String(kRunColumns)));
    bind(q, credentialId);
    bind(q, credentialId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<RotationRunRecord> out;
    while (q.next())
        out.append(runFromRow(q));
    return out;
}

Result<void> WorkspaceStore::setRunCampaign(qint64 runId, qint64 campaignId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE rotation_runs SET campaign_id = ? WHERE id = ?"));
    bind(q, campaignId);
    bind(q, runId);
    return Database::exec(q);
}

Result<RotationRunRecord> WorkspaceStore::run(qint64 runId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM rotation_runs r JOIN credentials c ON c.id = r.credential_id"
                             " WHERE r.id = ?")
                  .arg(QLatin1String(kRunColumns)));
    bind(q, runId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{tr("there is no rotation run %1").arg(runId)};
    return runFromRow(q);
}

Result<qint64> WorkspaceStore::startRun(qint64 credentialId, const QString &kind, const QJsonObject &data, bool urgent,
                                        qint64 lockSeconds)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto cred = credential(credentialId);
    if (!cred)
        return cred.error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    {
        QSqlQuery held = m_db.query();
        held.prepare(
            QStringLiteral("SELECT l.run_id, l.holder, l.expires_at, r.started_by, r.state FROM rotation_locks l"
                           " JOIN rotation_runs r ON r.id = l.run_id WHERE l.credential_id = ?"));
        bind(held, credentialId);
        if (auto r = Database::exec(held); !r)
            return r.error();
        if (held.next()) {
            const bool expired = held.value(2).toLongLong() < now;
            const bool finished = kTerminalStates.contains(held.value(4).toString());
            if (!expired && !finished)
                return Error{tr("%1 is already being rotated by run #%2 (started by %3, now %4); nothing was "
                                "started")
                                 .arg(cred->name)
                                 .arg(held.value(0).toLongLong())
                                 .arg(held.value(3).toString(), held.value(4).toString())};
            QSqlQuery drop = m_db.query();
            drop.prepare(QStringLiteral("DELETE FROM rotation_locks WHERE credential_id = ?"));
            bind(drop, credentialId);
            if (auto r = Database::exec(drop); !r)
                return r.error();
        }
    }
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO rotation_runs (credential_id, kind, state, started_by, created_at,"
                             " updated_at, data, urgent) VALUES (?,?,'planned',?,?,?,?,?)"));
    bind(q, credentialId);
    bind(q, kind);
    bind(q, m_actor);
    bind(q, now);
    bind(q, now);
    bind(q, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    bind(q, urgent ? 1 : 0);
    if (auto r = Database::exec(q); !r)
        return r.error();
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery lock = m_db.query();
    lock.prepare(QStringLiteral("INSERT INTO rotation_locks (credential_id, run_id, holder, acquired_at, expires_at)"
                                " VALUES (?,?,?,?,?)"));
    bind(lock, credentialId);
    bind(lock, id);
    bind(lock, m_actor);
    bind(lock, now);
    bind(lock, now + lockSeconds * 1000);
    if (auto r = Database::exec(lock); !r)
        return Error{tr("%1 is already being rotated by another client; nothing was started").arg(cred->name)};
    QJsonObject details = data;
    details.insert(QStringLiteral("credential_id"), double(credentialId));
    details.insert(QStringLiteral("kind"), kind);
    details.insert(QStringLiteral("urgent"), urgent);
    if (auto r = audit(QStringLiteral("rotation.planned"), QStringLiteral("run"), QString::number(id), std::nullopt, {},
                       {}, details);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> WorkspaceStore::transitionRun(qint64 runId, const QString &expectedState, const QString &state,
                                           const QJsonObject &data, const QDateTime &nextActionAt, const QString &error,
                                           const QJsonObject &auditDetails, const QString &oldFingerprint,
                                           const QString &newFingerprint)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QDateTime grace =
        QDateTime::fromString(data.value(QStringLiteral("grace_until")).toString(), Qt::ISODateWithMs);
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE rotation_runs SET state=?, data=?, next_action_at=?, error=?, updated_at=?,"
                             " grace_until=?, row_version=row_version+1,"
                             " finished_at = CASE WHEN ? = 1 THEN ? ELSE finished_at END WHERE id=? AND state=?"));
    bind(q, state);
    bind(q, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    bind(q, msOrNull(nextActionAt));
    bind(q, error);
    bind(q, now);
    bind(q, msOrNull(grace));
    bind(q, kTerminalStates.contains(state) ? 1 : 0);
    bind(q, now);
    bind(q, runId);
    bind(q, expectedState);
    if (auto r = Database::exec(q); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error{tr("run %1 was moved on by another process (it is no longer %2); this step did nothing")
                         .arg(runId)
                         .arg(expectedState)};
    QJsonObject details = auditDetails;
    details.insert(QStringLiteral("from"), expectedState);
    details.insert(QStringLiteral("to"), state);
    if (!error.isEmpty())
        details.insert(QStringLiteral("error"), error);
    if (auto r = audit(QStringLiteral("rotation.") + state, QStringLiteral("run"), QString::number(runId),
                       data.contains(QStringLiteral("new_version"))
                           ? std::optional<int>(data.value(QStringLiteral("new_version")).toInt())
                           : std::nullopt,
                       oldFingerprint, newFingerprint, details);
        !r)
        return r;
    return tx.commit();
}

Result<void> WorkspaceStore::rescheduleRun(qint64 runId, const QDateTime &nextActionAt, const QJsonObject &data)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE rotation_runs SET next_action_at=?, data=?, updated_at=? WHERE id=?"));
    bind(q, msOrNull(nextActionAt));
    bind(q, QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    bind(q, m_clock.now().toMSecsSinceEpoch());
    bind(q, runId);
    return Database::exec(q);
}

Result<bool> WorkspaceStore::takeLease(qint64 runId, const QString &holder, qint64 seconds)
{
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE rotation_runs SET lease_holder=?, lease_until=? WHERE id=? AND"
                             " (lease_until < ? OR lease_holder = ?)"));
    bind(q, holder);
    bind(q, now + seconds * 1000);
    bind(q, runId);
    bind(q, now);
    bind(q, holder);
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<QString> WorkspaceStore::leaseHolder(qint64 runId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT lease_holder, lease_until FROM rotation_runs WHERE id=?"));
    bind(q, runId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next() || q.value(1).toLongLong() < m_clock.now().toMSecsSinceEpoch())
        return QString();
    return q.value(0).toString();
}

Result<bool> WorkspaceStore::takeLeaseFrom(qint64 runId, const QString &previous, const QString &holder, qint64 seconds)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE rotation_runs SET lease_holder=?, lease_until=? WHERE id=? AND lease_holder=?"));
    bind(q, holder);
    bind(q, m_clock.now().toMSecsSinceEpoch() + seconds * 1000);
    bind(q, runId);
    bind(q, previous);
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<void> WorkspaceStore::releaseLease(qint64 runId, const QString &holder)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE rotation_runs SET lease_holder='', lease_until=0 WHERE id=? AND lease_holder=?"));
    bind(q, runId);
    bind(q, holder);
    return Database::exec(q);
}

Result<void> WorkspaceStore::releaseLock(qint64 credentialId, qint64 runId)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM rotation_locks WHERE credential_id=? AND run_id=?"));
    bind(q, credentialId);
    bind(q, runId);
    return Database::exec(q);
}

Result<QList<RotationRunRecord>> WorkspaceStore::dueRuns(const QDateTime &now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM rotation_runs r JOIN credentials c ON c.id = r.credential_id"
                             " WHERE r.state NOT IN ('completed','rolled_back','failed')"
                             " AND (r.next_action_at IS NULL OR r.next_action_at <= ?) ORDER BY r.id")
                  .arg(QLatin1String(kRunColumns)));
    bind(q, now.toMSecsSinceEpoch());
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<RotationRunRecord> out;
    while (q.next())
        out.append(runFromRow(q));
    return out;
}

Result<void> WorkspaceStore::raiseAlert(const QString &kind, const QString &severity, qint64 credentialId, qint64 runId,
                                        const QString &message)
{
    Transaction tx(m_db);
    if (!tx.status())
        return tx.status();
    QSqlQuery open = m_db.query();
    open.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM alerts WHERE kind=? AND run_id IS NOT DISTINCT FROM ? AND acknowledged_at IS NULL"));
    bind(open, kind);
    bind(open, runId ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>()));
    if (auto r = Database::exec(open); !r)
        return r;
    if (open.next() && open.value(0).toInt() > 0)
        return tx.commit();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO alerts (kind, severity, credential_id, run_id, message, raised_at)"
                             " VALUES (?,?,?,?,?,?)"));
    bind(q, kind);
    bind(q, severity);
    bind(q, credentialId ? QVariant(credentialId) : QVariant(QMetaType::fromType<qint64>()));
    bind(q, runId ? QVariant(runId) : QVariant(QMetaType::fromType<qint64>()));
    bind(q, message);
    bind(q, m_clock.now().toMSecsSinceEpoch());
    if (auto r = Database::exec(q); !r)
        return r;
    if (auto r = audit(QStringLiteral("alert.raised"), QStringLiteral("alert"), q.lastInsertId().toString(),
                       std::nullopt, {}, {},
                       QJsonObject{{QStringLiteral("kind"), kind},
                                   {QStringLiteral("severity"), severity},
                                   {QStringLiteral("run_id"), double(runId)},
                                   {QStringLiteral("message"), message}});
        !r)
        return r;
    return tx.commit();
}

Result<QList<AlertRecord>> WorkspaceStore::openAlerts() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT id, kind, severity, credential_id, run_id, message, raised_at FROM alerts"
                             " WHERE acknowledged_at IS NULL ORDER BY id"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<AlertRecord> out;
    while (q.next()) {
        AlertRecord a;
        a.id = q.value(0).toLongLong();
        a.kind = q.value(1).toString();
        a.severity = q.value(2).toString();
        a.credentialId = q.value(3).toLongLong();
        a.runId = q.value(4).toLongLong();
        a.message = q.value(5).toString();
        a.raisedAt = timeOrNull(q.value(6));
        out.append(a);
    }
    return out;
}

Result<QList<InventoryRow>> WorkspaceStore::inventory() const
{
    QList<InventoryRow> out;
    // Sized up front: growing a list of 100,000 rows moves every row about 17 times.
    auto read = readInventory([&out](qsizetype n) { out.reserve(n); },
                              [&out](InventoryRow &&row) { out.append(std::move(row)); });
    if (!read)
        return read.error();
    return out;
}

Result<QList<InventoryRow>> WorkspaceStore::inventoryRows(const QList<qint64> &credentialIds) const
{
    QList<InventoryRow> out;
    if (credentialIds.isEmpty())
        return out;
    QStringList ids;
    for (qint64 id : credentialIds)
        ids << QString::number(id); // numbers: nothing to quote
    auto read = readInventoryWhere(QStringLiteral("WHERE c.id IN (%1)").arg(ids.join(QLatin1Char(','))), {},
                                   [&out](InventoryRow &&row) { out.append(std::move(row)); });
    if (!read)
        return read.error();
    return out;
}

Result<void> WorkspaceStore::readInventory(const std::function<void(qsizetype)> &expect,
                                           const std::function<void(InventoryRow &&)> &add) const
{
    return readInventoryWhere({}, expect, add);
}

Result<void> WorkspaceStore::readInventoryWhere(const QString &where, const std::function<void(qsizetype)> &expect,
                                                const std::function<void(InventoryRow &&)> &add) const
{
    const QString sql =
        QStringLiteral("SELECT %1, kv.version, kv.fingerprint, kv.prefix, COALESCE(kv.activated_at, kv.created_at),"
                       " (SELECT MAX(u.last_used_at) FROM key_versions u WHERE u.credential_id = c.id"
                       "   AND u.state IN ('current','previous')),"
                       " co.name,"
                       " (SELECT r.state FROM rotation_runs r WHERE r.credential_id = c.id ORDER BY r.id DESC LIMIT 1)"
                       " FROM credentials c"
                       " LEFT JOIN key_versions kv ON kv.credential_id = c.id AND kv.state = 'current'"
                       " LEFT JOIN consumers co ON co.id = c.consumer_id %2"
                       " ORDER BY c.name")
            .arg(QLatin1String(kCredentialColumns), where);
    const auto read = [&add](auto &q) {
        constexpr int b = kCredentialColumnCount;
        InventoryRow row;
        row.credential = credentialFrom(q);
        row.currentVersion = int(q.integer(b));
        row.currentFingerprint = q.text(b + 1);
        row.currentPrefix = q.text(b + 2);
        row.rotatedAt = timeAt(q, b + 3);
        row.lastUsedAt = timeAt(q, b + 4);
        row.consumerName = q.shared(b + 5);
        row.latestRunState = q.shared(b + 6);
        add(std::move(row));
    };
    if (expect) {
        QSqlQuery count = m_db.query();
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM credentials"));
        if (auto r = Database::exec(count); !r)
            return r;
        if (count.next())
            expect(count.value(0).toLongLong());
    }

    if (sqlite3 *handle = m_db.sqliteHandle()) {
        // At 100,000 keys a QVariant per value costs more than the query itself: SQLite's own rows instead.
        SqliteRows q(handle, sql);
        while (q.next())
            read(q);
        return q.status();
    }
    QSqlQuery query = m_db.query();
    query.prepare(sql);
    if (auto r = Database::exec(query); !r)
        return r;
    QueryRow q(query);
    while (query.next())
        read(q);
    return {};
}

} // namespace keyturn
