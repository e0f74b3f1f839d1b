#include "AlertCenter.h"

#include "../audit/AuditLog.h"
#include "../domain/Clock.h"
#include "../store/Database.h"
#include "../store/RowReader.h"
#include "../store/WorkspaceStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::AlertCenter", text);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Result<void> appendAudit(WorkspaceStore &store, const QString &action, qint64 alertId, const QJsonObject &details)
{
    AuditEvent e;
    e.actor = store.actor();
    e.action = action;
    e.targetType = QStringLiteral("alert");
    e.targetId = QString::number(alertId);
    e.details = canonicalDetails(details);
    auto r = store.auditLog().append(std::move(e));
    if (!r)
        return r.error();
    return {};
}

QJsonObject candidateJson(const AlertCandidate &c)
{
    return QJsonObject{
        {QStringLiteral("rule_key"), c.ruleKey},     {QStringLiteral("kind"), c.kind},
        {QStringLiteral("severity"), c.severity},    {QStringLiteral("credential_id"), double(c.credentialId)},
        {QStringLiteral("run_id"), double(c.runId)}, {QStringLiteral("message"), c.message}};
}

/// An unresolved alert a rule raised, as far as reconciling needs it.
struct OpenRow
{
    qint64 id = 0;
    QString severity;
    QString message;
};
} // namespace

AlertCenter::AlertCenter(WorkspaceStore &store, AlertPolicy policy) : m_store(store), m_policy(std::move(policy)) {}

QString AlertCenter::baselineSettingKey()
{
    return QStringLiteral("monitoring.unauthorized_baselines");
}

Result<AlertRecompute> AlertCenter::recompute()
{
    Database &db = m_store.database();
    AlertInput input;
    input.now = m_store.clock().now();

    // Read the workspace before taking the write lock; what the rules see may be a moment old, never inconsistent
    // with the alerts table, which is read and written under the lock below. WorkspaceStore::inventory() and runs()
    // read every column and every run ever made (seconds at 100,000 keys); these read only what the rules use.
    {
        // One indexed probe per credential (key_versions_by_credential); the keys are folded in here.
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "SELECT c.id, c.name, c.rotation_interval_days, CASE WHEN c.lifecycle = 'revoked' THEN 1 ELSE 0 END,"
            " CASE WHEN k.state = 'current' THEN 1 ELSE 0 END, k.version, COALESCE(k.activated_at, k.created_at),"
            " k.last_used_at FROM credentials c"
            " LEFT JOIN key_versions k ON k.credential_id = c.id AND k.state IN ('current', 'previous')"
            " ORDER BY c.id"));
        if (auto r = Database::exec(q); !r)
            return r.error();
        QSqlQuery count = db.query();
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM credentials"));
        if (auto r = Database::exec(count); !r)
            return r.error();
        if (count.next())
            input.inventory.reserve(count.value(0).toLongLong());
        // Only what the rules use (AlertInput), as numbers where the rules need no text: it keeps the read fast.
        InventoryRow *row = nullptr;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!row || row->credential.id != id) {
                InventoryRow fresh;
                fresh.credential.id = id;
                fresh.credential.name = q.value(1).toString();
                fresh.credential.rotationIntervalDays = q.value(2).toInt();
                fresh.credential.lifecycle = q.value(3).toInt() ? Lifecycle::Revoked : Lifecycle::Active;
                input.inventory.append(std::move(fresh));
                row = &input.inventory.last();
            }
            if (q.value(4).toInt()) {
                row->currentVersion = q.value(5).toInt();
                row->rotatedAt = timeOrNull(q.value(6));
            }
            const QDateTime used = timeOrNull(q.value(7));
            if (used.isValid() && (!row->lastUsedAt.isValid() || used > row->lastUsedAt))
                row->lastUsedAt = used;
        }
    }
    {
        // Runs under way, and failed runs no later run of the credential replaced (an abandoned failure whose lock
        // ran out and was taken by a new run is history, not an alert).
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "SELECT r.id, r.credential_id, r.kind, r.state, r.created_at, r.error, r.data, r.grace_until, c.name"
            " FROM rotation_runs r JOIN credentials c ON c.id = r.credential_id"
            " WHERE r.state NOT IN ('completed', 'rolled_back') AND (r.state <> 'failed' OR NOT EXISTS"
            "  (SELECT 1 FROM rotation_runs n WHERE n.credential_id = r.credential_id AND n.id > r.id))"
            " ORDER BY r.id"));
        if (auto r = Database::exec(q); !r)
            return r.error();
        while (q.next()) {
            RotationRunRecord run;
            run.id = q.value(0).toLongLong();
            run.credentialId = q.value(1).toLongLong();
            run.kind = q.value(2).toString();
            run.state = q.value(3).toString();
            run.createdAt = timeOrNull(q.value(4));
            run.error = q.value(5).toString();
            run.data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
            run.graceUntil = timeOrNull(q.value(7));
            run.credentialName = q.value(8).toString();
            input.runs.append(std::move(run));
        }
    }
    {
        // the rotation-due rule holds back while a run is under way
        QHash<qint64, QString> underWay;
        for (const RotationRunRecord &run : std::as_const(input.runs)) {
            if (alertrules::isRunUnderWay(run.state))
                underWay.insert(run.credentialId, run.state);
        }
        if (!underWay.isEmpty()) {
            for (InventoryRow &row : input.inventory)
                row.latestRunState = underWay.value(row.credential.id);
        }
    }
    for (const RotationRunRecord &run : std::as_const(input.runs)) {
        if (input.keys.contains(run.credentialId))
            continue;
        auto keys = m_store.keyVersions(run.credentialId);
        if (!keys)
            return keys.error();
        input.keys.insert(run.credentialId, *keys);
    }
    {
        // Revoked keys with a sign of use since: one query instead of reading 100,000 credentials' keys.
        QSqlQuery q = db.query();
        q.prepare(
            QStringLiteral("SELECT %1 FROM key_versions WHERE state = 'revoked' AND (unauthorized_count > 0"
                           " OR (last_used_at IS NOT NULL AND revoked_at IS NOT NULL AND last_used_at > revoked_at))"
                           " ORDER BY credential_id, version")
                .arg(QLatin1String(keyVersionColumns())));
        if (auto r = Database::exec(q); !r)
            return r.error();
        QSet<qint64> complete(input.keys.keyBegin(), input.keys.keyEnd());
        while (q.next()) {
            KeyVersion k = keyVersionFromRow(q);
            if (!complete.contains(k.credentialId))
                input.keys[k.credentialId].append(std::move(k));
        }
    }

    Transaction tx(db);
    if (!tx.status())
        return tx.status().error();

    // 401 baselines of the runs under way.
    auto stored = m_store.setting(baselineSettingKey());
    if (!stored)
        return stored.error();
    const QJsonObject before =
        stored->has_value() ? QJsonDocument::fromJson((**stored).toUtf8()).object() : QJsonObject();
    QJsonObject baselines;
    for (const RotationRunRecord &run : std::as_const(input.runs)) {
        if (!alertrules::isRunUnderWay(run.state))
            continue;
        UnauthorizedBaseline b;
        const QString id = QString::number(run.id);
        if (run.data.contains(QStringLiteral("unauthorized_at_start"))) {
            b.count = qint64(run.data.value(QStringLiteral("unauthorized_at_start")).toDouble());
            b.at = run.createdAt;
        } else if (before.contains(id)) {
            const QJsonObject o = before.value(id).toObject();
            b.count = qint64(o.value(QStringLiteral("count")).toDouble());
            b.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
            baselines.insert(id, o);
        } else {
            b.count = alertrules::unauthorizedTotal(input.keys.value(run.credentialId));
            b.at = input.now;
            baselines.insert(
                id, QJsonObject{{QStringLiteral("count"), double(b.count)}, {QStringLiteral("at"), isoUtc(b.at)}});
        }
        input.baselines.insert(run.id, b);
    }
    if (baselines != before) {
        // Observation, like usage telemetry: not audited.
        if (auto r =
                m_store.setSetting(baselineSettingKey(),
                                   QString::fromUtf8(QJsonDocument(baselines).toJson(QJsonDocument::Compact)), {}, {});
            !r)
            return r.error();
    }

    const QList<AlertCandidate> candidates = alertrules::evaluate(input, m_policy);

    QHash<QString, OpenRow> open;
    {
        QSqlQuery q = db.query();
        q.prepare(QStringLiteral(
            "SELECT id, rule_key, severity, message FROM alerts WHERE rule_key <> '' AND resolved_at IS NULL"));
        if (auto r = Database::exec(q); !r)
            return r.error();
        while (q.next())
            open.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    }

    const qint64 now = input.now.toMSecsSinceEpoch();
    AlertRecompute out;
    QSqlQuery resolve = db.query();
    resolve.prepare(QStringLiteral("UPDATE alerts SET resolved_at = ? WHERE id = ?"));
    auto resolveRow = [&](qint64 id, const QString &ruleKey, const QString &why) -> Result<void> {
        resolve.bindValue(0, now);
        resolve.bindValue(1, id);
        if (auto r = Database::exec(resolve); !r)
            return r;
        ++out.resolved;
        return appendAudit(m_store, QStringLiteral("alert.resolved"), id,
                           QJsonObject{{QStringLiteral("rule_key"), ruleKey}, {QStringLiteral("reason"), why}});
    };
    QSqlQuery insert = db.query();
    insert.prepare(QStringLiteral("INSERT INTO alerts (kind, severity, credential_id, run_id, message, raised_at,"
                                  " rule_key) VALUES (?,?,?,?,?,?,?)"));
    // The schema's alerts_open_once index allows one unacknowledged row per (kind, run): a run's condition that
    // returns while its resolved row was never acknowledged reopens that row instead of adding one.
    QSqlQuery returning = db.query();
    returning.prepare(QStringLiteral("SELECT id FROM alerts WHERE kind = ? AND run_id = ? AND acknowledged_at IS NULL"
                                     " AND resolved_at IS NOT NULL"));
    QSqlQuery reopen = db.query();
    reopen.prepare(QStringLiteral(
        "UPDATE alerts SET resolved_at = NULL, raised_at = ?, severity = ?, message = ?, rule_key = ? WHERE id = ?"));
    auto raise = [&](const AlertCandidate &c) -> Result<void> {
        qint64 id = 0;
        QJsonObject details = candidateJson(c);
        if (c.runId) {
            returning.bindValue(0, c.kind);
            returning.bindValue(1, c.runId);
            if (auto r = Database::exec(returning); !r)
                return r;
            if (returning.next()) {
                id = returning.value(0).toLongLong();
                reopen.bindValue(0, now);
                reopen.bindValue(1, c.severity);
                reopen.bindValue(2, c.message);
                reopen.bindValue(3, c.ruleKey);
                reopen.bindValue(4, id);
                if (auto r = Database::exec(reopen); !r)
                    return r;
                details.insert(QStringLiteral("reopened"), true);
            }
            returning.finish();
        }
        if (!id) {
            insert.bindValue(0, c.kind);
            insert.bindValue(1, c.severity);
            insert.bindValue(2, idOrNull(c.credentialId));
            insert.bindValue(3, idOrNull(c.runId));
            insert.bindValue(4, c.message);
            insert.bindValue(5, now);
            insert.bindValue(6, c.ruleKey);
            if (auto r = Database::exec(insert); !r)
                return r;
            id = insert.lastInsertId().toLongLong();
        }
        ++out.raised;
        return appendAudit(m_store, QStringLiteral("alert.raised"), id, details);
    };
    QSqlQuery reword = db.query();
    reword.prepare(QStringLiteral("UPDATE alerts SET message = ? WHERE id = ?"));

    QSet<QString> seen;
    seen.reserve(candidates.size());
    for (const AlertCandidate &c : candidates) {
        if (seen.contains(c.ruleKey))
            continue; // a rule names each condition once; be safe against a duplicate
        seen.insert(c.ruleKey);
        const auto existing = open.constFind(c.ruleKey);
        if (existing == open.constEnd()) {
            if (auto r = raise(c); !r)
                return r.error();
            continue;
        }
        if (existing->severity != c.severity) {
            if (auto r = resolveRow(existing->id, c.ruleKey, QStringLiteral("severity changed to ") + c.severity); !r)
                return r.error();
            if (auto r = raise(c); !r)
                return r.error();
            continue;
        }
        ++out.kept;
        if (existing->message != c.message) {
            // The facts moved on (a count, a time): the row says so; it is the same condition, not audited again.
            reword.bindValue(0, c.message);
            reword.bindValue(1, existing->id);
            if (auto r = Database::exec(reword); !r)
                return r.error();
        }
    }
    for (auto it = open.constBegin(); it != open.constEnd(); ++it) {
        if (!seen.contains(it.key())) {
            if (auto r = resolveRow(it->id, it.key(), QStringLiteral("condition cleared")); !r)
                return r.error();
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return out;
}

Result<void> AlertCenter::acknowledge(qint64 alertId, const QString &note)
{
    Transaction tx(m_store.database());
    if (!tx.status())
        return tx.status();
    auto current = alert(alertId);
    if (!current)
        return current.error();
    if (current->acknowledged())
        return Error{tr("alert %1 was already acknowledged by %2 at %3; nothing was changed")
                         .arg(alertId)
                         .arg(current->acknowledgedBy, isoUtc(current->acknowledgedAt))};
    const qint64 now = m_store.clock().now().toMSecsSinceEpoch();
    const bool closes = !current->fromRule() && !current->resolvedAt.isValid();
    QSqlQuery q = m_store.database().query();
    q.prepare(QStringLiteral("UPDATE alerts SET acknowledged_by = ?, acknowledged_at = ?,"
                             " resolved_at = CASE WHEN ? = 1 THEN ? ELSE resolved_at END"
                             " WHERE id = ? AND acknowledged_at IS NULL"));
    bind(q, m_store.actor());
    bind(q, now);
    bind(q, closes ? 1 : 0);
    bind(q, now);
    bind(q, alertId);
    if (auto r = Database::exec(q); !r)
        return r;
    if (q.numRowsAffected() != 1)
        return Error{tr("alert %1 was acknowledged by someone else meanwhile; nothing was changed").arg(alertId)};
    QJsonObject details{{QStringLiteral("kind"), current->kind},
                        {QStringLiteral("severity"), current->severity},
                        {QStringLiteral("rule_key"), current->ruleKey},
                        {QStringLiteral("note"), note.trimmed()}};
    if (closes)
        details.insert(QStringLiteral("resolved"), true);
    if (auto r = appendAudit(m_store, QStringLiteral("alert.acknowledged"), alertId, details); !r)
        return r;
    return tx.commit();
}

Result<QList<Alert>> AlertCenter::select(const QString &where, const QString &order) const
{
    const QString sql =
        QStringLiteral("SELECT a.id, a.kind, a.severity, a.credential_id, a.run_id, a.message, a.raised_at,"
                       " a.acknowledged_by, a.acknowledged_at, a.rule_key, a.resolved_at, c.name"
                       " FROM alerts a LEFT JOIN credentials c ON c.id = a.credential_id"
                       " WHERE %1 ORDER BY %2")
            .arg(where, order);
    QList<Alert> out;
    const auto time = [](const auto &q, int column) {
        return q.isNull(column) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.integer(column), Qt::UTC);
    };
    const auto read = [&out, &time](auto &q) {
        Alert a;
        a.id = q.integer(0);
        a.kind = q.shared(1);
        a.severity = q.shared(2);
        a.credentialId = q.integer(3);
        a.runId = q.integer(4);
        a.message = q.text(5);
        a.raisedAt = time(q, 6);
        a.acknowledgedBy = q.shared(7);
        a.acknowledgedAt = time(q, 8);
        a.ruleKey = q.text(9);
        a.resolvedAt = time(q, 10);
        a.credentialName = q.text(11);
        out.append(std::move(a));
    };
    // The dashboard reads every open alert when it opens: tens of thousands at 100,000 keys. SQLite's own rows
    // where there are (no QVariant per value), QSqlQuery elsewhere.
    if (sqlite3 *handle = m_store.database().sqliteHandle()) {
        SqliteRows q(handle, sql);
        while (q.next())
            read(q);
        if (auto r = q.status(); !r)
            return r.error();
        return out;
    }
    QSqlQuery query = m_store.database().query();
    query.prepare(sql);
    if (auto r = Database::exec(query); !r)
        return r.error();
    QueryRow q(query);
    while (query.next())
        read(q);
    return out;
}

Result<QList<Alert>> AlertCenter::openAlerts() const
{
    // An engine alert acknowledged before acknowledge() closed them counts as closed, as the engine treats it.
    return select(QStringLiteral("a.resolved_at IS NULL AND NOT (a.rule_key = '' AND a.acknowledged_at IS NOT NULL)"),
                  QStringLiteral("CASE a.severity WHEN 'critical' THEN 2 WHEN 'warning' THEN 1 ELSE 0 END DESC,"
                                 " a.raised_at DESC, a.id DESC"));
}

Result<QList<Alert>> AlertCenter::allAlerts() const
{
    return select(QStringLiteral("1 = 1"), QStringLiteral("a.raised_at DESC, a.id DESC"));
}

Result<Alert> AlertCenter::alert(qint64 alertId) const
{
    auto rows = select(QStringLiteral("a.id = %1").arg(alertId), QStringLiteral("a.id"));
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error{tr("there is no alert %1; nothing was changed").arg(alertId)};
    return rows->first();
}

} // namespace keyturn
