#include "AuditLog.h"

#include "../domain/Clock.h"
#include "../store/Database.h"
#include "AuditRows.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

#include <openssl/evp.h>

#include <cstring>

namespace keyturn {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("keyturn::AuditLog", text);
}

QString selectEvents(const char *rest)
{
    return QStringLiteral("SELECT %1 FROM audit_events %2")
        .arg(QLatin1String(auditEventColumns()), QLatin1String(rest));
}

/// SHA-256 for many small inputs: the algorithm is fetched once and one context reused, where the one-shot SHA256()
/// looks the algorithm up (under a lock) for every event.
class Sha256
{
public:
    Sha256() : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr)), m_ctx(EVP_MD_CTX_new()) {}
    ~Sha256()
    {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    bool isValid() const { return m_md && m_ctx; }
    /// Hex digest of `bytes` into `hex` (64 characters).
    bool hexInto(const std::string &bytes, char hex[64])
    {
        static const char digits[] = "0123456789abcdef";
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        if (!EVP_DigestInit_ex(m_ctx, m_md, nullptr) || !EVP_DigestUpdate(m_ctx, bytes.data(), bytes.size()) ||
            !EVP_DigestFinal_ex(m_ctx, digest, &size) || size != 32)
            return false;
        for (int i = 0; i < 32; ++i) {
            hex[2 * i] = digits[digest[i] >> 4];
            hex[2 * i + 1] = digits[digest[i] & 15];
        }
        return true;
    }

private:
    EVP_MD *m_md;
    EVP_MD_CTX *m_ctx;
};
} // namespace

AuditLog::AuditLog(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

Result<AuditEvent> AuditLog::append(AuditEvent e)
{
    if (!m_db.inTransaction())
        return Error{tr("internal error: an audit event must be written in the transaction of its change")};
    if (m_db.backend() == Database::Backend::Postgres) {
        for (const QString *text :
             {&e.actor, &e.action, &e.targetType, &e.targetId, &e.oldFingerprint, &e.newFingerprint}) {
            if (text->contains(QChar(0)))
                return Error{tr("the audit event holds a NUL character, which PostgreSQL cannot store; nothing was "
                                "written")};
        }
    }
    // One chain under concurrent writers: SQLite's writers queue for the file (BEGIN IMMEDIATE); on PostgreSQL the
    // head row is locked until this change commits, so the next append reads the head this one leaves.
    QSqlQuery head = m_db.query();
    head.prepare(m_db.backend() == Database::Backend::Postgres
                     ? QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
                     : QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
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

Result<std::pair<qint64, QByteArray>> AuditLog::head() const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next())
        return Error{tr("The audit log's head record is missing: the log was tampered with.")};
    return std::pair{q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
}

Result<AuditVerification> AuditLog::verify(const std::function<bool(qint64, qint64)> &progress) const
{
    AuditVerification out;
    qint64 headId = 0;
    QByteArray headHash;
    {
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT last_id, last_hash FROM audit_head WHERE id = 1"));
        if (auto r = Database::exec(q); !r)
            return r.error();
        if (!q.next()) {
            out.intact = false;
            out.problem = tr("The audit log's head record is missing: the log was tampered with.");
            return out;
        }
        headId = q.value(0).toLongLong();
        headHash = q.value(1).toString().toLatin1();
    }
    auto fail = [&out](qint64 id, const QString &problem) {
        out.intact = false;
        out.firstBadId = id;
        out.problem = problem;
        return out;
    };

    char expectedPrev[64];
    char computed[64];
    Sha256 sha256;
    if (!sha256.isValid())
        return Error{tr("OpenSSL has no SHA-256 here; the audit log cannot be verified")};
    std::string buffer;
    buffer.reserve(1024);
    qint64 expectedId = 1;

    // Walks rows in the order `sql` gives them. On SQLite the first walk reads the table in storage order (a plain
    // scan, a third faster than through the id index), which is id order unless rows were moved: at the first id out
    // of sequence it stops, and the walk in id order (rows up to the head only) decides what is wrong.
    enum class Walk
    {
        Done,
        Stopped, // failed or cancelled: `out` says which
        OutOfSequence,
    };
    auto walk = [&](const QString &sql, const QVariantList &binds, bool storageOrder) -> Result<Walk> {
        std::memset(expectedPrev, '0', 64);
        expectedId = 1;
        out.eventsChecked = 0;
        AuditRows rows(m_db, sql, binds);
        if (!rows.status())
            return rows.status().error();
        while (rows.next()) {
            const AuditEventView &e = rows.view();
            if (storageOrder && (e.id != expectedId || e.id > headId)) {
                if (expectedId > headId && e.id > headId)
                    break; // appended since the head was read, or stray: the check after the walk decides
                return Walk::OutOfSequence;
            }
            if (e.id != expectedId) {
                if (e.id > expectedId) {
                    fail(expectedId, tr("Event #%1 is missing: the chain jumps from #%2 to #%3 (events were removed).")
                                         .arg(expectedId)
                                         .arg(expectedId - 1)
                                         .arg(e.id));
                } else {
                    fail(e.id, tr("Event #%1 is out of place (events were reordered).").arg(e.id));
                }
                return Walk::Stopped;
            }
            // hash = SHA-256(prev_hash ‖ canonical JSON), over one reused buffer
            buffer.assign(e.prevHash.data(), size_t(e.prevHash.size()));
            appendCanonicalJson(buffer, e);
            if (!sha256.hexInto(buffer, computed))
                return Error{tr("SHA-256 failed while verifying event #%1").arg(e.id)};
            if (e.hash.size() != 64 || std::memcmp(computed, e.hash.data(), 64) != 0) {
                fail(e.id, tr("Event #%1 (%2 by %3) was altered or moved: its content does not match its hash.")
                               .arg(e.id)
                               .arg(QString::fromUtf8(e.action), QString::fromUtf8(e.actor)));
                return Walk::Stopped;
            }
            if (e.prevHash.size() != 64 || std::memcmp(expectedPrev, e.prevHash.data(), 64) != 0) {
                fail(e.id, expectedId == 1
                               ? tr("Event #1 does not start the chain: its previous hash is not the genesis hash "
                                    "(events before it were removed, or it was forged).")
                               : tr("Event #%1 does not follow event #%2: #%2 was altered and its hash recomputed, or "
                                    "events were removed, inserted or reordered.")
                                     .arg(e.id)
                                     .arg(e.id - 1));
                return Walk::Stopped;
            }
            std::memcpy(expectedPrev, computed, 64);
            ++expectedId;
            ++out.eventsChecked;
            if (progress && (out.eventsChecked % 4096) == 0 && !progress(out.eventsChecked, headId)) {
                out.intact = false;
                out.cancelled = true;
                out.problem =
                    tr("Verification was cancelled after %1 events; nothing was concluded.").arg(out.eventsChecked);
                return Walk::Stopped;
            }
        }
        if (!rows.status())
            return rows.status().error();
        return Walk::Done;
    };

    Result<Walk> walked = Walk::OutOfSequence;
    if (m_db.backend() == Database::Backend::Sqlite)
        walked = walk(selectEvents("ORDER BY rowid"), {}, true);
    if (walked && *walked == Walk::OutOfSequence) // rows up to the head, in id order
        walked = walk(selectEvents("WHERE id <= ? ORDER BY id"), {QVariant(headId)}, false);
    if (!walked)
        return walked.error();
    if (*walked == Walk::Stopped)
        return out;
    out.headId = expectedId - 1;
    out.headHash = QByteArray(expectedPrev, 64);
    if (headId != out.headId) {
        return fail(
            expectedId,
            tr("Events #%1 to #%2 at the end of the log are missing (they were removed).").arg(expectedId).arg(headId));
    }
    if (headHash != out.headHash) {
        return fail(
            out.headId,
            tr("The audit log's head record does not match event #%1: the log was tampered with.").arg(out.headId));
    }
    // A row beyond the head is either an append made since the head was read, or one added behind the log's back.
    QSqlQuery beyond = m_db.query();
    beyond.prepare(QStringLiteral("SELECT MIN(id), (SELECT last_id FROM audit_head WHERE id = 1) FROM audit_events"
                                  " WHERE id > ?"));
    bind(beyond, headId);
    if (auto r = Database::exec(beyond); !r)
        return r.error();
    if (beyond.next() && !beyond.value(0).isNull() && beyond.value(0).toLongLong() > beyond.value(1).toLongLong()) {
        const qint64 stray = beyond.value(0).toLongLong();
        return fail(stray, tr("Event #%1 is not part of the chain: it lies beyond the head record #%2 (it was added "
                              "behind the log's back).")
                               .arg(stray)
                               .arg(beyond.value(1).toLongLong()));
    }
    if (progress)
        progress(out.eventsChecked, headId);
    return out;
}

Result<AuditEvent> AuditLog::recordVerification(const AuditVerification &v, const QString &actor)
{
    if (v.cancelled)
        return Error{tr("a cancelled verification concluded nothing, so it was not recorded")};
    if (m_db.inTransaction())
        return Error{tr("internal error: a verification is recorded in its own transaction")};
    QJsonObject details{{QStringLiteral("result"), v.intact ? QStringLiteral("intact") : QStringLiteral("broken")},
                        {QStringLiteral("events_checked"), double(v.eventsChecked)},
                        {QStringLiteral("head_id"), double(v.headId)},
                        {QStringLiteral("head_hash"), QString::fromLatin1(v.headHash)}};
    if (!v.intact) {
        details.insert(QStringLiteral("first_bad_id"), double(v.firstBadId));
        details.insert(QStringLiteral("problem"), v.problem);
    }
    AuditEvent e;
    e.actor = actor;
    e.action = QStringLiteral("audit.verified");
    e.targetType = QStringLiteral("audit");
    e.targetId = QString::number(v.headId);
    e.details = canonicalDetails(details);
    Transaction tx(m_db);
    if (auto s = tx.status(); !s)
        return s.error();
    auto appended = append(std::move(e));
    if (!appended)
        return appended.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return appended;
}

Result<AuditEvent> AuditLog::event(qint64 id) const
{
    AuditRows rows(m_db, selectEvents("WHERE id = ?"), {QVariant(id)});
    if (!rows.status())
        return rows.status().error();
    if (!rows.next()) {
        if (!rows.status())
            return rows.status().error();
        return Error{tr("there is no audit event #%1").arg(id)};
    }
    return rows.event();
}

Result<QList<AuditEvent>> AuditLog::events(qint64 afterId, int limit) const
{
    AuditRows rows(m_db, selectEvents("WHERE id > ? ORDER BY id LIMIT ?"), {QVariant(afterId), QVariant(limit)});
    QList<AuditEvent> out;
    while (rows.next())
        out.append(rows.event());
    if (!rows.status())
        return rows.status().error();
    return out;
}

Result<QList<AuditEvent>> AuditLog::eventsFor(const QString &targetType, const QString &targetId) const
{
    AuditRows rows(m_db, selectEvents("WHERE target_type = ? AND target_id = ? ORDER BY id"),
                   {QVariant(targetType), QVariant(targetId)});
    QList<AuditEvent> out;
    while (rows.next())
        out.append(rows.event());
    if (!rows.status())
        return rows.status().error();
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
