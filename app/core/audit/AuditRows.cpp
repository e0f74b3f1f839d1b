#include "AuditRows.h"
#include "core/Translate.h"

#include "../store/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return translateIn({"keyturn::AuditRows", "keyturn::AuditLog"}, text);
}

QByteArrayView column(sqlite3_stmt *stmt, int i)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, i));
    if (!text)
        return QByteArrayView("", 0);
    return QByteArrayView(text, sqlite3_column_bytes(stmt, i));
}
} // namespace

const char *auditEventColumns()
{
    return "id, at, actor, action, target_type, target_id, key_version, old_fingerprint, new_fingerprint, details,"
           " prev_hash, hash";
}

AuditRows::AuditRows(const Database &db, const QString &sql, const QVariantList &binds)
{
    m_db = db.sqliteHandle();
    if (m_db) {
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
            m_status = Error{tr("cannot read the audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
            sqlite3_finalize(m_stmt);
            m_stmt = nullptr;
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QVariant &v = binds.at(i);
            int rc = SQLITE_OK;
            if (v.isNull()) {
                rc = sqlite3_bind_null(m_stmt, i + 1);
            } else if (v.typeId() == QMetaType::QString) {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            }
            if (rc != SQLITE_OK) {
                m_status = Error{tr("cannot read the audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
                return;
            }
        }
        return;
    }
    m_query.emplace(db.query());
    // Streams (libpq's single-row mode on PostgreSQL) rather than holding a million rows: nothing else may run on
    // this connection until the rows are read.
    m_query->setForwardOnly(true);
    m_query->prepare(sql);
    for (const QVariant &v : binds)
        m_query->addBindValue(v);
    if (auto r = Database::exec(*m_query); !r)
        m_status = Error{tr("cannot read the audit log: %1").arg(r.errorMessage())};
}

AuditRows::~AuditRows()
{
    sqlite3_finalize(m_stmt);
}

bool AuditRows::next()
{
    if (!m_status)
        return false;
    if (m_stmt) {
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_ROW) {
            if (rc != SQLITE_DONE)
                m_status = Error{tr("cannot read the audit log: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_db)))};
            return false;
        }
        AuditEventView &v = m_view;
        v.id = sqlite3_column_int64(m_stmt, 0);
        v.atMs = sqlite3_column_int64(m_stmt, 1);
        v.actor = column(m_stmt, 2);
        v.action = column(m_stmt, 3);
        v.targetType = column(m_stmt, 4);
        v.targetId = column(m_stmt, 5);
        v.hasKeyVersion = sqlite3_column_type(m_stmt, 6) != SQLITE_NULL;
        v.keyVersion = v.hasKeyVersion ? sqlite3_column_int64(m_stmt, 6) : 0;
        v.oldFingerprint = column(m_stmt, 7);
        v.newFingerprint = column(m_stmt, 8);
        v.details = column(m_stmt, 9);
        v.prevHash = column(m_stmt, 10);
        v.hash = column(m_stmt, 11);
        return true;
    }
    if (!m_query || !m_query->next())
        return false;
    const QSqlQuery &q = *m_query;
    AuditEventView &v = m_view;
    v.id = q.value(0).toLongLong();
    v.atMs = q.value(1).toLongLong();
    v.hasKeyVersion = !q.value(6).isNull();
    v.keyVersion = v.hasKeyVersion ? q.value(6).toLongLong() : 0;
    const int text[9] = {2, 3, 4, 5, 7, 8, 9, 10, 11};
    for (int i = 0; i < 9; ++i)
        m_copies[i] = q.value(text[i]).toString().toUtf8();
    v.actor = m_copies[0];
    v.action = m_copies[1];
    v.targetType = m_copies[2];
    v.targetId = m_copies[3];
    v.oldFingerprint = m_copies[4];
    v.newFingerprint = m_copies[5];
    v.details = m_copies[6];
    v.prevHash = m_copies[7];
    v.hash = m_copies[8];
    return true;
}

} // namespace keyturn
