#include "AuditLog.h"

#include "../domain/Clock.h"
#include "../store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::AuditLog", text);
}

const char *const kSelectColumns = "SELECT id, at, actor, action, target_type, target_id, key_version, old_fingerprint,"
                                   " new_fingerprint, details, prev_hash, hash FROM audit_events";

AuditEvent eventFromRow(const QSqlQuery &q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.targetType = q.value(4).toString();
    e.targetId = q.value(5).toString();
    if (!q.value(6).isNull())
        e.keyVersion = q.value(6).toInt();
    e.oldFingerprint = q.value(7).toString();
    e.newFingerprint = q.value(8).toString();
    e.details = q.value(9).toString().toUtf8();
    e.prevHash = q.value(10).toString().toLatin1();
    e.hash = q.value(11).toString().toLatin1();
    return e;
}
} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<AuditEvent> AuditLog::append(AuditEvent e)
{
    if (!m_db.inTransaction())
        return Error{tr("internal error: an audit event must be written in the transaction of its change")};
    QSqlQuery head = m_db.query();
    head.prepare(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    if (auto r = Database::exec(head); !r)
        return r.error();
    if (!head.next())
        return Error{tr("the audit log has no head row; the workspace is damaged, nothing was written")};
    e.id = head.value(0).toLongLong() + 1;
    e.prevHash = head.value(1).toString().toLatin1();
    if (!e.at.isValid())
        e.at = m_clock.now();
    // millisecond precision, as stored
    e.at = QDateTime::fromMSecsSinceEpoch(e.at.toMSecsSinceEpoch(), Qt::UTC);
    if (e.details.isEmpty())
        e.details = "{}";
    e.hash = chainHash(e.prevHash, canonicalJson(e));

    QSqlQuery ins = m_db.query();
    ins.prepare(QStringLiteral("INSERT INTO audit_events (id, at, actor, action, target_type, target_id, key_version,"
                               " old_fingerprint, new_fingerprint, details, prev_hash, hash)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bind(ins, e.id);
    bind(ins, e.at.toMSecsSinceEpoch());
    bind(ins, e.actor);
    bind(ins, e.action);
    bind(ins, e.targetType);
    bind(ins, e.targetId);
    bind(ins, e.keyVersion ? QVariant(*e.keyVersion) : QVariant(QMetaType::fromType<int>()));
    bind(ins, e.oldFingerprint);
    bind(ins, e.newFingerprint);
    bind(ins, QString::fromUtf8(e.details));
    bind(ins, QString::fromLatin1(e.prevHash));
    bind(ins, QString::fromLatin1(e.hash));
    if (auto r = Database::exec(ins); !r)
        return r.error();

    QSqlQuery upd = m_db.query();
    upd.prepare(QStringLiteral("UPDATE audit_head SET last_id = ?, last_hash = ? WHERE id = 1"));
    bind(upd, e.id);
    bind(upd, QString::fromLatin1(e.hash));
    if (auto r = Database::exec(upd); !r)
        return r.error();
    return e;
}

Result<AuditVerification> AuditLog::verify(const std::function<bool(qint64, qint64)> &progress) const
{
    AuditVerification out;
    qint64 total = 0;
    qint64 headId = 0;
    QByteArray headHash = genesisHash();
    {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_events), last_id, last_hash FROM audit_head"));
        if (auto r = Database::exec(q); !r)
            return r.error();
        if (q.next()) {
            total = q.value(0).toLongLong();
            headId = q.value(1).toLongLong();
            headHash = q.value(2).toString().toLatin1();
        } else {
            out.intact = false;
            out.problem = tr("The audit log's head record is missing: the log was tampered with.");
            return out;
        }
    }

    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral(" ORDER BY id"));
    if (auto r = Database::exec(q); !r)
        return r.error();

    QByteArray expectedPrev = genesisHash();
    qint64 expectedId = 1;
    auto fail = [&out](qint64 id, const QString &problem) {
        out.intact = false;
        out.firstBadId = id;
        out.problem = problem;
        return out;
    };
    while (q.next()) {
        const AuditEvent e = eventFromRow(q);
        if (e.id != expectedId) {
            if (e.id > expectedId) {
                return fail(expectedId,
                            tr("Event #%1 is missing: the chain jumps from #%2 to #%3 (events were removed).")
                                .arg(expectedId)
                                .arg(expectedId - 1)
                                .arg(e.id));
            }
            return fail(e.id, tr("Event #%1 is out of place (events were reordered).").arg(e.id));
        }
        const QByteArray computed = chainHash(e.prevHash, canonicalJson(e));
        if (computed != e.hash) {
            return fail(e.id, tr("Event #%1 (%2 by %3) was altered or moved: its content does not match its hash.")
                                  .arg(e.id)
                                  .arg(e.action, e.actor));
        }
        if (e.prevHash != expectedPrev) {
            return fail(e.id, tr("Event #%1 does not follow event #%2: #%2 was altered or replaced, or events were "
                                 "removed or reordered.")
                                  .arg(e.id)
                                  .arg(e.id - 1));
        }
        expectedPrev = e.hash;
        ++expectedId;
        ++out.eventsChecked;
        if (progress && (out.eventsChecked % 4096) == 0 && !progress(out.eventsChecked, total)) {
            out.intact = false;
            out.problem =
                tr("Verification was cancelled after %1 events; nothing was concluded.").arg(out.eventsChecked);
            return out;
        }
    }
    out.headHash = expectedPrev;
    if (headId != expectedId - 1 || headHash != expectedPrev) {
        if (headId > expectedId - 1) {
            return fail(expectedId, tr("Events #%1 to #%2 at the end of the log are missing (they were removed).")
                                        .arg(expectedId)
                                        .arg(headId));
        }
        return fail(
            expectedId - 1,
            tr("The audit log's head record does not match event #%1: the log was tampered with.").arg(expectedId - 1));
    }
    if (progress)
        progress(out.eventsChecked, total);
    return out;
}

Result<QList<AuditEvent>> AuditLog::events(qint64 afterId, int limit) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral(" WHERE id > ? ORDER BY id LIMIT ?"));
    bind(q, afterId);
    bind(q, limit);
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<AuditEvent> out;
    while (q.next())
        out.append(eventFromRow(q));
    return out;
}

Result<QList<AuditEvent>> AuditLog::eventsFor(const QString &targetType, const QString &targetId) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QString::fromLatin1(kSelectColumns) +
              QStringLiteral(" WHERE target_type = ? AND target_id = ? ORDER BY id"));
    bind(q, targetType);
    bind(q, targetId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    QList<AuditEvent> out;
    while (q.next())
        out.append(eventFromRow(q));
    return out;
}

Result<qint64> AuditLog::count() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_events"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace keyturn
